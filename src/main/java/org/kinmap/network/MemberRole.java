package org.kinmap.network;

import org.kinmap.system.Coded;

/** A person's place in a household. */
public enum MemberRole implements Coded {
	CARER("carer"),
	PARENT("parent"),
	CHILD("child"),
	ADULT("other adult");

	private final String label;

	MemberRole(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}
}
