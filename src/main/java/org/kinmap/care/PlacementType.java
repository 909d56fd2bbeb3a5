package org.kinmap.care;

import org.kinmap.system.Coded;

/** Where a looked-after child lives, by its SSDA903 placement code. */
public enum PlacementType implements Coded {
	A3("placed for adoption with consent, with current foster carer"), A4("placed for adoption with consent, not with current foster carer"),
	A5("placed for adoption with a placement order, with current foster carer"), A6("placed for adoption with a placement order, not with current foster carer"),
	H5("semi-independent living"), K1("secure children's home"), K2("children's home"),
	P1("placed with own parents or person with parental responsibility"), P2("independent living"), P3("residential employment"),
	R1("residential care home"), R2("NHS or health trust"), R3("family centre or mother and baby unit"), R5("young offender institution"),
	S1("all residential schools"), T0("temporary: all types"), T1("temporary: periods in hospital"), T2("temporary: holiday"),
	T3("temporary: accommodation while a carer is away"), T4("temporary: other"),
	U1("foster placement with a relative or friend, long term"), U2("foster placement with a relative or friend, fostering for adoption or concurrent planning"),
	U3("foster placement with a relative or friend, not long term or FFA"), U4("foster placement with another carer, long term"),
	U5("foster placement with another carer, fostering for adoption or concurrent planning"), U6("foster placement with another carer, not long term or FFA"),
	Z1("other placement");

	private final String label;

	PlacementType(String label) {
		this.label = label;
	}

	@Override
	public String code() {
		return name();
	}

	@Override
	public String label() {
		return label;
	}

	/** Placements with a carer household (fostering or adoption), as opposed to a provider or the child's parents. */
	public boolean withCarers() {
		return name().startsWith("U") || name().startsWith("A");
	}
}
