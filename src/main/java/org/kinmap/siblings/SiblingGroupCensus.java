package org.kinmap.siblings;

import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.kinmap.changes.Change;
import org.kinmap.changes.ChangeFeed;
import org.kinmap.changes.FollowedCopy;
import org.kinmap.changes.Follower;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Every sibling group of the authority, counted, for the two figures that count them all (the summary's groups and
 * children in groups) and to find a group by its id. Rule: counting connected components needs every family link in
 * the graph, which no query reaches without reading them all, so this is the one thing about groups kept in memory:
 * each group's members, per set of kinds. Nothing else is kept; every answer about a group is derived from the graph
 * on the request.
 *
 * <p>A census is taken on first use (the whole graph) and then follows the change sequence ({@link ChangeFeed}): for
 * each change, the groups of the persons it touched are derived again from Neo4j around those persons and every
 * member of their old groups (so a group that splits, merges or changes kind is replaced whole), and the census is
 * swapped for the new one. Staleness is decided by the persons a change touched, not by counts: a parent link changed
 * from birth to step changes no count. While the census is not current ({@link Follower#current()}) a request takes
 * one from Neo4j for itself.
 */
@Component
class SiblingGroupCensus implements FollowedCopy {

	private static final Logger log = LoggerFactory.getLogger(SiblingGroupCensus.class);

	/** More persons than this in one batch of changes: take every census again rather than update it. */
	static final int MOST_UPDATED = 5_000;

	/**
	 * One census. Held compactly: each member's id is the family graph's own copy of it
	 * ({@link SiblingGraph#canonicalId}), a group's members are one immutable list, and a group's first member is read
	 * from that list rather than kept in a map of its own.
	 *
	 * @param groups  how many groups there are
	 * @param persons how many people are in groups
	 * @param groupOf the group of each person in one
	 * @param members each group's members, by group id
	 */
	record Census(int groups, int persons, Map<String, String> groupOf, Map<String, List<String>> members) {

		static Census of(Map<String, List<String>> members) {
			int persons = 0;
			for (List<String> people : members.values()) {
				persons += people.size();
			}
			Map<String, String> groupOf = new HashMap<>(persons + persons / 3 + 1);
			members.forEach((id, people) -> people.forEach(p -> groupOf.put(p, id)));
			return new Census(members.size(), groupOf.size(), Collections.unmodifiableMap(groupOf),
					Collections.unmodifiableMap(members));
		}

		/** A member of the group with this id, or null if there is no such group. */
		String memberOf(String group) {
			List<String> people = members.get(group);
			return people == null ? null : people.get(0);
		}
	}

	private final SiblingGraph graph;
	private final Map<Set<SiblingKind>, Census> taken = new ConcurrentHashMap<>();
	/** Taking a census to keep and applying changes exclude each other (readers never wait for it). */
	private final Object writing = new Object();
	private final Follower follower;

	SiblingGroupCensus(SiblingGraph graph, ChangeFeed changes) {
		this.graph = graph;
		this.follower = changes.follow("sibling group census", this);
	}

	/**
	 * The census for these kinds: the one kept, if it is current; taken and kept on first use; taken from Neo4j for
	 * this request alone while the census is not current.
	 */
	Census of(Set<SiblingKind> kinds) {
		Set<SiblingKind> key = EnumSet.copyOf(kinds);
		if (!follower.current()) {
			return take(key);
		}
		Census census = taken.get(key);
		if (census != null) {
			return census;
		}
		// Under the lock no change is being applied: the census read now is at least as new as the follower's
		// sequence, and every change after it is applied to it once it is kept.
		synchronized (writing) {
			return taken.computeIfAbsent(key, this::take);
		}
	}

	private Census take(Set<SiblingKind> kinds) {
		long started = System.nanoTime();
		List<SiblingGroup> groups = new SiblingGrouping(kinds).groups(SiblingRelations.derive(graph.familyLinks()).values());
		Map<String, List<String>> members = new HashMap<>(groups.size() + groups.size() / 3 + 1);
		groups.forEach(g -> members.put(g.id(), held(g)));
		Census census = Census.of(members);
		log.info("Sibling group census ({} kinds): {} groups of {} people in {} ms", kinds.size(), census.groups(),
				census.persons(), (System.nanoTime() - started) / 1_000_000);
		return census;
	}

	/** The group's members as the census keeps them: the family graph's own copy of each id. */
	private List<String> held(SiblingGroup group) {
		return List.of(group.members().stream().map(graph::canonicalId).toArray(String[]::new));
	}

	/** Takes again every census in use (after a write that bypassed kinmap, or a gap). */
	@Override
	public void load() {
		synchronized (writing) {
			List<Set<SiblingKind>> inUse = List.copyOf(taken.keySet());
			taken.clear();
			inUse.forEach(kinds -> taken.put(kinds, take(kinds)));
		}
	}

	/** Derives again the groups of the persons these changes touched, in every census kept. */
	@Override
	public void apply(List<Change> changes) {
		Set<String> touched = new HashSet<>();
		changes.forEach(c -> touched.addAll(c.persons()));
		if (touched.isEmpty()) {
			return;
		}
		synchronized (writing) {
			if (touched.size() > MOST_UPDATED) {
				load();
				return;
			}
			for (Map.Entry<Set<SiblingKind>, Census> e : List.copyOf(taken.entrySet())) {
				taken.put(e.getKey(), updated(e.getValue(), e.getKey(), touched));
			}
		}
	}

	/**
	 * The census with the groups of {@code touched} derived again: around the touched persons and every member of
	 * their old groups, walked out in Neo4j to whole groups; every old group that shares a person with a new one goes.
	 */
	private Census updated(Census census, Set<SiblingKind> kinds, Set<String> touched) {
		Set<String> affected = new HashSet<>(touched);
		for (String p : touched) {
			String group = census.groupOf().get(p);
			if (group != null) {
				affected.addAll(census.members().get(group));
			}
		}
		List<SiblingGroup> fresh = new SiblingGrouping(kinds).groups(SiblingRelations
			.derive(graph.familyLinksInDatabase(graph.aroundInDatabase(affected, kinds))).values());
		Set<String> stale = new HashSet<>();
		affected.forEach(p -> {
			String group = census.groupOf().get(p);
			if (group != null) {
				stale.add(group);
			}
		});
		fresh.forEach(g -> g.members().forEach(p -> {
			String group = census.groupOf().get(p);
			if (group != null) {
				stale.add(group);
			}
		}));
		Map<String, List<String>> members = new HashMap<>(census.members());
		stale.forEach(members::remove);
		fresh.forEach(g -> members.put(g.id(), held(g)));
		return Census.of(members);
	}
}
