package org.kinmap.matching;

import java.util.List;

/**
 * One carer household evaluated by the matching module for a group of children placed together: every hard
 * constraint's verdict and, when none excludes it, the matching score. Given to other modules by
 * {@link GroupEligibility}.
 *
 * @param eligible   no hard constraint excludes the household
 * @param checks     every hard constraint's verdict, in the matching order (allowed ones included)
 * @param total      the weighted mean of the nine domain scores (0–100); null when excluded
 * @param confidence the share of the evidence that is recorded (0–1); null when excluded
 * @param scoreReason the score in one sentence, with the strongest domains; null when excluded
 */
public record HouseholdFit(String householdId, String name, String postcode, boolean eligible, List<Verdict> checks,
		Double total, Double confidence, String scoreReason) {

	public HouseholdFit {
		checks = List.copyOf(checks);
	}

	/** The verdicts that exclude the household (empty when it is eligible). */
	public List<Verdict> failed() {
		return checks.stream().filter(v -> !v.allowed()).toList();
	}
}
