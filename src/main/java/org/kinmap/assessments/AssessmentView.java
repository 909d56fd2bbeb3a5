package org.kinmap.assessments;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.kinmap.network.PersonRef;
import org.kinmap.system.Coded;

/** An assessment as the API shows it, with the words for its codes. */
public record AssessmentView(String id, String type, String typeLabel, String status, String statusLabel,
		List<PersonRef> subjects, List<PersonRef> children, LocalDate requestedOn, LocalDate startedOn,
		LocalDate concludedOn, LocalDate expiresOn, boolean extended, String outcomeReason, String assessor,
		String recommendation, String notes) {

	/** From a projection {@code a {.*, subjects: [...], children: [...]}}. */
	@SuppressWarnings("unchecked")
	public static AssessmentView of(Map<String, Object> a) {
		String type = (String) a.get("type");
		String status = (String) a.get("status");
		return new AssessmentView((String) a.get("id"), type,
				Coded.label(AssessmentType.class, type), status,
				Coded.label(AssessmentStatus.class, status),
				((List<Map<String, Object>>) a.get("subjects")).stream().map(PersonRef::of).toList(),
				((List<Map<String, Object>>) a.get("children")).stream().map(PersonRef::of).toList(),
				(LocalDate) a.get("requestedOn"), (LocalDate) a.get("startedOn"), (LocalDate) a.get("concludedOn"),
				(LocalDate) a.get("expiresOn"), Boolean.TRUE.equals(a.get("extended")), (String) a.get("outcomeReason"),
				(String) a.get("assessor"), (String) a.get("recommendation"), (String) a.get("notes"));
	}
}
