package org.kinmap.carers;

import org.kinmap.system.Coded;

/** What a carer household is approved for. */
public enum ApprovalKind implements Coded {
	SHORT_TERM("short-term fostering"),
	LONG_TERM("long-term fostering"),
	FOSTERING_FOR_ADOPTION("fostering for adoption"),
	CONCURRENT("concurrent planning"),
	CONNECTED_PERSON_REG24("connected person, temporary (Regulation 24)"),
	CONNECTED_PERSON("connected person (full approval)"),
	ADOPTER("adoption"),
	SHORT_BREAKS("short breaks");

	private final String label;

	ApprovalKind(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}
}
