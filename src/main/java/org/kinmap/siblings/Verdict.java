package org.kinmap.siblings;

/**
 * What one rule says about one carer household for one group of children: allowed or not, and the sentence a
 * social worker reads.
 */
record Verdict(String rule, boolean allowed, String reason) {

	static Verdict allow(String rule, String reason) {
		return new Verdict(rule, true, reason);
	}

	static Verdict reject(String rule, String reason) {
		return new Verdict(rule, false, reason);
	}
}
