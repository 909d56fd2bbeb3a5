package org.kinmap.kinship;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.kinmap.network.NetworkImported;
import org.kinmap.network.ParentLinkType;
import org.kinmap.system.Coded;
import org.kinmap.system.CypherQueries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The family graph (every person with their parent, partner and sibling ties and multiple births) held in
 * memory, so that a child's relatives are found by a breadth-first search in the JVM instead of a variable-length
 * Cypher expansion and a round trip per request. Neo4j stays the record: the projection is read from it in pages
 * once the application is ready (until then, and when {@code kinmap.kinship.projection=false}, the
 * {@link NeighbourhoodReader} asks Neo4j as before), and after every import commits it re-reads exactly the persons
 * that import wrote ({@link NetworkImported}).
 *
 * <p>Writes that do not go through this application's import (another kinmap instance against the same external
 * Neo4j, or Cypher typed by hand) are not seen until a restart; a deployment with several instances turns the
 * projection off. Measured: docs/performance.md.
 */
@Component
class FamilyGraphProjection {

	private static final Logger log = LoggerFactory.getLogger(FamilyGraphProjection.class);
	private static final int HOPS = 10;

	/** A tie as one person sees it: 'p' parent (of me), 'c' child, 'r' partner, 's' sibling. */
	private record Tie(String other, char kind, String type, String status) {
	}

	/**
	 * One person and their ties, replaced whole when that person is refreshed. Raised-together links are kept apart
	 * from the ties: kinship's walks do not follow them, the sibling analyses read them ({@link FamilyGraph}).
	 */
	private record Node(KinPerson person, List<Tie> ties, List<String> raisedWith, String multipleBirth, String zygosity) {
	}

	private final Neo4jClient neo4j;
	private final String projectionPageQuery;
	private final String tiesQuery;
	private final TransactionTemplate readOnly;
	private final boolean enabled;
	private final Map<String, Node> nodes = new HashMap<>();
	/** The members of each multiple birth, by its id. */
	private final Map<String, Set<String>> births = new HashMap<>();
	/** Ties held, as seen from either end: parent, partner, sibling, raised-together; and births (persons born at one). */
	private final long[] ties = new long[5];
	private final Set<String> pending = new LinkedHashSet<>();
	private boolean loading;
	private volatile boolean ready;
	private volatile long loadMillis;

	FamilyGraphProjection(Neo4jClient neo4j, CypherQueries queries, PlatformTransactionManager transactions,
			@Value("${kinmap.kinship.projection:true}") boolean enabled) {
		this.neo4j = neo4j;
		this.projectionPageQuery = queries.require("kinship/projection-page");
		this.tiesQuery = queries.require("kinship/ties");
		// The import's own transaction has committed but is still bound when its listeners run: read in a new one.
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.readOnly.setReadOnly(true);
		this.enabled = enabled;
	}

	boolean ready() {
		return ready;
	}

	/** How long the last full read from Neo4j took. */
	long loadMillis() {
		return loadMillis;
	}

	/** Reads the whole family graph in the background once the application has started (and loaded fixtures). */
	@EventListener(ApplicationReadyEvent.class)
	void loadInBackground() {
		if (!enabled) {
			return;
		}
		Thread loader = new Thread(this::load, "kinmap-family-graph");
		loader.setDaemon(true);
		loader.start();
	}

	/** Reads every person in pages by id; imports that commit meanwhile are re-read once the load is in place. */
	void load() {
		synchronized (this) {
			loading = true;
			pending.clear();
		}
		try {
			long start = System.nanoTime();
			Map<String, Node> loaded = new HashMap<>();
			String after = "";
			while (true) {
				List<Map<String, Object>> rows = List.copyOf(neo4j.query(projectionPageQuery)
					.bind(after).to("after").fetch().all());
				if (rows.isEmpty()) {
					break;
				}
				rows.forEach(row -> {
					Node node = node(row);
					loaded.put(node.person().id(), node);
				});
				after = (String) NeighbourhoodReader.map(rows.get(rows.size() - 1).get("person")).get("id");
			}
			Set<String> again;
			synchronized (this) {
				nodes.clear();
				births.clear();
				java.util.Arrays.fill(ties, 0);
				loaded.values().forEach(this::put);
				again = new LinkedHashSet<>(pending);
				pending.clear();
				loading = false;
			}
			refresh(again);
			ready = true;
			loadMillis = (System.nanoTime() - start) / 1_000_000;
			log.info("Family graph in memory: {} persons read in {} ms", loaded.size(), loadMillis);
		}
		catch (RuntimeException ex) {
			synchronized (this) {
				loading = false;
			}
			log.warn("The family graph could not be read into memory; relatives are read from Neo4j instead", ex);
		}
	}

	/** After an import commits: re-read the persons it wrote (and anyone who shared a multiple birth with them). */
	@TransactionalEventListener
	void imported(NetworkImported change) {
		if (!enabled) {
			return;
		}
		synchronized (this) {
			if (loading) {
				pending.addAll(change.persons());
				return;
			}
			if (!ready) {
				return;
			}
		}
		refresh(change.persons());
	}

	private void refresh(Collection<String> ids) {
		if (ids.isEmpty()) {
			return;
		}
		Set<String> wanted = new LinkedHashSet<>(ids);
		synchronized (this) {
			ids.forEach(id -> Optional.ofNullable(nodes.get(id)).map(Node::multipleBirth)
				.ifPresent(birth -> wanted.addAll(births.getOrDefault(birth, Set.of()))));
		}
		List<Map<String, Object>> rows = readOnly.execute(tx -> List.copyOf(neo4j.query(tiesQuery)
			.bind(List.copyOf(wanted)).to("ids").fetch().all()));
		synchronized (this) {
			rows.forEach(row -> put(node(row)));
		}
	}

	/**
	 * Everyone within ten parent, partner or sibling ties of {@code index}, plus {@code alsoInclude} wherever they
	 * are, as a genogram with the ties among them: what {@code kinship/neighbourhood} and {@code kinship/ties} read.
	 */
	synchronized Genogram neighbourhood(String index, Collection<String> alsoInclude) {
		Map<String, Node> reached = new LinkedHashMap<>();
		Node start = nodes.get(index);
		if (start != null) {
			reached.put(index, start);
			ArrayDeque<String> frontier = new ArrayDeque<>(List.of(index));
			for (int hop = 0; hop < HOPS && !frontier.isEmpty(); hop++) {
				ArrayDeque<String> next = new ArrayDeque<>();
				for (String id : frontier) {
					Node at = nodes.get(id);
					List<String> neighbours = new ArrayList<>();
					at.ties().forEach(tie -> neighbours.add(tie.other()));
					if (at.multipleBirth() != null) {
						// Twins with no parents recorded are reached through their birth.
						neighbours.addAll(births.getOrDefault(at.multipleBirth(), Set.of()));
					}
					for (String o : neighbours) {
						Node other = nodes.get(o);
						if (other != null && !reached.containsKey(o)) {
							reached.put(o, other);
							next.add(o);
						}
					}
				}
				frontier = next;
			}
		}
		for (String id : alsoInclude) {
			Node node = nodes.get(id);
			if (node != null) {
				reached.putIfAbsent(id, node);
			}
		}
		Genogram genogram = new Genogram();
		reached.values().forEach(n -> genogram.person(n.person()));
		for (Node node : reached.values()) {
			String id = node.person().id();
			for (Tie tie : node.ties()) {
				if (!genogram.contains(tie.other())) {
					continue;
				}
				switch (tie.kind()) {
					case 'p' -> genogram.parent(tie.other(), id,
							Coded.parse(ParentLinkType.class, tie.type()).orElse(ParentLinkType.OTHER));
					case 'r' -> genogram.partners(id, tie.other(), tie.type(), tie.status());
					case 's' -> {
						if (id.compareTo(tie.other()) < 0) {
							genogram.siblings(id, tie.other(), tie.type());
						}
					}
					default -> {
					}
				}
			}
			if (node.multipleBirth() != null) {
				genogram.bornTogether(node.multipleBirth(), id);
			}
		}
		return genogram;
	}

	synchronized int size() {
		return nodes.size();
	}

	/** Puts the node in place of the person's old one, and keeps the multiple births' members in step. */
	private void put(Node node) {
		String id = node.person().id();
		Node old = nodes.put(id, node);
		count(old, -1);
		count(node, 1);
		if (old != null && old.multipleBirth() != null) {
			Set<String> members = births.get(old.multipleBirth());
			if (members != null) {
				members.remove(id);
				if (members.isEmpty()) {
					births.remove(old.multipleBirth());
				}
			}
		}
		if (node.multipleBirth() != null) {
			births.computeIfAbsent(node.multipleBirth(), k -> new HashSet<>(4)).add(id);
		}
	}

	private void count(Node node, int sign) {
		if (node == null) {
			return;
		}
		for (Tie t : node.ties()) {
			switch (t.kind()) {
				case 'p' -> ties[0] += sign;
				case 'r' -> ties[1] += sign;
				case 's' -> ties[2] += sign;
				default -> {
				}
			}
		}
		ties[3] += sign * node.raisedWith().size();
		if (node.multipleBirth() != null) {
			ties[4] += sign;
		}
	}

	/**
	 * How many persons and family links the projection holds, in the order and sense of {@code siblings/family-counts}
	 * (persons, parent links, partnerships, sibling links, raised-together links, persons born at a multiple birth):
	 * equal to the database's when no one has written families elsewhere since they were read.
	 */
	synchronized List<Long> counts() {
		return List.of((long) nodes.size(), ties[0], ties[1] / 2, ties[2] / 2, ties[3] / 2, ties[4]);
	}

	@SuppressWarnings("unchecked")
	private static Node node(Map<String, Object> row) {
		KinPerson person = NeighbourhoodReader.person(NeighbourhoodReader.map(row.get("person")));
		List<Tie> ties = new ArrayList<>();
		NeighbourhoodReader.list(row.get("parents")).forEach(t -> ties.add(tie(t, 'p')));
		NeighbourhoodReader.list(row.get("children")).forEach(t -> ties.add(tie(t, 'c')));
		NeighbourhoodReader.list(row.get("partners")).forEach(t -> ties.add(tie(t, 'r')));
		NeighbourhoodReader.list(row.get("siblings")).forEach(t -> ties.add(tie(t, 's')));
		List<String> raised = row.get("raisedWith") == null ? List.of()
				: ((List<String>) row.get("raisedWith")).stream().map(String::intern).toList();
		return new Node(person, List.copyOf(ties), raised, (String) row.get("multipleBirth"), (String) row.get("zygosity"));
	}

	/**
	 * The person as other modules read them ({@link FamilyGraph#person}), or null if the projection does not hold
	 * them. Nodes are replaced whole, never changed, so the view is consistent.
	 */
	synchronized FamilyGraph.Person person(String id) {
		Node node = nodes.get(id);
		if (node == null) {
			return null;
		}
		List<FamilyGraph.Tie> parents = new ArrayList<>(2);
		List<FamilyGraph.Tie> children = new ArrayList<>();
		List<FamilyGraph.Tie> partners = new ArrayList<>(1);
		List<FamilyGraph.Tie> siblings = new ArrayList<>(0);
		for (Tie t : node.ties()) {
			FamilyGraph.Tie tie = new FamilyGraph.Tie(t.other(), t.type(), t.status());
			switch (t.kind()) {
				case 'p' -> parents.add(tie);
				case 'c' -> children.add(tie);
				case 'r' -> partners.add(tie);
				default -> siblings.add(tie);
			}
		}
		KinPerson p = node.person();
		return new FamilyGraph.Person(p.id(), p.name(), p.sex(), parents, children, partners, siblings, node.raisedWith(),
				node.multipleBirth(), node.zygosity());
	}

	/** The members of a multiple birth the projection holds. */
	synchronized Set<String> bornAt(String multipleBirth) {
		return Set.copyOf(births.getOrDefault(multipleBirth, Set.of()));
	}

	private static Tie tie(Map<String, Object> t, char kind) {
		return new Tie(((String) t.get("id")).intern(), kind, (String) t.get("type"), (String) t.get("status"));
	}
}
