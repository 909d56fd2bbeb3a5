package org.kinmap.network;

import org.kinmap.system.Coded;

/** Where a partnership stands now. */
public enum PartnershipStatus implements Coded {
	CURRENT("current"),
	SEPARATED("separated"),
	DIVORCED("divorced"),
	DISSOLVED("dissolved"),
	WIDOWED("widowed");

	private final String label;

	PartnershipStatus(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}
}
