package org.kinmap.matching;

import java.util.List;

import org.kinmap.carers.Capacity;

/**
 * The household has a place for every child of the placing not already living there ({@link Capacity}, under the
 * approvals that fit the placing, counting every child placed there now).
 */
final class EnoughVacancies implements HardConstraint {

	static final String RULE = "enough vacancies";

	@Override
	public Verdict check(Placing placing, HouseholdProfile household) {
		var usable = PlanApprovals.usable(placing, household);
		var terms = usable.isEmpty() ? household.approvals().stream().filter(a -> a.currentOn(placing.today())).toList() : usable;
		Capacity capacity = HouseholdProfile.capacity(terms, household.placed().size(), placing.today());
		List<ChildProfile> here = placing.children().stream()
			.filter(c -> household.placed().stream().anyMatch(p -> p.personId().equals(c.id())))
			.toList();
		List<ChildProfile> moving = placing.children().stream().filter(c -> !here.contains(c)).toList();
		String already = here.isEmpty() ? "" : " " + Placing.names(here) + (here.size() == 1 ? " is" : " are") + " already placed here"
				+ (moving.isEmpty() ? "." : ";");
		if (moving.isEmpty()) {
			return Verdict.allowed(RULE, capacity.reason() + already);
		}
		if (capacity.vacancies() >= moving.size()) {
			return Verdict.allowed(RULE, capacity.reason() + already + (here.isEmpty() ? " Room for " : " room for ")
					+ Placing.names(moving) + ".");
		}
		String need = Placing.names(moving) + (moving.size() == 1 ? " needs " : " need ") + moving.size()
				+ (moving.size() == 1 ? " place." : " places.");
		return Verdict.excluded(RULE, capacity.reason() + already + " " + need);
	}
}
