package org.kinmap.matching;

import java.util.stream.Collectors;

import org.kinmap.system.Coded;

/** The household holds an approval in force of a kind that fits the child's permanence plan (or the reunification). */
final class ApprovalFitsPlan implements HardConstraint {

	static final String RULE = "approval fits the plan";

	@Override
	public String rule() {
		return RULE;
	}

	@Override
	public boolean allows(Placing placing, HouseholdProfile household) {
		return PlanApprovals.anyUsable(placing, household);
	}

	@Override
	public Verdict check(Placing placing, HouseholdProfile household) {
		var usable = PlanApprovals.usable(placing, household);
		if (!usable.isEmpty()) {
			return Verdict.allowed(RULE, "Approved for " + usable.get(0).kind().label() + ", which fits "
					+ PlanApprovals.purposeLabel(placing) + ".");
		}
		var expired = household.approvals().stream().filter(a -> a.expiredOn(placing.today())).toList();
		var notYet = household.approvals().stream().filter(a -> a.notYetOn(placing.today())).toList();
		String held = household.approvals().stream()
			.filter(a -> a.currentOn(placing.today()))
			.map(a -> a.kind().label())
			.distinct()
			.collect(Collectors.joining(", "));
		String wanted = PlanApprovals.fitting(placing).stream().map(Coded::label).collect(Collectors.joining(" or "));
		if (household.approvals().isEmpty()) {
			return Verdict.excluded(RULE, "No approval is recorded for this household.");
		}
		if (held.isEmpty() && expired.isEmpty()) {
			return Verdict.excluded(RULE, "Approval not in force until " + notYet.get(0).approvedOn() + "; "
					+ placing.names() + " " + (placing.group() ? "need" : "needs") + " a current approval.");
		}
		if (held.isEmpty()) {
			return Verdict.excluded(RULE, "Approval expired on " + expired.get(0).expiresOn() + "; "
					+ placing.names() + " " + (placing.group() ? "need" : "needs") + " a current approval.");
		}
		return Verdict.excluded(RULE, "Approved for " + held + " only; " + PlanApprovals.purposeLabel(placing)
				+ " needs " + wanted + ".");
	}
}
