package org.kinmap.familyfinding;

import org.kinmap.system.Coded;

/** How a relative came to be known to the child's social worker (the search trail; {@link org.kinmap.network.IdentifiedBy} says who proposed a connected person, for the ranking). */
public enum FoundThrough implements Coded {
	NAMED_BY_PARENT("named by a parent"),
	NAMED_BY_CHILD("named by the child"),
	FAMILY_GROUP_CONFERENCE("found at the family group conference"),
	RECORDS_SEARCH("found in a records search"),
	GENOGRAM_SESSION("found in a genogram session");

	private final String label;

	FoundThrough(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}
}
