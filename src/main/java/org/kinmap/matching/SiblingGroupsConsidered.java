package org.kinmap.matching;

/** A group of children goes only to a household whose fitting approval considers sibling groups. */
final class SiblingGroupsConsidered implements HardConstraint {

	static final String RULE = "sibling groups considered";

	@Override
	public String rule() {
		return RULE;
	}

	@Override
	public boolean allows(Placing placing, HouseholdProfile household) {
		if (!placing.group()) {
			return true;
		}
		var usable = PlanApprovals.usable(placing, household);
		if (usable.isEmpty()) {
			return true;
		}
		for (HouseholdProfile.ApprovalFacts a : usable) {
			if (a.siblingGroupsConsidered()) {
				return true;
			}
		}
		return false;
	}

	@Override
	public Verdict check(Placing placing, HouseholdProfile household) {
		if (!placing.group()) {
			return Verdict.allowed(RULE, "One child: not a sibling group.");
		}
		var usable = PlanApprovals.usable(placing, household);
		if (usable.isEmpty() || usable.stream().anyMatch(HouseholdProfile.ApprovalFacts::siblingGroupsConsidered)) {
			return Verdict.allowed(RULE, "The approval considers sibling groups.");
		}
		return Verdict.excluded(RULE, "The approval does not consider sibling groups; " + placing.names()
				+ " are to be placed together.");
	}
}
