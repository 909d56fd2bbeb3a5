package org.kinmap.kinship;

import java.time.LocalDate;
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
 * <p>Readers take no lock: each person is an immutable node in a slot of {@link PersonSlots}, replaced whole, and a
 * load swaps in a new table. Held compactly (about a third of the memory a person took as records of strings): each
 * id once, with an int slot for it that ties refer to; a tie packed into two ints (the other's slot, and its kind with
 * its type and status numbered in a {@link Vocabulary}); dates as epoch days and coordinates as primitives; and no
 * risk note (only the flag: the note is read from Neo4j when it is shown, {@link NeighbourhoodReader#withRiskNotes}).
 * Measured: docs/performance.md.
 */
@Component
class FamilyGraphProjection implements FollowedCopy {

	private static final Logger log = LoggerFactory.getLogger(FamilyGraphProjection.class);
	private static final int HOPS = 10;
	/** More persons than this in one batch of changes: read the whole graph again rather than each of them. */
	static final int MOST_REFRESHED = 20_000;

	/** The kinds of tie, as one person sees it: a parent (of me), a child, a partner, a sibling. */
	private static final int PARENT = 0;
	private static final int CHILD = 1;
	private static final int PARTNER = 2;
	private static final int SIBLING = 3;
	/** A date not recorded (dates are held as epoch days). */
	private static final int NO_DATE = Integer.MIN_VALUE;
	private static final byte DECEASED = 1;
	private static final byte RISK_TO_CHILDREN = 2;
	private static final byte CONTACTABLE = 4;
	private static final int[] NONE = new int[0];

	/**
	 * One person and their ties, replaced whole when that person is refreshed. {@code ties} holds two ints a tie: the
	 * other person's slot, then the kind (two bits), the type's number (15 bits) and the status's number (15 bits) in
	 * the {@link Vocabulary}. Raised-together links (slots) are kept apart from the ties: kinship's walks do not follow
	 * them, the sibling analyses read them ({@link FamilyGraph}). Absent coordinates are NaN.
	 */
	private record Node(String name, String sex, int born, int died, byte flags, double latitude, double longitude,
			int[] ties, int[] raisedWith, String multipleBirth, String zygosity) {

		boolean is(byte flag) {
			return (flags & flag) != 0;
		}
	}

	/** The persons by slot, and the members of each multiple birth by its id (immutable sets, replaced whole). */
	private record Graph(PersonSlots<Node> persons, Map<String, Set<String>> births) {

		static Graph empty(int expected) {
			return new Graph(new PersonSlots<>(expected), new ConcurrentHashMap<>());
		}
	}

	private final Neo4jClient neo4j;
	private final String projectionPageQuery;
	private final String tiesQuery;
	private final TransactionTemplate readOnly;
	private final Follower follower;
	/** Shared by every load: the words never change meaning. */
	private final Vocabulary words = new Vocabulary();
	private volatile Graph graph = Graph.empty(16);
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
		Graph loaded = Graph.empty(graph.persons().size() + graph.persons().size() / 8);
		Map<String, Set<String>> births = new HashMap<>();
		String after = "";
		while (true) {
			String from = after;
			List<Map<String, Object>> rows = readOnly.execute(tx -> List.copyOf(neo4j
				.query(projectionPageQuery).bind(from).to("after").fetch().all()));
			if (rows.isEmpty()) {
				break;
			}
			for (Map<String, Object> row : rows) {
				int slot = read(loaded.persons(), row);
				String birth = loaded.persons().get(slot).multipleBirth();
				if (birth != null) {
					births.computeIfAbsent(birth, k -> new HashSet<>(4)).add(loaded.persons().id(slot));
				}
			}
			after = (String) NeighbourhoodReader.map(rows.get(rows.size() - 1).get("person")).get("id");
		}
		births.forEach((birth, members) -> loaded.births().put(birth, Set.copyOf(members)));
		graph = loaded;
		loadMillis = (System.nanoTime() - start) / 1_000_000;
		log.info("Family graph in memory: {} persons read in {} ms", loaded.persons().size(), loadMillis);
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
		ids.forEach(id -> Optional.ofNullable(g.persons().get(id)).map(Node::multipleBirth)
			.ifPresent(birth -> wanted.addAll(g.births().getOrDefault(birth, Set.of()))));
		List<Map<String, Object>> rows = readOnly.execute(tx -> List.copyOf(neo4j.query(tiesQuery)
			.bind(List.copyOf(wanted)).to("ids").fetch().all()));
		Set<String> gone = new HashSet<>(wanted);
		for (Map<String, Object> row : rows) {
			Node old = g.persons().get((String) NeighbourhoodReader.map(row.get("person")).get("id"));
			int slot = read(g.persons(), row);
			String id = g.persons().id(slot);
			gone.remove(id);
			births(g, id, old == null ? null : old.multipleBirth(), g.persons().get(slot).multipleBirth());
		}
		gone.forEach(id -> remove(g, id));
	}

	/**
	 * Everyone within ten parent, partner or sibling ties of {@code index}, plus {@code alsoInclude} wherever they
	 * are, as a genogram with the ties among them: what {@code kinship/neighbourhood} and {@code kinship/ties} read.
	 */
	Genogram neighbourhood(String index, Collection<String> alsoInclude) {
		Graph g = graph;
		PersonSlots<Node> persons = g.persons();
		Map<String, Set<String>> births = g.births();
		Map<Integer, Node> reached = new LinkedHashMap<>();
		int start = persons.find(index);
		Node startNode = persons.get(start);
		if (startNode != null) {
			reached.put(start, startNode);
			List<Integer> frontier = List.of(start);
			for (int hop = 0; hop < HOPS && !frontier.isEmpty(); hop++) {
				List<Integer> next = new ArrayList<>();
				for (int slot : frontier) {
					Node at = reached.get(slot);
					int[] ties = at.ties();
					for (int i = 0; i < ties.length; i += 2) {
						reach(persons, ties[i], reached, next);
					}
					if (at.multipleBirth() != null) {
						// Twins with no parents recorded are reached through their birth.
						for (String member : births.getOrDefault(at.multipleBirth(), Set.of())) {
							reach(persons, persons.find(member), reached, next);
						}
					}
				}
				frontier = next;
			}
		}
		for (String id : alsoInclude) {
			int slot = persons.find(id);
			Node node = persons.get(slot);
			if (node != null) {
				reached.putIfAbsent(slot, node);
			}
		}
		Genogram genogram = new Genogram();
		reached.forEach((slot, n) -> genogram.person(person(persons.id(slot), n)));
		reached.forEach((slot, node) -> {
			String id = persons.id(slot);
			int[] ties = node.ties();
			for (int i = 0; i < ties.length; i += 2) {
				if (!reached.containsKey(ties[i])) {
					continue;
				}
				String other = persons.id(ties[i]);
				int code = ties[i + 1];
				switch (kind(code)) {
					case PARENT -> genogram.parent(other, id,
							Coded.parse(ParentLinkType.class, type(code)).orElse(ParentLinkType.OTHER));
					case PARTNER -> genogram.partners(id, other, type(code), status(code));
					case SIBLING -> {
						if (id.compareTo(other) < 0) {
							genogram.siblings(id, other, type(code));
						}
					}
					default -> {
					}
				}
			}
			if (node.multipleBirth() != null) {
				genogram.bornTogether(node.multipleBirth(), id);
			}
		});
		return genogram;
	}

	private static void reach(PersonSlots<Node> persons, int slot, Map<Integer, Node> reached, List<Integer> next) {
		if (reached.containsKey(slot)) {
			return;
		}
		Node other = persons.get(slot);
		if (other != null) {
			reached.put(slot, other);
			next.add(slot);
		}
	}

	int size() {
		return graph.persons().size();
	}

	/** Keeps the multiple births' members in step with a person whose birth was {@code before} and is now {@code now}. */
	private static void births(Graph g, String id, String before, String now) {
		if (before != null && !before.equals(now)) {
			leave(g, before, id);
		}
		if (now != null) {
			g.births().compute(now, (k, members) -> {
				Set<String> all = new HashSet<>(members == null ? Set.of() : members);
				all.add(id);
				return Set.copyOf(all);
			});
		}
	}

	/** A person no longer in the graph (deleted outside kinmap). */
	private static void remove(Graph g, String id) {
		int slot = g.persons().find(id);
		if (slot < 0) {
			return;
		}
		Node old = g.persons().set(slot, null);
		if (old != null && old.multipleBirth() != null) {
			leave(g, old.multipleBirth(), g.persons().id(slot));
		}
	}

	private static void leave(Graph g, String birth, String id) {
		g.births().computeIfPresent(birth, (k, members) -> {
			Set<String> now = new HashSet<>(members);
			now.remove(id);
			return now.isEmpty() ? null : Set.copyOf(now);
		});
	}

	/** Packs one row of {@code kinship/ties} or a projection page into a node, stores it, and answers its slot. */
	@SuppressWarnings("unchecked")
	private int read(PersonSlots<Node> persons, Map<String, Object> row) {
		KinPerson p = NeighbourhoodReader.person(NeighbourhoodReader.map(row.get("person")));
		int slot = persons.slot(p.id());
		List<Map<String, Object>> parents = NeighbourhoodReader.list(row.get("parents"));
		List<Map<String, Object>> children = NeighbourhoodReader.list(row.get("children"));
		List<Map<String, Object>> partners = NeighbourhoodReader.list(row.get("partners"));
		List<Map<String, Object>> siblings = NeighbourhoodReader.list(row.get("siblings"));
		int[] ties = new int[2 * (parents.size() + children.size() + partners.size() + siblings.size())];
		int at = 0;
		at = pack(persons, parents, PARENT, ties, at);
		at = pack(persons, children, CHILD, ties, at);
		at = pack(persons, partners, PARTNER, ties, at);
		pack(persons, siblings, SIBLING, ties, at);
		List<String> raised = row.get("raisedWith") == null ? List.of() : (List<String>) row.get("raisedWith");
		int[] raisedWith = raised.isEmpty() ? NONE : raised.stream().mapToInt(persons::slot).toArray();
		byte flags = (byte) ((p.deceased() ? DECEASED : 0) | (p.riskToChildren() ? RISK_TO_CHILDREN : 0)
				| (p.contactable() ? CONTACTABLE : 0));
		persons.set(slot, new Node(p.name(), words.canonical(p.sex()), epochDay(p.born()), epochDay(p.died()), flags,
				p.latitude() == null ? Double.NaN : p.latitude(), p.longitude() == null ? Double.NaN : p.longitude(),
				ties.length == 0 ? NONE : ties, raisedWith, (String) row.get("multipleBirth"),
				words.canonical((String) row.get("zygosity"))));
		return slot;
	}

	private int pack(PersonSlots<Node> persons, List<Map<String, Object>> ties, int kind, int[] into, int at) {
		for (Map<String, Object> t : ties) {
			into[at++] = persons.slot((String) t.get("id"));
			into[at++] = kind | words.number((String) t.get("type")) << 2 | words.number((String) t.get("status")) << 17;
		}
		return at;
	}

	private static int kind(int code) {
		return code & 3;
	}

	private String type(int code) {
		return words.word((code >>> 2) & Vocabulary.MOST);
	}

	private String status(int code) {
		return words.word((code >>> 17) & Vocabulary.MOST);
	}

	private static int epochDay(LocalDate date) {
		return date == null ? NO_DATE : Math.toIntExact(date.toEpochDay());
	}

	private static LocalDate date(int epochDay) {
		return epochDay == NO_DATE ? null : LocalDate.ofEpochDay(epochDay);
	}

	/** The person as kinship reads them, without the risk note (the flag only; the note is read when shown). */
	private static KinPerson person(String id, Node n) {
		return new KinPerson(id, n.name(), n.sex(), date(n.born()), n.is(DECEASED), n.is(RISK_TO_CHILDREN), null,
				n.is(CONTACTABLE), Double.isNaN(n.latitude()) ? null : n.latitude(),
				Double.isNaN(n.longitude()) ? null : n.longitude(), date(n.died()));
	}

	/**
	 * The person as other modules read them ({@link FamilyGraph#person}), or null if the projection does not hold
	 * them. Nodes are replaced whole, never changed, so the view is consistent.
	 */
	FamilyGraph.Person person(String id) {
		PersonSlots<Node> persons = graph.persons();
		int slot = persons.find(id);
		Node node = persons.get(slot);
		if (node == null) {
			return null;
		}
		List<FamilyGraph.Tie> parents = new ArrayList<>(2);
		List<FamilyGraph.Tie> children = new ArrayList<>();
		List<FamilyGraph.Tie> partners = new ArrayList<>(1);
		List<FamilyGraph.Tie> siblings = new ArrayList<>(0);
		int[] ties = node.ties();
		for (int i = 0; i < ties.length; i += 2) {
			int code = ties[i + 1];
			FamilyGraph.Tie tie = new FamilyGraph.Tie(persons.id(ties[i]), type(code), status(code));
			switch (kind(code)) {
				case PARENT -> parents.add(tie);
				case CHILD -> children.add(tie);
				case PARTNER -> partners.add(tie);
				default -> siblings.add(tie);
			}
		}
		List<String> raisedWith = new ArrayList<>(node.raisedWith().length);
		for (int other : node.raisedWith()) {
			raisedWith.add(persons.id(other));
		}
		return new FamilyGraph.Person(persons.id(slot), node.name(), node.sex(), parents, children, partners, siblings,
				raisedWith, node.multipleBirth(), node.zygosity());
	}

	/** The projection's own copy of this id, or the id given if it holds none. */
	String canonicalId(String id) {
		PersonSlots<Node> persons = graph.persons();
		int slot = persons.find(id);
		return slot < 0 ? id : persons.id(slot);
	}

	/** The members of a multiple birth the projection holds. */
	Set<String> bornAt(String multipleBirth) {
		return graph.births().getOrDefault(multipleBirth, Set.of());
	}
}
