package org.kinmap.kinship;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.kinmap.exchange.NetworkDocument;
import org.kinmap.exchange.NetworkDocument.PersonDoc;
import org.kinmap.network.ParentLinkType;
import org.kinmap.network.PartialDate;
import org.kinmap.network.PersonRef.People;
import org.kinmap.system.Coded;

/**
 * The performance benchmark's in-memory baseline: the same family graph as kinmap stores, held in the JVM as
 * adjacency arrays, and the same neighbourhood (everyone within ten parent, partner or sibling ties) found by
 * breadth-first search and turned into the same {@link Genogram} that {@link NeighbourhoodReader} builds, so
 * that the same labeller can run on it. No database, no driver, no maps of rows: the practical lower bound.
 */
public final class InMemoryFamilyGraph {

	/** The ties kinmap reads, one code per kind and type: parent of, child of, partner of, sibling of. */
	private record Tie(char kind, String type, String status) {
	}

	private static final int HOPS = 10;

	private final Map<String, Integer> index = new HashMap<>();
	private final List<KinPerson> persons = new ArrayList<>();
	private final List<String> birthOf = new ArrayList<>();
	private final List<Tie> ties = new ArrayList<>();
	private final Map<Tie, Integer> tieCodes = new HashMap<>();
	/** Per person, its ties as (neighbour index << 32 | tie code), grown as documents arrive. */
	private long[][] adjacency = new long[1024][];
	private int[] degree = new int[1024];

	/** Adds a document's persons, parent links, partnerships, sibling links and multiple births. */
	public synchronized void load(NetworkDocument doc) {
		for (PersonDoc p : doc.persons()) {
			KinPerson person = new KinPerson(p.id(), People.name(p.givenName(), p.familyName()),
					p.sex() == null ? "unknown" : p.sex().trim().toLowerCase(java.util.Locale.ROOT),
					PartialDate.parse(p.birthDate()).map(PartialDate::estimate).orElse(null),
					Boolean.TRUE.equals(p.deceased()) || (p.deathDate() != null && !p.deathDate().isBlank()),
					Boolean.TRUE.equals(p.riskToChildren()), p.riskNote(), p.contactDetails() != null, p.latitude(),
					p.longitude());
			Integer known = index.get(p.id());
			if (known != null) {
				persons.set(known, person);
				continue;
			}
			index.put(p.id(), persons.size());
			persons.add(person);
			birthOf.add(null);
			if (persons.size() > adjacency.length) {
				adjacency = Arrays.copyOf(adjacency, adjacency.length * 2);
				degree = Arrays.copyOf(degree, degree.length * 2);
			}
		}
		for (var l : doc.parentLinks()) {
			String type = code(l.type());
			tie(l.parent(), l.child(), new Tie('c', type, null));
			tie(l.child(), l.parent(), new Tie('p', type, null));
		}
		for (var p : doc.partnerships()) {
			Tie tie = new Tie('r', code(p.type()), p.status() == null ? "current" : code(p.status()));
			tie(p.partners().get(0), p.partners().get(1), tie);
			tie(p.partners().get(1), p.partners().get(0), tie);
		}
		for (var s : doc.siblingLinks()) {
			Tie tie = new Tie('s', code(s.type()), null);
			tie(s.siblings().get(0), s.siblings().get(1), tie);
			tie(s.siblings().get(1), s.siblings().get(0), tie);
		}
		for (var m : doc.multipleBirths()) {
			m.members().forEach(member -> birthOf.set(index.get(member), m.id()));
		}
	}

	public int size() {
		return persons.size();
	}

	public boolean contains(String id) {
		return index.containsKey(id);
	}

	/** Everyone within ten ties of {@code id}, with the ties among them, as kinmap's neighbourhood query reads it. */
	Genogram neighbourhood(String id) {
		int start = Objects.requireNonNull(index.get(id), id);
		int[] frontier = { start };
		java.util.BitSet seen = new java.util.BitSet();
		seen.set(start);
		int[] reached = new int[64];
		int count = 0;
		reached[count++] = start;
		for (int hop = 0; hop < HOPS && frontier.length > 0; hop++) {
			int[] next = new int[16];
			int n = 0;
			for (int person : frontier) {
				long[] edges = adjacency[person];
				for (int e = 0; e < degree[person]; e++) {
					int other = (int) (edges[e] >>> 32);
					if (!seen.get(other)) {
						seen.set(other);
						if (n == next.length) {
							next = Arrays.copyOf(next, n * 2);
						}
						next[n++] = other;
						if (count == reached.length) {
							reached = Arrays.copyOf(reached, count * 2);
						}
						reached[count++] = other;
					}
				}
			}
			frontier = Arrays.copyOf(next, n);
		}
		Genogram genogram = new Genogram();
		for (int i = 0; i < count; i++) {
			genogram.person(persons.get(reached[i]));
		}
		for (int i = 0; i < count; i++) {
			int person = reached[i];
			String personId = persons.get(person).id();
			long[] edges = adjacency[person];
			for (int e = 0; e < degree[person]; e++) {
				int other = (int) (edges[e] >>> 32);
				if (!seen.get(other)) {
					continue;
				}
				Tie tie = ties.get((int) edges[e]);
				String otherId = persons.get(other).id();
				switch (tie.kind()) {
					case 'p' -> genogram.parent(otherId, personId,
							Coded.parse(ParentLinkType.class, tie.type()).orElse(ParentLinkType.OTHER));
					case 'r' -> genogram.partners(personId, otherId, tie.type(), tie.status());
					case 's' -> {
						if (personId.compareTo(otherId) < 0) {
							genogram.siblings(personId, otherId, tie.type());
						}
					}
					default -> {
					}
				}
			}
			if (birthOf.get(person) != null) {
				genogram.bornTogether(birthOf.get(person), personId);
			}
		}
		return genogram;
	}

	private void tie(String from, String to, Tie tie) {
		int a = index.get(from);
		int b = index.get(to);
		int code = tieCodes.computeIfAbsent(tie, t -> {
			ties.add(t);
			return ties.size() - 1;
		});
		long[] edges = adjacency[a];
		if (edges == null) {
			edges = new long[4];
		}
		else if (degree[a] == edges.length) {
			edges = Arrays.copyOf(edges, edges.length * 2);
		}
		edges[degree[a]++] = ((long) b << 32) | code;
		adjacency[a] = edges;
	}

	private static String code(String value) {
		return value == null ? null : value.trim().toLowerCase(java.util.Locale.ROOT);
	}
}
