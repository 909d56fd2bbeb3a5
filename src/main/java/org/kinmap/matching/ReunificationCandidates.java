package org.kinmap.matching;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Rule: which carer households are worth checking for reuniting a group of siblings in foster care. A child who
 * moves needs a household with a short- or long-term fostering approval in force ({@link ApprovalFitsPlan}) and a
 * free place under it ({@link EnoughVacancies}); a household without both can take a group only if none of its
 * children moves, that is if they all live there already. So each household's room is worked out once for all the
 * groups, and a group is checked only against the households with room and those where one of its children lives:
 * the households left out would every one be excluded by those two constraints, and the answer is the same as
 * checking them all. Linear in the households, then in the candidates per group.
 */
final class ReunificationCandidates {

	static final String REASON = "Only a household with a fostering approval in force and a free place can take a "
			+ "child who moves; any other can take a group only if its children all live there already.";

	private final List<HouseholdProfile> households;
	private final Set<String> withRoom = new HashSet<>();

	ReunificationCandidates(List<HouseholdProfile> households, LocalDate today) {
		this.households = households;
		for (HouseholdProfile h : households) {
			var usable = PlanApprovals.usable(PlanApprovals.FOSTERING, today, h);
			if (!usable.isEmpty() && HouseholdProfile.capacity(usable, h.placed().size(), today).vacancies() > 0) {
				withRoom.add(h.id());
			}
		}
	}

	/** The households to check for these children, in the households' order. */
	List<HouseholdProfile> forGroup(Collection<String> childIds) {
		return households.stream()
			.filter(h -> withRoom.contains(h.id()) || h.placed().stream().anyMatch(p -> childIds.contains(p.personId())))
			.toList();
	}
}
