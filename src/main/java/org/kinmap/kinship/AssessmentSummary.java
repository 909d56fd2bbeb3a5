package org.kinmap.kinship;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.kinmap.assessments.AssessmentStatus;
import org.kinmap.assessments.AssessmentType;
import org.kinmap.system.Coded;

/** An assessment of a person for the child, as the relatives list shows it. */
record AssessmentSummary(String id, String type, String typeLabel, String status, String statusLabel, LocalDate requestedOn,
		LocalDate startedOn, LocalDate concludedOn, LocalDate expiresOn, String outcomeReason,
		@com.fasterxml.jackson.annotation.JsonIgnore List<String> subjects) {

	static AssessmentSummary of(String id, String type, String status, LocalDate requestedOn, LocalDate startedOn,
			LocalDate concludedOn, LocalDate expiresOn, String outcomeReason, List<String> subjects) {
		return new AssessmentSummary(id, type, Coded.parse(AssessmentType.class, type).map(Coded::label).orElse(type), status,
				Coded.parse(AssessmentStatus.class, status).map(Coded::label).orElse(status), requestedOn, startedOn,
				concludedOn, expiresOn, outcomeReason, subjects);
	}

	@SuppressWarnings("unchecked")
	static AssessmentSummary of(Map<String, Object> a) {
		return of((String) a.get("id"), (String) a.get("type"), (String) a.get("status"), (LocalDate) a.get("requestedOn"),
				(LocalDate) a.get("startedOn"), (LocalDate) a.get("concludedOn"), (LocalDate) a.get("expiresOn"),
				(String) a.get("outcomeReason"), (List<String>) a.get("subjects"));
	}

	boolean is(AssessmentType t) {
		return t.code().equals(type);
	}

	boolean is(AssessmentStatus s) {
		return s.code().equals(status);
	}
}
