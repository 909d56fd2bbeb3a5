package org.kinmap.familyfinding;

import org.kinmap.system.Coded;

/** What came of an attempt to contact a relative. */
public enum AttemptOutcome implements Coded {
	NO_ANSWER("no answer"),
	REACHED("reached"),
	DECLINED("declined"),
	INTERESTED_IN_CARING("interested in caring"),
	OFFERS_SUPPORT_NOT_CARE("offers support but not care"),
	NOT_SUITABLE("not suitable");

	private final String label;

	AttemptOutcome(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}
}
