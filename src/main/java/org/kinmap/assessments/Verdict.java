package org.kinmap.assessments;

/**
 * What a rule of the workflow says about a step: allowed, or refused; either way with the sentence a social worker
 * reads. A refusal names the field of the request it concerns (a JSON Pointer), and says whether the step conflicts
 * with where the assessment stands (409: nothing in the request could make it right) or the request itself is wrong
 * (422).
 */
record Verdict(boolean allowed, String pointer, String reason, boolean conflict) {

	static Verdict allow(String reason) {
		return new Verdict(true, null, reason, false);
	}

	/** Refused because of where the assessments stand: answered 409. */
	static Verdict conflict(String pointer, String reason) {
		return new Verdict(false, pointer, reason, true);
	}

	/** Refused because of what the request says: answered 422. */
	static Verdict refuse(String pointer, String reason) {
		return new Verdict(false, pointer, reason, false);
	}
}
