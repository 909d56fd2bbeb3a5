package org.kinmap.assessments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kinmap.assessments.AssessmentStatus.IN_PROGRESS;
import static org.kinmap.assessments.AssessmentStatus.NEGATIVE;
import static org.kinmap.assessments.AssessmentStatus.POSITIVE;
import static org.kinmap.assessments.AssessmentStatus.REQUESTED;
import static org.kinmap.assessments.AssessmentStatus.WITHDRAWN;
import static org.kinmap.assessments.Assessments.day;
import static org.kinmap.assessments.Assessments.viability;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Each rule of the workflow on its own, then all of them together over every status and step. */
class TransitionRuleTests {

	static Step step(AssessmentStatus to, String on, String reason) {
		return new Step(to, day(on), reason);
	}

	@Test
	void aConcludedOrWithdrawnAssessmentIsNotStartedAgain() {
		var rule = new TransitionRule.StartsOnlyWhenRequested();
		assertThat(rule.check(viability(REQUESTED), step(IN_PROGRESS, "2026-10-02", null)).allowed()).isTrue();
		Verdict concluded = rule.check(viability(POSITIVE), step(IN_PROGRESS, "2026-11-01", null));
		assertThat(concluded.allowed()).isFalse();
		assertThat(concluded.conflict()).isTrue();
		assertThat(concluded.pointer()).isEqualTo("/status");
		assertThat(concluded.reason()).isEqualTo("A viability assessment that has concluded cannot be started again; request a new one.");
		assertThat(rule.check(viability(WITHDRAWN), step(IN_PROGRESS, "2026-11-01", null)).reason())
			.isEqualTo("A viability assessment that has been withdrawn cannot be started again; request a new one.");
		assertThat(rule.check(viability(IN_PROGRESS), step(IN_PROGRESS, "2026-11-01", null)).reason())
			.isEqualTo("The viability assessment is already in progress (started on 2026-10-05).");
		assertThat(rule.check(viability(POSITIVE), step(WITHDRAWN, "2026-11-01", "x")).allowed()).as("not its step").isTrue();
	}

	@Test
	void onlyAnAssessmentInProgressConcludes() {
		var rule = new TransitionRule.ConcludesOnlyWhenInProgress();
		assertThat(rule.check(viability(IN_PROGRESS), step(POSITIVE, "2026-10-30", null)).allowed()).isTrue();
		assertThat(rule.check(viability(IN_PROGRESS), step(NEGATIVE, "2026-10-30", "x")).allowed()).isTrue();
		assertThat(rule.check(viability(REQUESTED), step(POSITIVE, "2026-10-30", null)).reason())
			.isEqualTo("A viability assessment must be started before it can conclude: record the day it started first.");
		assertThat(rule.check(viability(NEGATIVE), step(POSITIVE, "2026-11-01", null)).reason())
			.startsWith("The viability assessment has already concluded negative on 2026-10-30; its outcome cannot be changed.");
	}

	@Test
	void onlyAnOpenAssessmentIsWithdrawn() {
		var rule = new TransitionRule.WithdrawnOnlyWhileOpen();
		assertThat(rule.check(viability(REQUESTED), step(WITHDRAWN, "2026-10-02", "x")).allowed()).isTrue();
		assertThat(rule.check(viability(IN_PROGRESS), step(WITHDRAWN, "2026-10-06", "x")).allowed()).isTrue();
		assertThat(rule.check(viability(WITHDRAWN), step(WITHDRAWN, "2026-11-01", "x")).reason())
			.startsWith("The viability assessment has already been withdrawn");
		assertThat(rule.check(viability(POSITIVE), step(WITHDRAWN, "2026-11-01", "x")).allowed()).isFalse();
	}

	@Test
	void nothingGoesBackToRequested() {
		Verdict v = new TransitionRule.RequestedOnlyOnce().check(viability(IN_PROGRESS), step(REQUESTED, "2026-10-06", null));
		assertThat(v.allowed()).isFalse();
		assertThat(v.reason()).contains("requested once");
	}

	@Test
	void aRegulation24ApprovalAndATogetherOrApartAssessmentDoNotMoveThroughTheWorkflow() {
		var rule = new TransitionRule.MovesOnlyThroughTheWorkflow();
		assertThat(rule.check(Assessments.reg24("2026-10-01", null, false), step(NEGATIVE, "2026-10-02", "x")).reason())
			.startsWith("A Regulation 24 temporary approval is recorded as given");
		assertThat(rule.check(Assessments.of(AssessmentType.TOGETHER_OR_APART, REQUESTED, "2026-10-01", null, null),
				step(IN_PROGRESS, "2026-10-02", null)).allowed()).isFalse();
		for (AssessmentType t : List.of(AssessmentType.VIABILITY, AssessmentType.CONNECTED_PERSON_FULL,
				AssessmentType.SPECIAL_GUARDIANSHIP)) {
			assertThat(rule.check(Assessments.of(t, REQUESTED, "2026-10-01", null, null), step(IN_PROGRESS, "2026-10-02", null))
				.allowed()).as(t.code()).isTrue();
		}
	}

	@Test
	void aStepIsNotDatedBeforeTheAssessmentsLastStep() {
		var rule = new TransitionRule.NotBeforeItsLastStep();
		assertThat(rule.check(viability(REQUESTED), step(IN_PROGRESS, "2026-10-01", null)).allowed()).as("the same day").isTrue();
		Verdict early = rule.check(viability(REQUESTED), step(IN_PROGRESS, "2026-09-30", null));
		assertThat(early.allowed()).isFalse();
		assertThat(early.conflict()).isFalse();
		assertThat(early.pointer()).isEqualTo("/on");
		assertThat(early.reason()).isEqualTo("The viability assessment was requested on 2026-10-01; it cannot be started on "
				+ "2026-09-30, before that.");
		assertThat(rule.check(viability(IN_PROGRESS), step(POSITIVE, "2026-10-04", null)).reason())
			.contains("was started on 2026-10-05");
	}

	@Test
	void aNegativeOutcomeAndAWithdrawalGiveReasons() {
		var rule = new TransitionRule.ReasonsForANegativeOutcomeOrWithdrawal();
		assertThat(rule.check(viability(IN_PROGRESS), step(POSITIVE, "2026-10-30", null)).allowed()).isTrue();
		assertThat(rule.check(viability(IN_PROGRESS), step(NEGATIVE, "2026-10-30", " ")).pointer()).isEqualTo("/reason");
		assertThat(rule.check(viability(IN_PROGRESS), step(WITHDRAWN, "2026-10-30", null)).allowed()).isFalse();
		assertThat(rule.check(viability(IN_PROGRESS), step(NEGATIVE, "2026-10-30", "Works nights")).allowed()).isTrue();
	}

	@Test
	void theStateRulesTogetherAllowExactlyTheWorkflowsArrows() {
		List<AssessmentStatus> all = List.of(AssessmentStatus.values());
		for (AssessmentStatus from : all) {
			for (AssessmentStatus to : all) {
				boolean expected = (from == REQUESTED && (to == IN_PROGRESS || to == WITHDRAWN))
						|| (from == IN_PROGRESS && (to == POSITIVE || to == NEGATIVE || to == WITHDRAWN));
				Verdict v = TransitionRule.first(TransitionRule.STATE, viability(from), step(to, "2026-11-01", "reason"));
				assertThat(v.allowed()).as(from + " -> " + to + ": " + v.reason()).isEqualTo(expected);
				assertThat(v.reason()).isNotBlank();
			}
		}
	}
}
