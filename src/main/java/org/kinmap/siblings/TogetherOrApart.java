package org.kinmap.siblings;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A together-or-apart assessment as the split analysis reads it.
 *
 * @param children       every child it covers (its subjects and the children it is for)
 * @param recommendation together, apart or some_together; null until it recommends
 * @param pairs          the assessor's view of pairs, where recorded
 */
record TogetherOrApart(String id, String status, String recommendation, LocalDate requestedOn, LocalDate concludedOn,
		Set<String> children, String reasons, String assessor, List<ChildViews> views, List<PairAssessment> pairs) {

	/** Concluded with a recommendation (not requested, in progress or withdrawn). */
	boolean concluded() {
		return recommendation != null && concludedOn != null && !"withdrawn".equals(status)
				&& !"requested".equals(status) && !"in_progress".equals(status);
	}

	boolean covers(String a, String b) {
		return children.contains(a) && children.contains(b);
	}

	/** What a child said, in the assessor's words. */
	record ChildViews(String child, String views) {
	}

	/**
	 * The assessor's view of one pair.
	 *
	 * @param quality       the quality of their relationship (close, warm, distant, difficult, harmful)
	 * @param placeTogether whether this pair should live together; null when not said
	 */
	record PairAssessment(String a, String b, String quality, Boolean placeTogether, String note) {
	}
}
