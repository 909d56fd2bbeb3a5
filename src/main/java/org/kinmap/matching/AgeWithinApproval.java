package org.kinmap.matching;

import java.util.stream.Collectors;

/** Every child's age lies within the range of one current approval that fits the plan. */
final class AgeWithinApproval implements HardConstraint {

	static final String RULE = "age within the approved range";

	@Override
	public Verdict check(Placing placing, HouseholdProfile household) {
		var usable = PlanApprovals.usable(placing, household);
		if (usable.isEmpty()) {
			return Verdict.allowed(RULE, "No fitting approval to check ages against (see the approval).");
		}
		var unknownAge = placing.children().stream().filter(c -> c.age() == null).map(ChildProfile::givenName).toList();
		var fits = usable.stream()
			.filter(a -> placing.children().stream().allMatch(c -> c.age() == null || a.takesAge(c.age())))
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
