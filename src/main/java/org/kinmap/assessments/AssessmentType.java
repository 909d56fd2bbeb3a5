package org.kinmap.assessments;

import org.kinmap.system.Coded;

/** The kinds of assessment in permanence work. */
public enum AssessmentType implements Coded {
	VIABILITY("viability assessment"),
	CONNECTED_PERSON_REG24("connected person, Regulation 24 temporary approval"),
	CONNECTED_PERSON_FULL("connected person, full assessment"),
	SPECIAL_GUARDIANSHIP("special guardianship assessment"),
	ADOPTER("prospective adopter assessment"),
	TOGETHER_OR_APART("together or apart assessment");

	private final String label;

	AssessmentType(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}
}
