package org.kinmap.assessments;

import java.time.LocalDate;

/**
 * A move of an assessment to another status, as asked.
 *
 * @param to       where it moves: in progress (started), positive or negative (concluded), withdrawn
 * @param on       the day it happened
 * @param reason   why: needed for a negative outcome and a withdrawal
 */
record Step(AssessmentStatus to, LocalDate on, String reason) {

	boolean concludes() {
		return to == AssessmentStatus.POSITIVE || to == AssessmentStatus.NEGATIVE;
	}

	/** The action in the history's words: started, concluded, withdrawn. */
	String action() {
		return to == AssessmentStatus.IN_PROGRESS ? "started" : concludes() ? "concluded" : to == AssessmentStatus.WITHDRAWN
				? "withdrawn" : "requested";
	}
}
