package org.kinmap.kinship;

import org.kinmap.system.Coded;

/** How a relative is related: by blood (full or half), by marriage, as a step-relation, by adoption, or otherwise. */
enum Kind implements Coded {
	BLOOD("blood (full)"),
	HALF_BLOOD("half blood"),
	/** A brother or sister recorded without saying whether of the full or half blood (or otherwise). */
	SIBLING_UNKNOWN("sibling, full or half blood not known"),
	/**
	 * A blood relative through a brother or sister of whom the record does not say whether of the full or half
	 * blood (a niece through a brother who shares only a recorded mother with the parent).
	 */
	BLOOD_UNKNOWN("blood, full or half not known"),
	BY_MARRIAGE("by marriage or civil partnership"),
	STEP("step"),
	ADOPTIVE("adoptive"),
	/** The birth family an adoption has legally severed: still family to the child, no longer relatives in law. */
	BIRTH("birth family (severed by adoption)"),
	/** The partner of a relative without marriage or civil partnership (a parent's cohabiting partner). */
	PARTNER("partner of a relative"),
	CONNECTED_PERSON("connected person");

	private final String label;

	Kind(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}
}
