package org.kinmap.tracker;

import java.time.LocalDate;

/**
 * One rule of the permanence tracker: a named object that judges one child on a day and answers with a
 * {@link Verdict} (the sentence a manager reads and the date it bites). The rules are in {@link TrackerRules}.
 */
public interface TrackerRule {

	/** The rule's code in the API, the CSV and the filters: {@code review-overdue}. */
	String code();

	/** The rule in a few words, for the filter and the figures. */
	String title();

	Verdict judge(ChildFacts child, ReviewSchedule reviews, LocalDate today);

	default Verdict alert(String sentence, LocalDate bitesOn) {
		return new Verdict(code(), title(), Verdict.Status.ALERT, sentence, bitesOn);
	}

	default Verdict onTime(String sentence, LocalDate bitesOn) {
		return new Verdict(code(), title(), Verdict.Status.ON_TIME, sentence, bitesOn);
	}

	default Verdict notApplicable(String sentence) {
		return new Verdict(code(), title(), Verdict.Status.NOT_APPLICABLE, sentence, null);
	}

	/** Alert from {@code bitesOn} on, on time before it. */
	default Verdict byDate(LocalDate today, LocalDate bitesOn, String alertSentence, String onTimeSentence) {
		return today.isBefore(bitesOn) ? onTime(onTimeSentence, bitesOn) : alert(alertSentence, bitesOn);
	}
}
