package org.kinmap.matching;

import java.util.List;

import org.kinmap.care.NeedDomain;

/**
 * How well a household meets a child's needs in one domain.
 *
 * @param score      0 to 100
 * @param confidence 0 to 1: the share of the domain's evidence that is recorded; unknowns lower it
 * @param reasons    the evidence, as sentences; never empty
 */
record DomainScore(NeedDomain domain, int score, double confidence, List<String> reasons) {

	DomainScore {
		if (score < 0 || score > 100) {
			throw new IllegalArgumentException("A domain score is 0 to 100, not " + score);
		}
		if (confidence < 0 || confidence > 1) {
			throw new IllegalArgumentException("Confidence is 0 to 1, not " + confidence);
		}
		if (reasons == null || reasons.isEmpty()) {
			throw new IllegalArgumentException("A domain score needs its reasons");
		}
		reasons = List.copyOf(reasons);
	}
}
