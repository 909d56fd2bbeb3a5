package org.kinmap.familyfinding;

import org.kinmap.system.Coded;

/** How a relative was approached. */
public enum AttemptMode implements Coded {
	PHONE("phone"),
	LETTER("letter"),
	EMAIL("e-mail"),
	VISIT("visit");

	private final String label;

	AttemptMode(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}
}
