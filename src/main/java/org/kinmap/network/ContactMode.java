package org.kinmap.network;

import org.kinmap.system.Coded;

/** Whether family time is face to face or by letter, call or message. */
public enum ContactMode implements Coded {
	DIRECT("direct"),
	INDIRECT("indirect");

	private final String label;

	ContactMode(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}
}
