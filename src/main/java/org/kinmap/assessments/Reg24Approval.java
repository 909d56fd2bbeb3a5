package org.kinmap.assessments;

import java.time.LocalDate;

import org.kinmap.network.PersonRef;

/**
 * A Regulation 24 temporary approval of a connected person for a child: from when to when.
 *
 * @param assessmentId the approval's assessment
 * @param relative     the connected person approved
 * @param startsOn     the day it was given
 * @param endsOn       its last day: 16 weeks after it started, later if extended under Regulation 25
 * @param extended     whether it has been extended (it can be only once)
 */
public record Reg24Approval(String assessmentId, PersonRef relative, LocalDate startsOn, LocalDate endsOn,
		boolean extended) {

	/** Whether it ends within {@code days} days of {@code today} (or has ended and no later approval replaced it). */
	public boolean endsWithin(LocalDate today, int days) {
		return endsOn != null && !endsOn.isAfter(today.plusDays(days));
	}
}
