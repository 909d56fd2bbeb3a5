package org.kinmap.network;

import org.kinmap.system.Coded;

/** Whether children of one birth are identical. */
public enum Zygosity implements Coded {
	IDENTICAL("identical"),
	FRATERNAL("fraternal"),
	UNKNOWN("not known");

	private final String label;

	Zygosity(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}
}
