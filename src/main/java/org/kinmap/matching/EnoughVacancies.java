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
	public String rule() {
		return RULE;
	}

	@Override
	public boolean allows(Placing placing, HouseholdProfile household) {
		int moving = 0;
		for (ChildProfile c : placing.children()) {
			if (!household.hasPlaced(c.id())) {
				moving++;
			}
		}
		return moving == 0
				|| HouseholdProfile.vacancies(terms(placing, household), household.placed().size(), placing.today()) >= moving;
	}

	/** The approvals that set the room: those that fit the placing, else every one in force. */
	private static List<HouseholdProfile.ApprovalFacts> terms(Placing placing, HouseholdProfile household) {
		var usable = PlanApprovals.usable(placing, household);
		return usable.isEmpty() ? household.approvals().stream().filter(a -> a.currentOn(placing.today())).toList() : usable;
	}

	@Override
	public Verdict check(Placing placing, HouseholdProfile household) {
		Capacity capacity = HouseholdProfile.capacity(terms(placing, household), household.placed().size(), placing.today());
		List<ChildProfile> here = placing.children().stream()
			.filter(c -> household.hasPlaced(c.id()))
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
