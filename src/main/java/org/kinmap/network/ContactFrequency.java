package org.kinmap.network;

import org.kinmap.system.Coded;

/** How often family time happens, with the number of times a year it comes to. */
public enum ContactFrequency implements Coded {
	WEEKLY("weekly", 52), FORTNIGHTLY("fortnightly", 26), MONTHLY("monthly", 12), SIX_WEEKLY("every six weeks", 9),
	BIMONTHLY("every two months", 6), QUARTERLY("quarterly", 4), TWICE_YEARLY("twice a year", 2),
	YEARLY("once a year", 1), AD_HOC("when arranged", 0);

	private final String label;
	private final int timesPerYear;

	ContactFrequency(String label, int timesPerYear) {
		this.label = label;
		this.timesPerYear = timesPerYear;
	}

	@Override
	public String label() {
		return label;
	}

	public int timesPerYear() {
		return timesPerYear;
	}
}
