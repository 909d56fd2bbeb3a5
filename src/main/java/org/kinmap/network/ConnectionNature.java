package org.kinmap.network;

import org.kinmap.system.Coded;

/** The nature of a connected person's prior connection to a child. */
public enum ConnectionNature implements Coded {
	RELATIVE("relative"),
	FAMILY_FRIEND("family friend"),
	NEIGHBOUR("neighbour"),
	GODPARENT("godparent"),
	TEACHER("teacher"),
	FORMER_FOSTER_CARER("former foster carer"),
	OTHER("other connection");

	private final String label;

	ConnectionNature(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}
}
