package org.kinmap.assessments;

import java.time.LocalDate;
import java.util.List;

import org.kinmap.network.PersonRef;

/**
 * An assessment of a person for a child as the workflow shows it: where it stands, its dates, what it may do next and
 * the history of its status.
 *
 * @param next       the statuses it may move to now (in_progress, positive, negative, withdrawn)
 * @param extendable a Regulation 24 approval not yet extended (Regulation 25); whether it has ended is decided by the
 *                   day of the extension
 * @param mayFollow  what may be requested after it: after a positive viability assessment, a full connected-person or
 *                   special guardianship assessment and a Regulation 24 approval
 * @param expiresOn  a Regulation 24 approval's last day (16 weeks after it started, more if extended)
 */
public record AssessmentDetail(String id, String type, String typeLabel, String status, String statusLabel,
		List<PersonRef> subjects, List<String> children, LocalDate requestedOn, LocalDate startedOn, LocalDate concludedOn,
		LocalDate expiresOn, boolean extended, Integer extensionWeeks, String assessor, String outcomeReason, String notes,
		String follows, String requestedBy, List<String> next, boolean extendable, List<String> mayFollow,
		List<HistoryEntry> history) {

	/**
	 * One change of an assessment: who, when, what, from which status to which, on which day, and why.
	 *
	 * @param at     when it was recorded (UTC)
	 * @param by     the user name of the person who recorded it
	 * @param action requested, started, concluded, withdrawn, approved (Regulation 24) or extended (Regulation 25)
	 * @param on     the day it happened, as they said
	 */
	public record HistoryEntry(String at, String by, String action, String from, String to, LocalDate on, String reason) {
	}
}
