package org.kinmap.assessments;

import org.kinmap.system.Coded;

/** What a together-or-apart assessment recommends. */
public enum Recommendation implements Coded {
	TOGETHER("placed together"),
	APART("placed apart"),
	SOME_TOGETHER("some together");

	private final String label;

	Recommendation(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}
}
