package org.kinmap.matching;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.kinmap.changes.Change;
import org.kinmap.changes.ChangeFeed;
import org.kinmap.changes.FollowedCopy;
import org.kinmap.changes.Follower;
import org.springframework.stereotype.Component;

/**
 * Every carer household as matching sees it ({@link HouseholdProfile}), held in memory: reading 10,000 households with
 * their approvals, members and placed children took most of a shortlist's time. The copy follows the change sequence
 * ({@link ChangeFeed}): it is read whole at a known sequence once the application is ready, then each change has the
 * households it names read again, and with them every household one of its persons is a member of or placed in
 * (a risk flag set on a member excludes the household; a placement made or ended changes its vacancies). While it is
 * not current ({@link Follower#current()}) the households are read from Neo4j for the request.
 *
 * <p>Readers take no lock: a snapshot (the profiles in id order, and who is in which household) is immutable and
 * swapped whole. The values households repeat (languages, religion, ethnicity, skills) are held once each
 * ({@link #held}).
 */
@Component
class CarerHouseholds implements FollowedCopy {

	/** More households than this in one batch of changes: read them all again. */
	static final int MOST_REFRESHED = 2_000;

	/**
	 * One reading of every carer household.
	 *
	 * @param byId     the profiles by household id
	 * @param inOrder  the same, in id order (as {@code matching/households} returns them)
	 * @param personIn the households each member or placed child is in
	 */
	private record Snapshot(Map<String, HouseholdProfile> byId, List<HouseholdProfile> inOrder,
			Map<String, Set<String>> personIn) {

		static Snapshot of(Map<String, HouseholdProfile> byId) {
			TreeMap<String, HouseholdProfile> sorted = new TreeMap<>(byId);
			Map<String, Set<String>> personIn = new HashMap<>();
			sorted.values().forEach(h -> {
				h.members().forEach(m -> personIn.computeIfAbsent(m.personId(), k -> new HashSet<>(2)).add(h.id()));
				h.placed().forEach(c -> personIn.computeIfAbsent(c.personId(), k -> new HashSet<>(2)).add(h.id()));
			});
			return new Snapshot(Collections.unmodifiableMap(sorted), List.copyOf(sorted.values()),
					Collections.unmodifiableMap(personIn));
		}
	}

	private final MatchingQueries queries;
	private final Follower follower;
	/** One copy of each repeated value the profiles hold; written by the follower's thread only. */
	private final Map<Object, Object> canonical = new ConcurrentHashMap<>();
	private volatile Snapshot snapshot = Snapshot.of(Map.of());

	CarerHouseholds(MatchingQueries queries, ChangeFeed changes) {
		this.queries = queries;
		this.follower = changes.follow("carer households", this);
	}

	/** Every carer household, in id order (as {@code matching/households} returns them). */
	List<HouseholdProfile> all() {
		return follower.current() ? snapshot.inOrder() : List.copyOf(queries.households(null));
	}

	@Override
	public void load() {
		Map<String, HouseholdProfile> read = new HashMap<>();
		canonical.clear();
		queries.households(null).forEach(h -> read.put(h.id(), held(h)));
		snapshot = Snapshot.of(read);
	}

	@Override
	public void apply(List<Change> changes) {
		Snapshot s = snapshot;
		Set<String> wanted = new HashSet<>();
		for (Change c : changes) {
			wanted.addAll(c.households());
			c.persons().forEach(p -> wanted.addAll(s.personIn().getOrDefault(p, Set.of())));
		}
		if (wanted.isEmpty()) {
			return;
		}
		if (wanted.size() > MOST_REFRESHED) {
			load();
			return;
		}
		Map<String, HouseholdProfile> next = new HashMap<>(s.byId());
		wanted.forEach(next::remove);
		queries.households(new ArrayList<>(wanted)).forEach(h -> next.put(h.id(), held(h)));
		snapshot = Snapshot.of(next);
	}

	/**
	 * The profile as the copy keeps it: equal to the one read, but with each value many households share (a language
	 * list, a religion, an ethnicity, a set of skills) held once for all of them.
	 */
	private HouseholdProfile held(HouseholdProfile h) {
		return new HouseholdProfile(h.id(), h.name(), h.postcode(), h.location(), h.approvals(), h.dogs(), h.cats(),
				h.smoking(), h.wheelchairAccessible(), h.groundFloorBedroom(), once(h.languages()), once(h.religion()),
				once(h.ethnicity()), once(h.skills()), h.members(), h.placed(), h.notes());
	}

	@SuppressWarnings("unchecked")
	private <T> T once(T value) {
		return value == null ? null : (T) canonical.computeIfAbsent(value, v -> v);
	}
}
