package org.kinmap.care;

import org.kinmap.system.Coded;

/** Which plan a record of a child's plan is: the care plan, or the permanence plan with its contingency. */
public enum PlanKind implements Coded {
	CARE_PLAN("care plan"),
	PERMANENCE_PLAN("permanence plan");

	private final String label;

	PlanKind(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}
}
