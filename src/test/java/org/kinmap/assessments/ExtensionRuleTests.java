package org.kinmap.assessments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kinmap.assessments.Assessments.day;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Regulation 25: once, by up to 8 weeks, decided while the approval lasts; and Regulation 24's 16 weeks. */
class ExtensionRuleTests {

	static final Assessment APPROVAL = Assessments.reg24("2026-10-01", "2027-01-21", false);

	@Test
	void aTemporaryApprovalLastsSixteenWeeks() {
		assertThat(Regulation24.endOf(LocalDate.of(2026, 10, 1))).isEqualTo(LocalDate.of(2027, 1, 21));
		assertThat(Regulation24.endOf(LocalDate.of(2026, 10, 1), null, false)).isEqualTo(LocalDate.of(2027, 1, 21));
		assertThat(Regulation24.endOf(LocalDate.of(2026, 10, 1), null, true)).as("extended, end not recorded: the longest")
			.isEqualTo(LocalDate.of(2027, 3, 18));
		assertThat(Regulation24.endOf(LocalDate.of(2026, 10, 1), LocalDate.of(2027, 2, 1), true)).isEqualTo(LocalDate.of(2027, 2, 1));
		assertThat(Assessments.reg24("2026-10-01", null, false).approvalEnd()).isEqualTo(LocalDate.of(2027, 1, 21));
	}

	@Test
	void onlyARegulation24ApprovalIsExtended() {
		assertThat(new ExtensionRule.ExtendsOnlyARegulation24Approval().check(APPROVAL, 4, day("2026-11-01")).allowed()).isTrue();
		Verdict v = new ExtensionRule.ExtendsOnlyARegulation24Approval()
			.check(Assessments.viability(AssessmentStatus.POSITIVE), 4, day("2026-11-01"));
		assertThat(v.allowed()).isFalse();
		assertThat(v.reason()).isEqualTo("Only a Regulation 24 temporary approval can be extended under Regulation 25; this "
				+ "is a viability assessment.");
	}

	@Test
	void onlyOnce() {
		var rule = new ExtensionRule.ExtendedOnlyOnce();
		assertThat(rule.check(APPROVAL, 4, day("2026-11-01")).allowed()).isTrue();
		Verdict again = rule.check(Assessments.reg24("2026-10-01", "2027-02-18", true), 2, day("2026-11-01"));
		assertThat(again.conflict()).isTrue();
		assertThat(again.reason()).startsWith("This temporary approval has already been extended under Regulation 25 (to "
				+ "2027-02-18); it can be extended only once.");
	}

	@Test
	void byOneToEightWeeks() {
		var rule = new ExtensionRule.AtMostEightWeeks();
		for (int weeks = 1; weeks <= 8; weeks++) {
			assertThat(rule.check(APPROVAL, weeks, day("2026-11-01")).allowed()).as(weeks + " weeks").isTrue();
		}
		for (int weeks : new int[] { 0, -1, 9, 52 }) {
			Verdict v = rule.check(APPROVAL, weeks, day("2026-11-01"));
			assertThat(v.allowed()).as(weeks + " weeks").isFalse();
			assertThat(v.pointer()).isEqualTo("/weeks");
			assertThat(v.conflict()).isFalse();
		}
	}

	@Test
	void decidedWhileTheApprovalLasts() {
		var rule = new ExtensionRule.DecidedWhileTheApprovalLasts();
		assertThat(rule.check(APPROVAL, 4, day("2026-10-01")).allowed()).isTrue();
		assertThat(rule.check(APPROVAL, 4, day("2027-01-21")).allowed()).as("its last day").isTrue();
		Verdict ended = rule.check(APPROVAL, 4, day("2027-01-22"));
		assertThat(ended.conflict()).isTrue();
		assertThat(ended.reason()).startsWith("The temporary approval ended on 2027-01-21; an approval that has ended cannot be extended.");
		Verdict before = rule.check(APPROVAL, 4, day("2026-09-30"));
		assertThat(before.conflict()).isFalse();
		assertThat(before.pointer()).isEqualTo("/decidedOn");
	}

	@Test
	void allTogetherTheFirstRefusalIsGiven() {
		assertThat(ExtensionRule.first(APPROVAL, 4, day("2026-11-20")).reason()).isEqualTo("The approval can be extended by 4 weeks.");
		assertThat(ExtensionRule.first(Assessments.reg24("2026-10-01", "2027-02-18", true), 9, day("2026-11-20")).reason())
			.contains("only once");
	}
}
