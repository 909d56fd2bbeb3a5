package org.kinmap.assessments;

import org.kinmap.system.Coded;

/** Where an assessment stands. */
public enum AssessmentStatus implements Coded {
	REQUESTED("requested"),
	IN_PROGRESS("in progress"),
	POSITIVE("positive"),
	NEGATIVE("negative"),
	WITHDRAWN("withdrawn");

	private final String label;

	AssessmentStatus(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}
}
