package org.kinmap.care;

import org.kinmap.system.Coded;

/** What was presented to a panel about a child. */
public enum PanelSubject implements Coded {
	PERMANENCE_PLAN("permanence plan"),
	ADOPTION_PLAN("plan for adoption (should be placed)"),
	MATCH("match with carers or adopters"),
	REVIEW("review of the permanence plan");

	private final String label;

	PanelSubject(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}
}
