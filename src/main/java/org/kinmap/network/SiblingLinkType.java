package org.kinmap.network;

import org.kinmap.system.Coded;

/** An explicitly recorded sibling relation, for when the shared parent is not in the network. */
public enum SiblingLinkType implements Coded {
	FULL("full siblings"),
	HALF_MATERNAL("half-siblings through their mother"),
	HALF_PATERNAL("half-siblings through their father"),
	HALF_UNKNOWN("half-siblings, shared parent not recorded"),
	STEP("step-siblings"),
	ADOPTIVE("adoptive siblings"),
	UNKNOWN("siblings, relation not known");

	private final String label;

	SiblingLinkType(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}
}
