package org.kinmap.matching;

import java.util.stream.Collectors;

/** Every child's age lies within the range of one current approval that fits the plan. */
final class AgeWithinApproval implements HardConstraint {

	static final String RULE = "age within the approved range";

	@Override
	public String rule() {
		return RULE;
	}

	@Override
	public boolean allows(Placing placing, HouseholdProfile household) {
		var kinds = PlanApprovals.fitting(placing);
		boolean usable = false;
		for (HouseholdProfile.ApprovalFacts a : household.approvals()) {
			if (kinds.contains(a.kind()) && a.currentOn(placing.today())) {
				if (takesEveryAge(a, placing)) {
					return true;
				}
				usable = true;
			}
		}
		return !usable;
	}

	private static boolean takesEveryAge(HouseholdProfile.ApprovalFacts approval, Placing placing) {
		for (ChildProfile c : placing.children()) {
			if (c.age() != null && !approval.takesAge(c.age())) {
				return false;
			}
		}
		return true;
	}

	@Override
	public Verdict check(Placing placing, HouseholdProfile household) {
		var usable = PlanApprovals.usable(placing, household);
		if (usable.isEmpty()) {
			return Verdict.allowed(RULE, "No fitting approval to check ages against (see the approval).");
		}
		var unknownAge = placing.children().stream().filter(c -> c.age() == null).map(ChildProfile::givenName).toList();
		var fits = usable.stream()
			.filter(a -> takesEveryAge(a, placing))
			.findFirst();
		if (fits.isPresent()) {
			String ages = placing.children().stream().filter(c -> c.age() != null)
				.map(c -> c.givenName() + " is " + c.age())
				.collect(Collectors.joining(", "));
			return Verdict.allowed(RULE, (ages.isEmpty() ? "" : ages + "; ") + "approved for " + fits.get().ageRange() + "."
					+ (unknownAge.isEmpty() ? "" : " Age not recorded for " + String.join(", ", unknownAge) + "."));
		}
		String outside = placing.children().stream()
			.filter(c -> c.age() != null && usable.stream().noneMatch(a -> a.takesAge(c.age())))
			.map(c -> c.givenName() + " is " + c.age())
			.collect(Collectors.joining(", "));
		String ranges = usable.stream().map(HouseholdProfile.ApprovalFacts::ageRange).distinct().collect(Collectors.joining(" or "));
		return Verdict.excluded(RULE, (outside.isEmpty() ? "The children's ages do not fit one approval" : outside)
				+ "; approved for " + ranges + ".");
	}
}
