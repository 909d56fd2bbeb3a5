package org.kinmap.network;

import org.kinmap.system.Coded;

/** Recorded sex, as drawn on the genogram (square, circle, or a distinct shape when unknown). */
public enum Sex implements Coded {
	FEMALE("female"), MALE("male"), UNKNOWN("unknown");

	private final String label;

	Sex(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}
}
