package org.kinmap.tracker;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * What one rule says about one child: whether it raises an alert, the sentence a manager reads, and the date it bites
 * (the first day the alert stands; for a rule on time, the day it will stand unless something is done). A rule that
 * does not apply to the child says so with no date.
 */
public record Verdict(String rule, String title, Status status, String sentence, LocalDate bitesOn) {

	public enum Status {
		ALERT, ON_TIME, NOT_APPLICABLE
	}

	public boolean alert() {
		return status == Status.ALERT;
	}

	/** Days since the rule bit: 0 on the day it bites; negative while on time; null with no date. */
	public Long daysOverdue(LocalDate today) {
		return bitesOn == null ? null : ChronoUnit.DAYS.between(bitesOn, today);
	}
}
