package org.kinmap.care;

import org.kinmap.system.Coded;

/** A looked-after child's legal status, by its SSDA903 code (DfE children looked after return). */
public enum LegalStatus implements Coded {
	C1("interim care order"), C2("full care order"), D1("freeing order"), E1("placement order"),
	J1("remanded to local authority accommodation"), J2("placed under PACE"), J3("sentenced to a youth rehabilitation order with residence"),
	L1("under police protection"), L2("emergency protection order"), L3("child assessment order"),
	V2("accommodated under section 20 (single period)"), V3("accommodated under section 20 (short breaks, agreed series)"),
	V4("accommodated under section 20 (short breaks, other)");

	private final String label;

	LegalStatus(String label) {
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

	/** Section 20 accommodation: voluntary, with parental consent, and prone to drift. */
	public boolean voluntary() {
		return this == V2 || this == V3 || this == V4;
	}
}
