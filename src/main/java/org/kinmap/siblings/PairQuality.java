package org.kinmap.siblings;

import org.kinmap.system.Coded;

/** The quality of two siblings' relationship, as a together-or-apart assessment records it. */
enum PairQuality implements Coded {
	CLOSE("close, a strong attachment"),
	WARM("warm"),
	MIXED("mixed"),
	DISTANT("distant; they hardly know each other"),
	DIFFICULT("difficult"),
	HARMFUL("harmful; one has harmed the other");

	private final String label;

	PairQuality(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}
}
