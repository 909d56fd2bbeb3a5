package org.kinmap.familyfinding;

import org.kinmap.system.Coded;

/** A search of a child's network: each one counts as the network being searched on its day. */
public enum SearchKind implements Coded {
	RECORDS_SEARCH("records search"),
	GENOGRAM_SESSION("genogram session"),
	FAMILY_GROUP_CONFERENCE("family group conference");

	private final String label;

	SearchKind(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}
}
