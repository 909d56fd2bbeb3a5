package org.kinmap.care;

import org.kinmap.system.Coded;

/** The panel a child's plan or match is presented to. */
public enum PanelKind implements Coded {
	PERMANENCE("permanence panel"),
	ADOPTION("adoption panel"),
	FOSTERING("fostering panel");

	private final String label;

	PanelKind(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}
}
