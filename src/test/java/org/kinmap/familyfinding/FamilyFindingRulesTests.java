package org.kinmap.familyfinding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.kinmap.network.ContactWithholding.Withheld;

/** The family-finding log's rules, each on its own, with the words a social worker reads. */
class FamilyFindingRulesTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

	static Attempt attempt(String on, String nextStep, String nextStepOn) {
		return new Attempt("ca-1", "p-gran", "Lorraine Ashworth", LocalDate.parse(on), "phone", "no_answer", null, nextStep,
				nextStepOn == null ? null : LocalDate.parse(nextStepOn), "amy.social", "2026-11-22T10:00:00Z");
	}

	static RelativeRule.Facts facts(Attempt... latestFirst) {
		return new RelativeRule.Facts(List.of(latestFirst), TODAY);
	}

	@Test
	void neverContactedMarksOnlyARelativeWithNoAttempt() {
		assertThat(new NeverContactedRule().judge(facts())).contains(new Mark("never_contacted", "Never contacted."));
		assertThat(new NeverContactedRule().judge(facts(attempt("2026-01-01", null, null)))).isEmpty();
	}

	@Test
	void notContactedRecentlyMarksFrom28DaysOn() {
		NotContactedRecentlyRule rule = new NotContactedRecentlyRule(Period.ofDays(28));
		assertThat(rule.judge(facts(attempt("2026-10-26", null, null)))).as("27 days ago").isEmpty();
		assertThat(rule.judge(facts(attempt("2026-10-25", null, null))))
			.contains(new Mark("not_contacted_recently", "Not contacted for 28 days (last on 2026-10-25)."));
		assertThat(rule.judge(facts(attempt("2026-11-20", null, null), attempt("2026-01-01", null, null))))
			.as("only the latest attempt counts").isEmpty();
		assertThat(rule.judge(facts())).as("never contacted is another rule's mark").isEmpty();
	}

	@Test
	void theContactPeriodIsConfiguration() {
		assertThat(new NotContactedRecentlyRule(Period.ofDays(7)).judge(facts(attempt("2026-11-15", null, null))))
			.map(Mark::words).contains("Not contacted for 7 days (last on 2026-11-15).");
		assertThatThrownBy(() -> new NotContactedRecentlyRule(Period.ZERO)).hasMessageContaining("not-contacted-after");
	}

	@Test
	void aNextStepIsOverdueTheDayAfterItsDate() {
		NextStepOverdueRule rule = new NextStepOverdueRule();
		assertThat(rule.judge(facts(attempt("2026-11-01", "Home visit", "2026-11-22")))).as("due today").isEmpty();
		assertThat(rule.judge(facts(attempt("2026-11-01", "Home visit", "2026-11-21"))))
			.contains(new Mark("next_step_overdue", "Next step overdue since 2026-11-21: Home visit."));
		assertThat(rule.judge(facts(attempt("2026-11-01", null, null)))).isEmpty();
	}

	@Test
	void aSearchIsDueWhenNoneIsRecordedOrTheLastIsOverSixMonthsOldOrAReviewIsNear() {
		ReSearchDueRule rule = new ReSearchDueRule(Period.ofMonths(6), Period.ofDays(28));
		assertThat(rule.judge(null, null, TODAY)).contains("No search of the network is recorded.");
		assertThat(rule.judge(LocalDate.of(2026, 5, 22), null, TODAY)).as("six months exactly").isEmpty();
		assertThat(rule.judge(LocalDate.of(2026, 5, 21), null, TODAY))
			.contains("Last searched on 2026-05-21, more than 6 months ago.");
		assertThat(rule.judge(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 17), TODAY)).contains(
				"The child's next review is due on 2026-12-17: search the network again before the plan is decided "
						+ "(last searched 2026-11-01).");
		assertThat(rule.judge(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 21), TODAY)).as("29 days away").isEmpty();
		assertThat(rule.judge(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 1), TODAY)).as("a past review").isEmpty();
	}

	@Test
	void doNotContactShowsTheDetailsOnlyToManagersAndTheChildsSocialWorkers() {
		List<DoNotContactWithholding.Flag> flags = List.of(new DoNotContactWithholding.Flag("ff-child",
				"Domestic abuse risk to the mother", false));
		assertThat(DoNotContactWithholding.decide(List.of(), false, false)).isEmpty();
		assertThat(DoNotContactWithholding.decide(flags, true, false))
			.contains(new Withheld(false, "Do not contact: Domestic abuse risk to the mother."));
		assertThat(DoNotContactWithholding.decide(flags, false, true)).as("another child's social worker")
			.contains(new Withheld(true, "withheld: do not contact"));
		assertThat(DoNotContactWithholding.decide(List.of(new DoNotContactWithholding.Flag("ff-child", "Risk", true)),
				false, true)).contains(new Withheld(false, "Do not contact: Risk."));
		assertThat(DoNotContactWithholding.decide(List.of(new DoNotContactWithholding.Flag("ff-child", "Risk", true)),
				false, false)).as("an IRO allocated to the child").contains(new Withheld(true, "withheld: do not contact"));
	}

	@Test
	void theValidatorNamesEveryProblemOfAContactAttempt() {
		List<FindingProblem> problems = FindingValidator.contact(new ContactRequest("2026-11-23", "fax", null, null,
				null, "2026-11-01"), TODAY);
		assertThat(problems).extracting(FindingProblem::pointer).containsExactly("/on", "/mode", "/outcome", "/nextStep",
				"/nextStepOn");
		assertThat(FindingValidator.contact(new ContactRequest("2026-11-22", "PHONE", "reached", "Spoke to her",
				"Visit", "2026-11-22"), TODAY)).as("codes in any case; a next step the same day").isEmpty();
	}

	@Test
	void theValidatorWantsAReasonForDoNotContact() {
		assertThat(FindingValidator.log(new LogRequest(null, null, null, null, null, true, ""), TODAY))
			.extracting(FindingProblem::pointer).containsExactly("/doNotContactReason");
		assertThat(FindingValidator.log(new LogRequest("genogram_session", "Family centre", "2026-07-01",
				"Wants to stay in touch", "2026-07-01", true, "Risk to the mother"), TODAY)).isEmpty();
		assertThat(FindingValidator.search(new SearchRequest("family_group_conference", "2026-11-22", null), TODAY)).isEmpty();
		assertThat(FindingValidator.search(new SearchRequest(null, null, "x".repeat(4001)), TODAY))
			.extracting(FindingProblem::pointer).containsExactly("/kind", "/on", "/note");
	}

	@Test
	void controlCharactersAndHalfCharactersAreRefused() {
		assertThat(FindingValidator.contact(new ContactRequest("2026-11-01", "phone", "reached", "line\u0000break",
				"Call\uD800", "2026-11-02"), TODAY)).extracting(FindingProblem::pointer).containsExactly("/note", "/nextStep");
		assertThat(FindingValidator.contact(new ContactRequest("2026-11-01", "phone", "reached", "two\nlines\tand 😀",
				null, null), TODAY)).isEmpty();
	}

	@Test
	void aLongValueIsQuotedBackShortened() {
		Optional<FindingProblem> p = FindingValidator.contact(new ContactRequest("2026-11-01", "y".repeat(100_000),
				"reached", null, null, null), TODAY).stream().findFirst();
		assertThat(p).get().extracting(FindingProblem::message).asString().hasSizeLessThan(200);
	}
}
