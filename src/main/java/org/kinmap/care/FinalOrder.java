package org.kinmap.care;

import org.kinmap.system.Coded;

/** How care proceedings ended. */
public enum FinalOrder implements Coded {
	CARE_ORDER("care order"),
	PLACEMENT_ORDER("care order and placement order"),
	SPECIAL_GUARDIANSHIP_ORDER("special guardianship order"),
	CHILD_ARRANGEMENTS_ORDER("child arrangements order"),
	SUPERVISION_ORDER("supervision order"),
	NO_ORDER("no order"),
	WITHDRAWN("proceedings withdrawn");

	private final String label;

	FinalOrder(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}
}
