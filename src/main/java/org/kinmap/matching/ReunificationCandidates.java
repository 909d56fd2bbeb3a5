package org.kinmap.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Rule: which carer households are worth checking for reuniting a group of siblings in foster care. A child who
 * moves needs a household with a short- or long-term fostering approval in force ({@link ApprovalFitsPlan}) and a
 * free place under it ({@link EnoughVacancies}); where none of the group's children lives, they all move, so such a
 * household is worth checking only with a free place for every one of them. A household where one of them lives
 * already is always checked. The households left out would every one be excluded by those two constraints, so the
 * answer is the same as checking them all. Each household's free places are worked out once for all the groups;
 * a group then costs the households with room for it, not every household.
 */
final class ReunificationCandidates {

	static final String REASON = "Only a household with a fostering approval in force and a free place for every "
			+ "child who moves can take them; where none of the children lives, they all move.";

	private final List<HouseholdProfile> households;
	/** By group size n (from 1): the positions, in order, of the households with at least n free places. */
	private final List<List<Integer>> withRoomFor = new ArrayList<>();
	/** Where each child placed in a household lives: positions. */
	private final Map<String, List<Integer>> placedAt = new HashMap<>();

	ReunificationCandidates(List<HouseholdProfile> households, LocalDate today) {
		this.households = List.copyOf(households);
		withRoomFor.add(List.of());
		for (int i = 0; i < this.households.size(); i++) {
			HouseholdProfile h = this.households.get(i);
			var usable = PlanApprovals.usable(PlanApprovals.FOSTERING, today, h);
			int room = usable.isEmpty() ? 0 : HouseholdProfile.capacity(usable, h.placed().size(), today).vacancies();
			for (int n = 1; n <= room; n++) {
				if (withRoomFor.size() == n) {
					withRoomFor.add(new ArrayList<>());
				}
				withRoomFor.get(n).add(i);
			}
			for (HouseholdProfile.PlacedChild c : h.placed()) {
				placedAt.computeIfAbsent(c.personId(), k -> new ArrayList<>()).add(i);
			}
		}
	}

	/** The households to check for these children, in the households' order. */
	List<HouseholdProfile> forGroup(Collection<String> childIds) {
		Set<String> children = new HashSet<>(childIds);
		List<Integer> roomy = children.size() < withRoomFor.size() ? withRoomFor.get(children.size()) : List.of();
		TreeSet<Integer> there = new TreeSet<>();
		children.forEach(c -> there.addAll(placedAt.getOrDefault(c, List.of())));
		if (there.isEmpty()) {
			return roomy.stream().map(households::get).toList();
		}
		there.addAll(roomy);
		return there.stream().map(households::get).toList();
	}
}
