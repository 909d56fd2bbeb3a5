package org.kinmap.carers;

import org.kinmap.system.Coded;

/** Who approved and supports a carer household. */
public enum AgencyType implements Coded {
	LOCAL_AUTHORITY("the authority's own carers"),
	INDEPENDENT("an independent fostering agency");

	private final String label;

	AgencyType(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}
}
