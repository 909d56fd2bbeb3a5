package org.kinmap.care;

import org.kinmap.system.Coded;

/** A meeting about a child's plan between statutory reviews. */
public enum MeetingKind implements Coded {
	CARE_PLANNING("care planning meeting"),
	PERMANENCE_PLANNING("permanence planning meeting");

	private final String label;

	MeetingKind(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}
}
