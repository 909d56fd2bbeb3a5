package org.kinmap.carers;

import org.kinmap.system.Coded;

/** Training and experience a carer household brings. */
public enum CarerSkill implements Coded {
	THERAPEUTIC_PARENTING("therapeutic parenting"),
	DISABILITY("caring for disabled children"),
	MEDICAL_NEEDS("complex medical needs"),
	TEENAGERS("teenagers"),
	SPECIAL_EDUCATIONAL_NEEDS("special educational needs"),
	BABIES("babies"),
	PARENT_AND_CHILD("parent and child placements"),
	ASYLUM_SEEKING_CHILDREN("unaccompanied asylum-seeking children"),
	SIBLING_GROUPS("sibling groups");

	private final String label;

	CarerSkill(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}
}
