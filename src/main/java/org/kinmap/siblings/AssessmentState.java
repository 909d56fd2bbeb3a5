package org.kinmap.siblings;

import org.kinmap.system.Coded;

/** Whether a split is backed by a together-or-apart assessment. */
enum AssessmentState implements Coded {
	AS_ASSESSED("apart, as assessed"),
	CONTRARY_TO_ASSESSMENT("apart, contrary to the assessment"),
	UNASSESSED("apart, not assessed");

	private final String label;

	AssessmentState(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}
}
