package org.kinmap.matching;

import org.kinmap.care.NeedDomain;

/** A child who uses a wheelchair goes only to a home recorded as wheelchair accessible. */
final class WheelchairAccess implements HardConstraint {

	static final String RULE = "wheelchair access";

	@Override
	public String rule() {
		return RULE;
	}

	@Override
	public boolean allows(Placing placing, HouseholdProfile household) {
		if (Boolean.TRUE.equals(household.wheelchairAccessible())) {
			return true;
		}
		for (ChildProfile c : placing.children()) {
			if (user(c)) {
				return false;
			}
		}
		return true;
	}

	private static boolean user(ChildProfile c) {
		return Boolean.TRUE.equals(c.needs().bool(NeedDomain.HEALTH, "wheelchairUser"));
	}

	@Override
	public Verdict check(Placing placing, HouseholdProfile household) {
		var users = placing.children().stream()
			.filter(WheelchairAccess::user)
			.map(ChildProfile::givenName)
			.toList();
		if (users.isEmpty()) {
			return Verdict.allowed(RULE, "No child needs wheelchair access.");
		}
		String who = String.join(" and ", users) + (users.size() == 1 ? " uses" : " use") + " a wheelchair";
		if (Boolean.TRUE.equals(household.wheelchairAccessible())) {
			return Verdict.allowed(RULE, "Wheelchair accessible; " + who + ".");
		}
		return Verdict.excluded(RULE, (household.wheelchairAccessible() == null ? "Not recorded as wheelchair accessible; "
				: "Not wheelchair accessible; ") + who + ".");
	}
}
