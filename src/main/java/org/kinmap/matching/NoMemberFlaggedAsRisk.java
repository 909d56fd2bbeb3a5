package org.kinmap.matching;

import java.util.stream.Collectors;

/** No member of the household is flagged as a risk to children. */
final class NoMemberFlaggedAsRisk implements HardConstraint {

	static final String RULE = "no household member flagged as a risk";

	@Override
	public String rule() {
		return RULE;
	}

	@Override
	public boolean allows(Placing placing, HouseholdProfile household) {
		for (HouseholdProfile.Member m : household.members()) {
			if (m.riskToChildren()) {
				return false;
			}
		}
		return true;
	}

	@Override
	public Verdict check(Placing placing, HouseholdProfile household) {
		String flagged = household.members().stream()
			.filter(HouseholdProfile.Member::riskToChildren)
			.map(HouseholdProfile.Member::name)
			.collect(Collectors.joining(", "));
		if (flagged.isEmpty()) {
			return Verdict.allowed(RULE, "No household member is flagged as a risk to children.");
		}
		return Verdict.excluded(RULE, "A household member (" + flagged + ") is flagged as a risk to children.");
	}
}
