package org.kinmap.care;

import org.kinmap.system.Coded;

/** What a panel recommends, and what the agency decision maker decides. */
public enum PanelRecommendation implements Coded {
	AGREED("agreed"),
	NOT_AGREED("not agreed"),
	DEFERRED("deferred for more information");

	private final String label;

	PanelRecommendation(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}
}
