package org.kinmap.matching;

/**
 * What a hard constraint says of a household: allowed, or excluded, with the sentence a social worker reads.
 *
 * Public because other modules (siblings' reunification options) show the matching module's verdicts as they are.
 *
 * @param rule    the constraint's name, e.g. "approval fits the plan"
 * @param allowed false when the household is excluded
 * @param reason  why, in plain words
 */
public record Verdict(String rule, boolean allowed, String reason) {

	static Verdict allowed(String rule, String reason) {
		return new Verdict(rule, true, reason);
	}

	static Verdict excluded(String rule, String reason) {
		return new Verdict(rule, false, reason);
	}
}
