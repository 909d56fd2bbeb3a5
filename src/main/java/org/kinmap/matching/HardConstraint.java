package org.kinmap.matching;

/** A rule that can exclude a carer household outright, whatever its scores. */
interface HardConstraint {

	/** Allowed, or excluded with the reason. */
	Verdict check(Placing placing, HouseholdProfile household);
}
