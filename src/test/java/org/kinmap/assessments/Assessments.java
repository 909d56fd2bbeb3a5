package org.kinmap.assessments;

import java.time.LocalDate;
import java.util.List;

import org.kinmap.network.PersonRef;

/** Hand-built assessments for the rules' unit tests: Joanne Pryor assessed for Mia. */
final class Assessments {

	static final String JOANNE = "t-joanne";
	static final String MIA = "t-mia";

	private Assessments() {
	}

	static LocalDate day(String iso) {
		return iso == null ? null : LocalDate.parse(iso);
	}

	static Assessment of(AssessmentType type, AssessmentStatus status, String requested, String started, String concluded) {
		return new Assessment("t-" + type.code() + "-" + status.code(), type, status, day(requested), day(started),
				day(concluded), null, false, List.of(new PersonRef(JOANNE, "Joanne Pryor")), List.of(MIA), null);
	}

	static Assessment viability(AssessmentStatus status) {
		return switch (status) {
			case REQUESTED -> of(AssessmentType.VIABILITY, status, "2026-10-01", null, null);
			case IN_PROGRESS -> of(AssessmentType.VIABILITY, status, "2026-10-01", "2026-10-05", null);
			default -> of(AssessmentType.VIABILITY, status, "2026-10-01", "2026-10-05", "2026-10-30");
		};
	}

	static Assessment reg24(String start, String end, boolean extended) {
		return new Assessment("t-reg24", AssessmentType.CONNECTED_PERSON_REG24, AssessmentStatus.POSITIVE, day(start),
				day(start), day(start), day(end), extended, List.of(new PersonRef(JOANNE, "Joanne Pryor")), List.of(MIA), null);
	}
}
