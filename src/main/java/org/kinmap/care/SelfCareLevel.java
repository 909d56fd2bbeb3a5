package org.kinmap.care;

import org.kinmap.system.Coded;

/** How far a child manages their own care for their age. */
public enum SelfCareLevel implements Coded {
	AGE_APPROPRIATE("age appropriate"),
	NEEDS_SUPPORT("needs some support"),
	SIGNIFICANT_SUPPORT("needs significant support");

	private final String label;

	SelfCareLevel(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}
}
