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
import java.util.concurrent.ConcurrentHashMap;

import org.kinmap.changes.Change;
import org.kinmap.changes.ChangeFeed;
import org.kinmap.changes.FollowedCopy;
import org.kinmap.changes.Follower;
import org.kinmap.network.ParentLinkType;
import org.kinmap.system.Coded;
import org.kinmap.system.CypherQueries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The family graph (every person with their parent, partner and sibling ties and multiple births) held in
 * memory, so that a child's relatives are found by a breadth-first search in the JVM instead of a variable-length
 * Cypher expansion and a round trip per request. Neo4j stays the record: the projection follows the change sequence
 * ({@link ChangeFeed}): it is read whole at a known sequence once the application is ready, and then re-reads exactly
 * the persons each change touched, in sequence order, whichever instance made it. It answers only while its
 * {@link Follower} says it is current ({@link #ready()}); until then, while it is read again after a write that
 * bypassed kinmap, and when {@code kinmap.kinship.projection=false}, the {@link NeighbourhoodReader} asks Neo4j.
 *
 * <p>Readers take no lock: the persons are in a concurrent map of immutable nodes, replaced whole, and a load swaps in
 * a new map. Measured: docs/performance.md.
 */
@Component
class FamilyGraphProjection implements FollowedCopy {

	private static final Logger log = LoggerFactory.getLogger(FamilyGraphProjection.class);
	private static final int HOPS = 10;
	/** More persons than this in one batch of changes: read the whole graph again rather than each of them. */
	static final int MOST_REFRESHED = 20_000;

	/** A tie as one person sees it: 'p' parent (of me), 'c' child, 'r' partner, 's' sibling. */
	private record Tie(String other, char kind, String type, String status) {
	}

	/**
	 * One person and their ties, replaced whole when that person is refreshed. Raised-together links are kept apart
	 * from the ties: kinship's walks do not follow them, the sibling analyses read them ({@link FamilyGraph}).
	 */
	private record Node(KinPerson person, List<Tie> ties, List<String> raisedWith, String multipleBirth, String zygosity) {
	}

	/** The persons by id, and the members of each multiple birth by its id (immutable sets, replaced whole). */
	private record Graph(Map<String, Node> nodes, Map<String, Set<String>> births) {

		static Graph empty() {
			return new Graph(new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
		}
	}

	private final Neo4jClient neo4j;
	private final String projectionPageQuery;
	private final String tiesQuery;
	private final TransactionTemplate readOnly;
	private final Follower follower;
	private volatile Graph graph = Graph.empty();
	private volatile long loadMillis;

	FamilyGraphProjection(Neo4jClient neo4j, CypherQueries queries, PlatformTransactionManager transactions,
			ChangeFeed changes, @Value("${kinmap.kinship.projection:true}") boolean enabled) {
		this.neo4j = neo4j;
		this.projectionPageQuery = queries.require("kinship/projection-page");
		this.tiesQuery = queries.require("kinship/ties");
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.readOnly.setReadOnly(true);
		this.follower = enabled ? changes.follow("family graph", this) : null;
	}

	/**
	 * Whether the projection may answer this caller: loaded and current ({@link Follower#current()}, which may wait
	 * briefly for the caller's own last write).
	 */
	boolean ready() {
		return follower != null && follower.current();
	}

	/** How long the last full read from Neo4j took. */
	long loadMillis() {
		return loadMillis;
	}

	/** Reads every person in pages by id into a new graph, and swaps it in. Called by the follower only. */
	@Override
	public void load() {
		long start = System.nanoTime();
		Graph loaded = Graph.empty();
		Map<String, Set<String>> births = new HashMap<>();
		String after = "";
		while (true) {
			String from = after;
			List<Map<String, Object>> rows = readOnly.execute(tx -> List.copyOf(neo4j
				.query(projectionPageQuery).bind(from).to("after").fetch().all()));
			if (rows.isEmpty()) {
				break;
			}
			rows.forEach(row -> {
				Node node = node(row);
				loaded.nodes().put(node.person().id(), node);
				if (node.multipleBirth() != null) {
					births.computeIfAbsent(node.multipleBirth(), k -> new HashSet<>(4)).add(node.person().id());
				}
			});
			after = (String) NeighbourhoodReader.map(rows.get(rows.size() - 1).get("person")).get("id");
		}
		births.forEach((birth, members) -> loaded.births().put(birth, Set.copyOf(members)));
		graph = loaded;
		loadMillis = (System.nanoTime() - start) / 1_000_000;
		log.info("Family graph in memory: {} persons read in {} ms", loaded.nodes().size(), loadMillis);
	}

	/** Re-reads the persons these changes touched (and anyone who shared a multiple birth with them). */
	@Override
	public void apply(List<Change> changes) {
		Set<String> ids = new LinkedHashSet<>();
		changes.forEach(c -> ids.addAll(c.persons()));
		if (ids.size() > MOST_REFRESHED) {
			load();
			return;
		}
		refresh(ids);
	}

	private void refresh(Collection<String> ids) {
		if (ids.isEmpty()) {
			return;
		}
		Graph g = graph;
		Set<String> wanted = new LinkedHashSet<>(ids);
		ids.forEach(id -> Optional.ofNullable(g.nodes().get(id)).map(Node::multipleBirth)
			.ifPresent(birth -> wanted.addAll(g.births().getOrDefault(birth, Set.of()))));
		List<Map<String, Object>> rows = readOnly.execute(tx -> List.copyOf(neo4j.query(tiesQuery)
			.bind(List.copyOf(wanted)).to("ids").fetch().all()));
		Set<String> gone = new HashSet<>(wanted);
		for (Map<String, Object> row : rows) {
			Node node = node(row);
			gone.remove(node.person().id());
			put(g, node);
		}
		gone.forEach(id -> remove(g, id));
	}

	/**
	 * Everyone within ten parent, partner or sibling ties of {@code index}, plus {@code alsoInclude} wherever they
	 * are, as a genogram with the ties among them: what {@code kinship/neighbourhood} and {@code kinship/ties} read.
	 */
	Genogram neighbourhood(String index, Collection<String> alsoInclude) {
		Graph g = graph;
		Map<String, Node> nodes = g.nodes();
		Map<String, Set<String>> births = g.births();
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

	int size() {
		return graph.nodes().size();
	}

	/** Puts the node in place of the person's old one, and keeps the multiple births' members in step. */
	private static void put(Graph g, Node node) {
		String id = node.person().id();
		Node old = g.nodes().put(id, node);
		String before = old == null ? null : old.multipleBirth();
		if (before != null && !before.equals(node.multipleBirth())) {
			leave(g, before, id);
		}
		if (node.multipleBirth() != null) {
			g.births().compute(node.multipleBirth(), (k, members) -> {
				Set<String> now = new HashSet<>(members == null ? Set.of() : members);
				now.add(id);
				return Set.copyOf(now);
			});
		}
	}

	/** A person no longer in the graph (deleted outside kinmap). */
	private static void remove(Graph g, String id) {
		Node old = g.nodes().remove(id);
		if (old != null && old.multipleBirth() != null) {
			leave(g, old.multipleBirth(), id);
		}
	}

	private static void leave(Graph g, String birth, String id) {
		g.births().computeIfPresent(birth, (k, members) -> {
			Set<String> now = new HashSet<>(members);
			now.remove(id);
			return now.isEmpty() ? null : Set.copyOf(now);
		});
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
	FamilyGraph.Person person(String id) {
		Node node = graph.nodes().get(id);
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
	Set<String> bornAt(String multipleBirth) {
		return graph.births().getOrDefault(multipleBirth, Set.of());
	}

	private static Tie tie(Map<String, Object> t, char kind) {
		return new Tie(((String) t.get("id")).intern(), kind, (String) t.get("type"), (String) t.get("status"));
	}
}
