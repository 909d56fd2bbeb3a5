package org.kinmap.kinship;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.jgrapht.Graph;
import org.jgrapht.graph.SimpleDirectedGraph;
import org.kinmap.network.ParentLinkType;

/**
 * A small family graph in memory: persons, parent-to-child ties (a JGraphT directed graph), partnerships,
 * explicit sibling links and multiple births. Built from the database around one person (see
 * {@link NeighbourhoodReader}) or by hand in tests; kinship is computed on it without the database.
 */
final class Genogram {

	/** A parent-to-child tie of one type. */
	record ParentTie(String parent, String child, ParentLinkType type) {
	}

	/** Two partners; {@code type} married, civil_partnership, cohabiting, other; {@code status} current, separated, ... */
	record Partnership(String a, String b, String type, String status) {

		boolean marriage() {
			return "married".equals(type) || "civil_partnership".equals(type);
		}

		/** Ended by divorce or dissolution, or (when not a marriage) by separation. */
		boolean ended() {
			return "divorced".equals(status) || "dissolved".equals(status) || (!marriage() && "separated".equals(status));
		}

		String other(String id) {
			return a.equals(id) ? b : a;
		}
	}

	/** An explicit sibling link, for siblings whose shared parent is not recorded. */
	record SiblingTie(String a, String b, String type) {
	}

	private final Map<String, KinPerson> persons = new LinkedHashMap<>();
	private final Graph<String, ParentTie> parents = new SimpleDirectedGraph<>(null, null, false);
	private final List<Partnership> partnerships = new ArrayList<>();
	private final List<SiblingTie> siblingTies = new ArrayList<>();
	private final Map<String, String> multipleBirth = new HashMap<>();

	Genogram person(KinPerson person) {
		persons.put(person.id(), person);
		parents.addVertex(person.id());
		return this;
	}

	/** A person known only by id and sex, for hand-built genograms. */
	Genogram person(String id, String sex) {
		return person(KinPerson.of(id, sex));
	}

	Genogram parent(String parent, String child, ParentLinkType type) {
		require(parent);
		require(child);
		if (!parents.containsEdge(parent, child)) {
			parents.addEdge(parent, child, new ParentTie(parent, child, type));
		}
		return this;
	}

	Genogram birthParent(String parent, String... children) {
		for (String child : children) {
			parent(parent, child, ParentLinkType.BIRTH);
		}
		return this;
	}

	Genogram partners(String a, String b, String type, String status) {
		require(a);
		require(b);
		boolean known = partnerships.stream()
			.anyMatch(p -> (p.a().equals(a) && p.b().equals(b)) || (p.a().equals(b) && p.b().equals(a)));
		if (!known) {
			partnerships.add(new Partnership(a, b, type, status));
		}
		return this;
	}

	Genogram siblings(String a, String b, String type) {
		require(a);
		require(b);
		siblingTies.add(new SiblingTie(a, b, type));
		return this;
	}

	Genogram bornTogether(String birthId, String... members) {
		for (String m : members) {
			require(m);
			multipleBirth.put(m, birthId);
		}
		return this;
	}

	private void require(String id) {
		if (!persons.containsKey(id)) {
			throw new IllegalArgumentException("Person '" + id + "' is not in the genogram");
		}
	}

	boolean contains(String id) {
		return persons.containsKey(id);
	}

	KinPerson get(String id) {
		return persons.get(id);
	}

	Collection<KinPerson> persons() {
		return persons.values();
	}

	int size() {
		return persons.size();
	}

	/** The ties from this person's parents (any type). */
	Set<ParentTie> parentTies(String child) {
		return parents.containsVertex(child) ? parents.incomingEdgesOf(child) : Set.of();
	}

	/** The ties to this person's children (any type). */
	Set<ParentTie> childTies(String parent) {
		return parents.containsVertex(parent) ? parents.outgoingEdgesOf(parent) : Set.of();
	}

	/** Lineage parents: birth and adoptive (the parents the person descends from, in blood or in law). */
	Set<String> lineageParents(String child) {
		return parentTies(child).stream().filter(t -> lineage(t.type())).map(ParentTie::parent).collect(Collectors.toSet());
	}

	static boolean lineage(ParentLinkType type) {
		return type == ParentLinkType.BIRTH || type == ParentLinkType.ADOPTIVE;
	}

	/** The person was adopted: their birth ties are legally severed. */
	boolean adopted(String id) {
		return parentTies(id).stream().anyMatch(t -> t.type() == ParentLinkType.ADOPTIVE);
	}

	/** A birth tie severed by the child's adoption. */
	boolean severed(ParentTie tie) {
		return tie.type() == ParentLinkType.BIRTH && adopted(tie.child());
	}

	List<Partnership> partnershipsOf(String id) {
		return partnerships.stream().filter(p -> p.a().equals(id) || p.b().equals(id)).toList();
	}

	List<SiblingTie> siblingTiesOf(String id) {
		return siblingTies.stream().filter(s -> s.a().equals(id) || s.b().equals(id)).toList();
	}

	/** The type of the sibling link recorded between two people ({@code full}, {@code half_maternal}, ...), or null. */
	String siblingLinkType(String a, String b) {
		return siblingTies.stream()
			.filter(s -> (s.a().equals(a) && s.b().equals(b)) || (s.a().equals(b) && s.b().equals(a)))
			.map(SiblingTie::type)
			.filter(Objects::nonNull)
			.findFirst()
			.orElse(null);
	}

	/** The others born at the same multiple birth as {@code id} (twins, triplets), with or without parents recorded. */
	List<String> bornWith(String id) {
		String birth = multipleBirth.get(id);
		return birth == null ? List.of()
				: multipleBirth.entrySet().stream().filter(e -> birth.equals(e.getValue()) && !e.getKey().equals(id))
					.map(Map.Entry::getKey).sorted().toList();
	}

	boolean twins(String a, String b) {
		String birth = multipleBirth.get(a);
		return birth != null && Objects.equals(birth, multipleBirth.get(b));
	}
}
