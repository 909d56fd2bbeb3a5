package org.kinmap.tracker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kinmap.tracker.Child.d;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.kinmap.tracker.Verdict.Status;

/**
 * Each rule on hand-built dates: the day before it bites (on time), the day it bites and the day after (alert), with
 * the sentence a manager reads.
 */
class TrackerRulesTests {

	private final TrackerSettings settings = TrackerSettings.defaults();
	private final WorkingDays calendar = WorkingDays.england();
	private final TrackerRules rules = new TrackerRules(settings, calendar);

	private Verdict judge(String rule, Child child, String today) {
		ChildFacts f = child.facts();
		ReviewSchedule schedule = ReviewSchedule.of(f.lookedAfterSince(), f.reviewsHeld(), calendar, settings);
		return rules.byCode(rule).orElseThrow().judge(f, schedule, d(today));
	}

	/** On time the day before {@code bites}, an alert on the day and the day after, each with that date. */
	private void bitesOn(String rule, Child child, String bites) {
		LocalDate day = d(bites);
		Verdict before = judge(rule, child, day.minusDays(1).toString());
		assertThat(before.status()).as(rule + " the day before: " + before.sentence()).isEqualTo(Status.ON_TIME);
		assertThat(before.bitesOn()).isEqualTo(day);
		assertThat(before.daysOverdue(day.minusDays(1))).isEqualTo(-1L);
		for (LocalDate on : new LocalDate[] { day, day.plusDays(1) }) {
			Verdict v = judge(rule, child, on.toString());
			assertThat(v.status()).as(rule + " on " + on + ": " + v.sentence()).isEqualTo(Status.ALERT);
			assertThat(v.bitesOn()).isEqualTo(day);
		}
		assertThat(judge(rule, child, bites).daysOverdue(day)).isZero();
	}

	@Test
	void everyRuleHasAUniqueCode() {
		assertThat(rules.all()).hasSize(12);
		assertThat(rules.all().stream().map(TrackerRule::code).distinct()).hasSize(12);
	}

	@Test
	void noPermanencePlanBitesTheDayAfterTheSecondReviewIsDue() {
		// Looked after Monday 5 January 2026: first review due 2 February (20 working days), held 30 January;
		// second due three months after it was held, 30 April 2026.
		Child child = new Child().since("2026-01-05").reviews("2026-01-30");
		bitesOn("no-permanence-plan-by-second-review", child, "2026-05-01");
		assertThat(judge("no-permanence-plan-by-second-review", child, "2026-05-01").sentence())
			.isEqualTo("No permanence plan has been agreed, and the second review was due on 30 April 2026: the plan and "
					+ "its contingency should be agreed by the second review.");
	}

	@Test
	void aPermanencePlanAgreedLateIsOnTimeNowAndSaysHowLate() {
		Child child = new Child().since("2026-01-05").reviews("2026-01-30", "2026-04-20").plan("adoption", "long_term_fostering", "2026-05-04");
		Verdict v = judge("no-permanence-plan-by-second-review", child, "2026-11-22");
		assertThat(v.status()).isEqualTo(Status.ON_TIME);
		assertThat(v.sentence()).isEqualTo("The permanence plan (adoption) was agreed on 4 May 2026, 14 days after the second review.");
	}

	@Test
	void aPlanWithoutADateIsNotAgreed() {
		Child child = new Child().since("2026-01-05").reviews("2026-01-30", "2026-04-20").plan("return_home", null, null);
		assertThat(judge("no-permanence-plan-by-second-review", child, "2026-04-21").alert()).isTrue();
	}

	@Test
	void carePlanOlderThanSixMonths() {
		Child child = new Child().carePlan("2026-02-28");
		// six months after 28 February 2026 is 28 August; out of date from 29 August
		bitesOn("care-plan-out-of-date", child, "2026-08-29");
		assertThat(judge("care-plan-out-of-date", child, "2026-08-29").sentence())
			.isEqualTo("The care plan was last agreed on 28 February 2026, more than 6 months ago: it went out of date after 28 August 2026.");
	}

	@Test
	void carePlanAgreedOnALeapDay() {
		// 29 February 2028 plus six months is 29 August 2028
		bitesOn("care-plan-out-of-date", new Child().since("2028-01-10").carePlan("2028-02-29"), "2028-08-30");
	}

	@Test
	void noCarePlanAtAllBitesAfterTenWorkingDays() {
		// Looked after Thursday 26 March 2026: ten working days skip Good Friday and Easter Monday: 13 April.
		bitesOn("care-plan-out-of-date", new Child().since("2026-03-26"), "2026-04-14");
	}

	@Test
	void firstReviewOverdueCountsWorkingDaysAcrossChristmas() {
		// Looked after Monday 14 December 2026: 20 working days skip 25 and 28 December and 1 January: 14 January 2027.
		Child child = new Child().since("2026-12-14");
		bitesOn("review-overdue", child, "2027-01-15");
		assertThat(judge("review-overdue", child, "2027-01-20").sentence())
			.isEqualTo("The first review was due on 14 January 2027 and has not been held (6 days overdue).");
	}

	@Test
	void laterReviewsAtMostSixMonthsApart() {
		Child child = new Child().since("2025-01-06").reviews("2025-01-31", "2025-04-25", "2025-10-24");
		bitesOn("review-overdue", child, "2026-04-25");
	}

	@Test
	void secondReviewWithinThreeMonthsOfTheFirst() {
		// first held 30 November 2025; second due 28 February 2026 (no 30th), third six months after the second is held
		bitesOn("review-overdue", new Child().since("2025-11-03").reviews("2025-11-30"), "2026-03-01");
	}

	@Test
	void noCarePlanningMeetingBeforeTheNextReview() {
		Child child = new Child().since("2025-01-06").reviews("2025-01-31", "2025-04-25");
		// the third review is due 25 October 2025: without a meeting since 25 April, the alert stands from that day
		bitesOn("no-care-planning-meeting", child, "2025-10-25");
		assertThat(judge("no-care-planning-meeting", child.meeting("care_planning", "2025-06-02"), "2025-11-01").status())
			.isEqualTo(Status.ON_TIME);
	}

	@Test
	void aPermanencePlanningMeetingIsNotACarePlanningMeeting() {
		Child child = new Child().since("2025-01-06").reviews("2025-01-31", "2025-04-25").meeting("permanence_planning", "2025-06-02");
		assertThat(judge("no-care-planning-meeting", child, "2025-10-25").alert()).isTrue();
	}

	@Test
	void noMeetingRuleBeforeAnyReview() {
		assertThat(judge("no-care-planning-meeting", new Child(), "2026-11-22").status()).isEqualTo(Status.NOT_APPLICABLE);
	}

	@Test
	void returnHomeAfterTheThirdReview() {
		Child child = new Child().since("2025-01-06").reviews("2025-01-31", "2025-04-25", "2025-10-20")
			.plan("return_home", "long_term_fostering", "2025-04-25");
		Verdict v = judge("return-home-after-third-review", child, "2025-10-21");
		assertThat(v.alert()).isTrue();
		assertThat(v.bitesOn()).isEqualTo(d("2025-10-21"));
		assertThat(v.sentence()).isEqualTo("The plan is still return home after the third review on 20 October 2025: move "
				+ "to the contingency plan (long-term fostering) unless a court directs otherwise.");
		Child beforeThird = new Child().since("2025-01-06").reviews("2025-01-31", "2025-04-25")
			.plan("return_home", "long_term_fostering", "2025-04-25");
		assertThat(judge("return-home-after-third-review", beforeThird, "2025-10-25").status()).isEqualTo(Status.ON_TIME);
		assertThat(judge("return-home-after-third-review", beforeThird, "2025-10-25").bitesOn()).isEqualTo(d("2025-10-26"));
		assertThat(judge("return-home-after-third-review", child.plan("adoption", null, "2025-04-25"), "2025-10-21").status())
			.isEqualTo(Status.NOT_APPLICABLE);
	}

	@Test
	void section20ForMoreThanTwoYears() {
		bitesOn("section-20-too-long", new Child().status("V2").since("2024-02-29"), "2026-03-01");
		assertThat(judge("section-20-too-long", new Child().status("C2").since("2020-01-06"), "2026-11-22").status())
			.isEqualTo(Status.NOT_APPLICABLE);
	}

	@Test
	void proceedingsBeyondTwentySixWeeks() {
		// issued Monday 9 March 2026: the 26-week date is Monday 7 September
		Child child = new Child().proceedings("2026-03-09", null);
		bitesOn("proceedings-beyond-26-weeks", child, "2026-09-08");
		assertThat(judge("proceedings-beyond-26-weeks", new Child().proceedings("2026-03-09", "2026-10-01"), "2026-11-22").status())
			.isEqualTo(Status.NOT_APPLICABLE);
	}

	@Test
	void notPresentedToThePermanencePanelWithinTheConfiguredDays() {
		Child child = new Child().since("2026-11-16");
		bitesOn("not-presented-to-permanence-panel", child, "2026-11-27");
		Child booked = new Child().since("2026-11-16").panel("permanence", "2026-12-03", "permanence_plan", null);
		assertThat(judge("not-presented-to-permanence-panel", booked, "2026-11-27").sentence()).endsWith("It is booked for 3 December 2026.");
		assertThat(judge("not-presented-to-permanence-panel", booked, "2026-12-03").status()).isEqualTo(Status.ON_TIME);
		TrackerSettings thirty = new TrackerSettings(20, 3, 6, 6, 10, 3, 24, 30, 6, 14, 0);
		ChildFacts f = child.facts();
		Verdict v = new TrackerRules(thirty, calendar).byCode("not-presented-to-permanence-panel").orElseThrow()
			.judge(f, ReviewSchedule.of(f.lookedAfterSince(), f.reviewsHeld(), calendar, thirty), d("2026-12-10"));
		assertThat(v.status()).as("an authority allowing 30 days").isEqualTo(Status.ON_TIME);
		assertThat(v.bitesOn()).isEqualTo(d("2026-12-17"));
	}

	@Test
	void noMatchAfterSixMonths() {
		Child child = new Child().plan("long_term_fostering", "connected_person_sgo", "2026-03-12");
		bitesOn("no-match", child, "2026-09-13");
		Child matched = new Child().plan("adoption", null, "2026-03-12").panel("adoption", "2026-10-08", "match", "agreed");
		assertThat(judge("no-match", matched, "2026-11-22").status()).isEqualTo(Status.ON_TIME);
		Child deferred = new Child().plan("adoption", null, "2026-03-12").panel("adoption", "2026-10-08", "match", "deferred");
		assertThat(judge("no-match", deferred, "2026-11-22").alert()).isTrue();
		assertThat(judge("no-match", new Child().plan("return_home", null, "2026-03-12"), "2026-11-22").status())
			.isEqualTo(Status.NOT_APPLICABLE);
	}

	@Test
	void reg24ApprovalEndingWithinFourteenDaysOrEnded() {
		Child child = new Child().approval("connected_person_reg24", "positive", "2026-08-20", "2026-12-10", "Joanna");
		bitesOn("reg24-ending", child, "2026-11-26");
		assertThat(judge("reg24-ending", child, "2026-11-26").sentence()).startsWith("The Regulation 24 approval of Joanna ends in 14 days, on 10 December 2026");
		assertThat(judge("reg24-ending", child, "2026-12-10").sentence()).contains("ends today");
		assertThat(judge("reg24-ending", child, "2026-12-11").sentence())
			.isEqualTo("The Regulation 24 approval of Joanna ended on 10 December 2026 with no full connected-person approval recorded.");
		child.approval("connected_person_full", "positive", "2026-12-01", null, "Joanna");
		assertThat(judge("reg24-ending", child, "2026-12-11").status()).isEqualTo(Status.NOT_APPLICABLE);
	}

	@Test
	void closeRelativesNeverContactedOnAConnectedPersonPlan() {
		Child child = new Child().plan("long_term_fostering", "connected_person_sgo", "2026-06-30").closeRelatives("Ann Test (aunt)");
		Verdict v = judge("close-relatives-never-contacted", child, "2026-11-22");
		assertThat(v.alert()).isTrue();
		assertThat(v.bitesOn()).isEqualTo(d("2026-06-30"));
		assertThat(v.sentence()).isEqualTo("The contingency plan looks to a connected person, and 1 close relative has never been contacted: Ann Test (aunt).");
		assertThat(judge("close-relatives-never-contacted", child.closeRelatives(), "2026-11-22").status()).isEqualTo(Status.ON_TIME);
		assertThat(judge("close-relatives-never-contacted", new Child().plan("adoption", "long_term_fostering", "2026-06-30")
			.closeRelatives("Ann Test (aunt)"), "2026-11-22").status()).isEqualTo(Status.NOT_APPLICABLE);
	}

	@Test
	void splitSiblingsWithoutAnAssessmentBeforeThePlan() {
		Child child = new Child().since("2026-01-05").reviews("2026-01-30").split(false);
		bitesOn("split-siblings-unassessed", child, "2026-05-01");
		Verdict agreed = judge("split-siblings-unassessed", child.plan("adoption", null, "2026-04-30"), "2026-05-01");
		assertThat(agreed.alert()).isTrue();
		assertThat(agreed.bitesOn()).isEqualTo(d("2026-04-30"));
		assertThat(agreed.sentence()).isEqualTo("Living apart from Sam Test (apart, not assessed), and the permanence plan "
				+ "was agreed on 30 April 2026 without a together-or-apart assessment.");
		assertThat(judge("split-siblings-unassessed", new Child().split(true), "2026-11-22").status()).isEqualTo(Status.ON_TIME);
		assertThat(judge("split-siblings-unassessed", new Child(), "2026-11-22").status()).isEqualTo(Status.NOT_APPLICABLE);
	}
}
