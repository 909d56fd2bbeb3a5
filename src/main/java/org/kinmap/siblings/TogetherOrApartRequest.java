package org.kinmap.siblings;

import java.util.List;

/**
 * A together-or-apart assessment to record or replace ({@code POST} and {@code PUT /api/together-or-apart-assessments}).
 * Dates are ISO {@code yyyy-MM-dd}; codes as {@link org.kinmap.assessments.AssessmentStatus},
 * {@link org.kinmap.assessments.Recommendation} and {@link PairQuality} spell them.
 *
 * @param children       the siblings assessed, two or more, all in one sibling group
 * @param status         requested, in_progress, positive, negative or withdrawn; by default positive when a
 *                       recommendation is given, else in_progress
 * @param recommendation together, apart or some_together; needed once concluded
 * @param reasons        why; needed for apart and some_together
 * @param views          each child's views, in the assessor's words
 * @param pairs          the quality of each pair's relationship and whether they should live together
 */
record TogetherOrApartRequest(List<String> children, String status, String recommendation, String reasons,
		String requestedOn, String concludedOn, String assessor, List<ChildViewsDoc> views, List<PairDoc> pairs) {

	TogetherOrApartRequest {
		children = children == null ? List.of() : children;
		views = views == null ? List.of() : views;
		pairs = pairs == null ? List.of() : pairs;
	}

	record ChildViewsDoc(String child, String views) {
	}

	record PairDoc(List<String> children, String quality, Boolean placeTogether, String note) {
	}
}
