package org.kinmap.matching;

import org.kinmap.care.NeedDomain;

/**
 * Scores one of the nine matching domains for one child and one household, with the evidence.
 *
 * <p>A criterion reads what it needs of the child once ({@link #facts}), then weighs those facts against each
 * household ({@link #weigh}): a shortlist weighs one child against thousands of households, an assignment a thousand
 * children against each of them.
 *
 * @param <F> what the criterion needs to know of a child
 */
interface DomainCriterion<F> {

	NeedDomain domain();

	/** What the criterion needs to know of the child, read from the profile once for every household. */
	F facts(ChildProfile child);

	/** Puts the domain's evidence for the child and the household into {@code e}: points, unknowns and notes, each with its sentence. */
	void weigh(F child, HouseholdProfile household, Evidence e);

	/** The domain's score, confidence and every reason. */
	default DomainScore score(ChildProfile child, HouseholdProfile household) {
		return scoreFacts(facts(child), household);
	}

	/** The same score and confidence as {@link #score}, without building the sentences. */
	default Evidence.Rating rate(ChildProfile child, HouseholdProfile household) {
		return rateFacts(facts(child), household);
	}

	default DomainScore scoreFacts(F child, HouseholdProfile household) {
		Evidence e = Evidence.explained(domain());
		weigh(child, household, e);
		return e.result();
	}

	default Evidence.Rating rateFacts(F child, HouseholdProfile household) {
		Evidence e = Evidence.quiet(domain());
		weigh(child, household, e);
		return e.rating();
	}
}
