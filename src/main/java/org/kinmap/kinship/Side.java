package org.kinmap.kinship;

import org.kinmap.system.Coded;

/** The side of the family a relative is on, seen from the index child: through the mother, the father, or both. */
enum Side implements Coded {
	MATERNAL("maternal"), PATERNAL("paternal"), BOTH("both sides");

	private final String label;

	Side(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}

	/** The side two routes give together: the same side, or both. */
	static Side union(Side a, Side b) {
		if (a == null) {
			return b;
		}
		if (b == null || a == b) {
			return a;
		}
		return BOTH;
	}
}
