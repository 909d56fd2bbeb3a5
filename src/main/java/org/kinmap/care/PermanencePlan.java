package org.kinmap.care;

import org.kinmap.system.Coded;

/** The permanence plan (or contingency plan) for a looked-after child. */
public enum PermanencePlan implements Coded {
	RETURN_HOME("return home"),
	CONNECTED_PERSON_SGO("connected person, special guardianship order"),
	CONNECTED_PERSON_CAO("connected person, child arrangements order"),
	ADOPTION("adoption"),
	LONG_TERM_FOSTERING("long-term fostering"),
	RESIDENTIAL("residential care"),
	INDEPENDENCE("independent living");

	private final String label;

	PermanencePlan(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}
}
