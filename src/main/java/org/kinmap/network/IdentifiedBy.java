package org.kinmap.network;

import org.kinmap.system.Coded;

/** How a connected person came to the social worker's attention. */
public enum IdentifiedBy implements Coded {
	PROPOSED_BY_FAMILY("proposed by the family"),
	FAMILY_GROUP_CONFERENCE("proposed at the family group conference"),
	NAMED_BY_CHILD("named by the child"),
	FOUND_BY_SOCIAL_WORKER("found by the social worker");

	private final String label;

	IdentifiedBy(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}
}
