package org.kinmap.familyfinding;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * The child's network is due to be searched again when no search is recorded, when the last search was longer ago
 * than {@code kinmap.family-finding.re-search-after} (6 months), or when a plan decision is near: the child's next
 * review within {@code kinmap.family-finding.plan-decision-within} (28 days). Returns the reason in words, or nothing.
 * A search is a recorded records search, genogram session or family group conference, or a relative found through one
 * of these on a recorded day.
 */
final class ReSearchDueRule {

	private final Period after;
	private final Period within;

	ReSearchDueRule(Period after, Period within) {
		this.after = after;
		this.within = within;
	}

	Optional<String> judge(LocalDate lastSearched, LocalDate nextReviewDue, LocalDate today) {
		if (nextReviewDue != null && !nextReviewDue.isBefore(today) && !nextReviewDue.isAfter(today.plus(within))) {
			return Optional.of("The child's next review is due on " + nextReviewDue + ": search the network again before "
					+ "the plan is decided" + (lastSearched == null ? "; no search is recorded." : " (last searched " + lastSearched + ")."));
		}
		if (lastSearched == null) {
			return Optional.of("No search of the network is recorded.");
		}
		if (lastSearched.plus(after).isBefore(today)) {
			return Optional.of("Last searched on " + lastSearched + ", more than " + words(after) + " ago.");
		}
		return Optional.empty();
	}

	static String words(Period p) {
		if (p.getYears() == 0 && p.getDays() == 0) {
			return p.getMonths() + (p.getMonths() == 1 ? " month" : " months");
		}
		if (p.getYears() == 0 && p.getMonths() == 0) {
			return p.getDays() + (p.getDays() == 1 ? " day" : " days");
		}
		return p.toString();
	}
}
