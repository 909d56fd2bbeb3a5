package org.kinmap.assessments;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.kinmap.network.PersonRef;
import org.kinmap.system.Coded;

/**
 * An assessment as the workflow's rules see it: where it stands, its dates, whom it assesses and for which children.
 * {@code type} and {@code status} are null when the stored code is not one kinmap knows (data written around kinmap).
 */
record Assessment(String id, AssessmentType type, AssessmentStatus status, LocalDate requestedOn, LocalDate startedOn,
		LocalDate concludedOn, LocalDate expiresOn, boolean extended, List<PersonRef> subjects, List<String> children,
		String follows) {

	/** Requested or in progress. */
	boolean open() {
		return status == AssessmentStatus.REQUESTED || status == AssessmentStatus.IN_PROGRESS;
	}

	boolean is(AssessmentType t, AssessmentStatus s) {
		return type == t && status == s;
	}

	boolean assesses(String personId) {
		return subjects.stream().anyMatch(s -> s.personId().equals(personId));
	}

	/** What it is, in words: "viability assessment". */
	String what() {
		return type == null ? "assessment" : type.label();
	}

	/** The first day of a Regulation 24 approval: the day it was given. */
	LocalDate approvedOn() {
		return concludedOn != null ? concludedOn : startedOn != null ? startedOn : requestedOn;
	}

	/** The last day of a Regulation 24 approval, as recorded or computed. */
	LocalDate approvalEnd() {
		return Regulation24.endOf(approvedOn(), expiresOn, extended);
	}

	/** The last date it records: a later step may not be dated before it. */
	LocalDate lastDate() {
		return concludedOn != null ? concludedOn : startedOn != null ? startedOn : requestedOn;
	}

	/** From a projection {@code a {.*, subjects: [{id, givenName, familyName}], children: [ids], follows}}. */
	@SuppressWarnings("unchecked")
	static Assessment of(Map<String, Object> a) {
		return new Assessment((String) a.get("id"), Coded.parse(AssessmentType.class, (String) a.get("type")).orElse(null),
				Coded.parse(AssessmentStatus.class, (String) a.get("status")).orElse(null), (LocalDate) a.get("requestedOn"),
				(LocalDate) a.get("startedOn"), (LocalDate) a.get("concludedOn"), (LocalDate) a.get("expiresOn"),
				Boolean.TRUE.equals(a.get("extended")),
				((List<Map<String, Object>>) a.get("subjects")).stream().map(PersonRef::of).toList(),
				List.copyOf((List<String>) a.get("children")), (String) a.get("follows"));
	}
}
