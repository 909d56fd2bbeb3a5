package org.kinmap.casework;

import org.kinmap.system.Coded;

/** How a person added from a card is related to the person whose card it is. */
enum Relation implements Coded {
	PARENT("parent"),
	CHILD("child"),
	PARTNER("partner"),
	FULL_SIBLING("brother or sister (same parents)"),
	HALF_SIBLING("half-brother or half-sister"),
	TWIN("twin (born at the same birth)"),
	CONNECTED_PERSON("connected person (not a relative by birth or marriage)");

	private final String label;

	Relation(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}
}
