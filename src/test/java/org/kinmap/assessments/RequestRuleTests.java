package org.kinmap.assessments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kinmap.assessments.Assessments.JOANNE;
import static org.kinmap.assessments.Assessments.MIA;
import static org.kinmap.assessments.Assessments.day;
import static org.kinmap.assessments.Assessments.viability;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The rules for requesting an assessment and recording a Regulation 24 approval, one by one. */
class RequestRuleTests {

	@Test
	void aChildIsNotTheirOwnCarer() {
		var rule = new RequestRule.NotTheChildThemself();
		assertThat(rule.check(AssessmentType.VIABILITY, MIA, MIA, day("2026-10-01"), List.of()).pointer()).isEqualTo("/relative");
		assertThat(rule.check(AssessmentType.VIABILITY, JOANNE, MIA, day("2026-10-01"), List.of()).allowed()).isTrue();
	}

	@Test
	void oneOpenAssessmentOfAKindPerRelativeAndChild() {
		var rule = new RequestRule.OneOpenAssessmentPerRelativeAndChild();
		Verdict open = rule.check(AssessmentType.VIABILITY, JOANNE, MIA, day("2026-11-01"),
				List.of(viability(AssessmentStatus.IN_PROGRESS)));
		assertThat(open.allowed()).isFalse();
		assertThat(open.conflict()).isTrue();
		assertThat(open.reason()).isEqualTo("There is already an open viability assessment of this person for this child "
				+ "(in progress since 2026-10-05); move that one on, or withdraw it, before requesting another.");
		for (AssessmentStatus closed : List.of(AssessmentStatus.POSITIVE, AssessmentStatus.NEGATIVE, AssessmentStatus.WITHDRAWN)) {
			assertThat(rule.check(AssessmentType.VIABILITY, JOANNE, MIA, day("2026-11-01"), List.of(viability(closed))).allowed())
				.as(closed.code()).isTrue();
		}
		assertThat(rule.check(AssessmentType.VIABILITY, "t-someone-else", MIA, day("2026-11-01"),
				List.of(viability(AssessmentStatus.REQUESTED))).allowed()).as("another relative").isTrue();
		assertThat(rule.check(AssessmentType.SPECIAL_GUARDIANSHIP, JOANNE, MIA, day("2026-11-01"),
				List.of(viability(AssessmentStatus.REQUESTED))).allowed()).as("another kind").isTrue();
	}

	@Test
	void aFullOrSpecialGuardianshipAssessmentOrARegulation24ApprovalFollowsAPositiveViability() {
		var rule = new RequestRule.FollowsAPositiveViability();
		assertThat(rule.check(AssessmentType.VIABILITY, JOANNE, MIA, day("2026-11-01"), List.of()).allowed()).isTrue();
		for (AssessmentType t : List.of(AssessmentType.CONNECTED_PERSON_FULL, AssessmentType.SPECIAL_GUARDIANSHIP,
				AssessmentType.CONNECTED_PERSON_REG24)) {
			assertThat(rule.check(t, JOANNE, MIA, day("2026-11-01"), List.of()).reason()).as(t.code())
				.endsWith("can only follow a positive viability assessment of the same person for this child; there is none "
						+ "yet. Request a viability assessment first.");
			for (AssessmentStatus s : List.of(AssessmentStatus.REQUESTED, AssessmentStatus.IN_PROGRESS,
					AssessmentStatus.NEGATIVE, AssessmentStatus.WITHDRAWN)) {
				assertThat(rule.check(t, JOANNE, MIA, day("2026-11-01"), List.of(viability(s))).allowed()).as(s.code()).isFalse();
			}
			Verdict after = rule.check(t, JOANNE, MIA, day("2026-11-01"), List.of(viability(AssessmentStatus.POSITIVE)));
			assertThat(after.allowed()).isTrue();
			assertThat(after.reason()).isEqualTo("Follows the positive viability assessment concluded on 2026-10-30.");
			assertThat(rule.check(t, JOANNE, MIA, day("2026-10-29"), List.of(viability(AssessmentStatus.POSITIVE))).reason())
				.as("requested before the viability concluded").contains("concluded on or before 2026-10-29");
			assertThat(rule.check(t, "t-someone-else", MIA, day("2026-11-01"), List.of(viability(AssessmentStatus.POSITIVE)))
				.allowed()).as("another person's viability").isFalse();
		}
	}

	@Test
	void oneRegulation24ApprovalAtATime() {
		var rule = new RequestRule.OneRegulation24ApprovalAtATime();
		Assessment current = Assessments.reg24("2026-10-01", "2027-01-21", false);
		assertThat(rule.check(AssessmentType.CONNECTED_PERSON_REG24, JOANNE, MIA, day("2027-01-21"), List.of(current)).reason())
			.isEqualTo("This person already has a Regulation 24 temporary approval for this child from 2026-10-01 to "
					+ "2027-01-21; extend it under Regulation 25 rather than record a second one.");
		assertThat(rule.check(AssessmentType.CONNECTED_PERSON_REG24, JOANNE, MIA, day("2027-01-22"), List.of(current))
			.allowed()).as("after it ended").isTrue();
		assertThat(rule.check(AssessmentType.CONNECTED_PERSON_REG24, JOANNE, MIA, day("2026-12-01"),
				List.of(Assessments.reg24("2026-10-01", null, false))).allowed()).as("an end computed: 16 weeks").isFalse();
	}
}
