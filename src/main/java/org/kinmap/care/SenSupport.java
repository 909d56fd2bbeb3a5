package org.kinmap.care;

import org.kinmap.system.Coded;

/** The level of special educational needs support. */
public enum SenSupport implements Coded {
	NONE("none"),
	SEN_SUPPORT("SEN support"),
	EHCP("education, health and care plan");

	private final String label;

	SenSupport(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}
}
