package org.kinmap.network;

import org.kinmap.system.Coded;

/** The kind of a partnership between two adults. */
public enum PartnershipType implements Coded {
	MARRIED("married"),
	CIVIL_PARTNERSHIP("civil partners"),
	COHABITING("cohabiting"),
	OTHER("partners"),
	/** A couple recorded together (a GEDCOM family) with nothing said about the kind of partnership. */
	UNKNOWN("partners (kind not recorded)");

	private final String label;

	PartnershipType(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}
}
