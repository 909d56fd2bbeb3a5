package org.kinmap.matching;

import org.kinmap.care.NeedDomain;

/**
 * A child who needs a ground-floor bedroom ({@code health.needsGroundFloorBedroom}) goes only to a home recorded as
 * having one. A need of the body, like wheelchair access, so a hard constraint rather than a score; the health
 * domain still mentions it.
 */
final class GroundFloorBedroom implements HardConstraint {

	static final String RULE = "ground-floor bedroom";

	@Override
	public String rule() {
		return RULE;
	}

	@Override
	public boolean allows(Placing placing, HouseholdProfile household) {
		if (Boolean.TRUE.equals(household.groundFloorBedroom())) {
			return true;
		}
		for (ChildProfile c : placing.children()) {
			if (needs(c)) {
				return false;
			}
		}
		return true;
	}

	private static boolean needs(ChildProfile c) {
		return Boolean.TRUE.equals(c.needs().bool(NeedDomain.HEALTH, "needsGroundFloorBedroom"));
	}

	@Override
	public Verdict check(Placing placing, HouseholdProfile household) {
		var needing = placing.children().stream()
			.filter(GroundFloorBedroom::needs)
			.toList();
		if (needing.isEmpty()) {
			return Verdict.allowed(RULE, "No child needs a ground-floor bedroom.");
		}
		String who = Placing.names(needing) + (needing.size() == 1 ? " needs one." : " need one.");
		if (Boolean.TRUE.equals(household.groundFloorBedroom())) {
			return Verdict.allowed(RULE, "Has a ground-floor bedroom; " + who);
		}
		return Verdict.excluded(RULE, (household.groundFloorBedroom() == null ? "Not recorded as having a ground-floor bedroom; "
				: "No ground-floor bedroom; ") + who);
	}
}
