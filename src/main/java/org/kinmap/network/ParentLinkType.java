package org.kinmap.network;

import org.kinmap.system.Coded;

/** How a parent is a parent to a child. */
public enum ParentLinkType implements Coded {
	BIRTH("birth parent"),
	ADOPTIVE("adoptive parent"),
	STEP("step-parent"),
	FOSTER("foster carer"),
	SPECIAL_GUARDIAN("special guardian"),
	OTHER("other parent figure");

	private final String label;

	ParentLinkType(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}
}
