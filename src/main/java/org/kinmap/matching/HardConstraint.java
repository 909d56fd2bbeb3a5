package org.kinmap.matching;

/**
 * A rule that can exclude a carer household outright, whatever its scores.
 *
 * <p>{@link #allows} is the rule's test alone and {@link #check} the same test with the sentence a social worker
 * reads: matching asks {@code allows} of every household (thousands for a shortlist, millions for an assignment)
 * and builds the sentences only where someone will read them. The two always agree (HardConstraintsTests checks
 * that on random households).
 */
interface HardConstraint {

	/** The rule's name, as its verdicts give it ("approval fits the plan"). */
	String rule();

	/** Whether the rule lets the household be considered: {@code check(placing, household).allowed()}, without the words. */
	boolean allows(Placing placing, HouseholdProfile household);

	/** Allowed, or excluded with the reason. */
	Verdict check(Placing placing, HouseholdProfile household);
}
