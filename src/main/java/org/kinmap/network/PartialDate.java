package org.kinmap.network;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A date known to the year, the month or the day: {@code 1950}, {@code 1950-03}, {@code 1950-03-14}.
 * Family records often know no more than a year of birth.
 *
 * @param text     the date as written
 * @param earliest the first day it can mean
 * @param latest   the last day it can mean
 */
public record PartialDate(String text, LocalDate earliest, LocalDate latest) {

	private static final Pattern YEAR = Pattern.compile("\\d{4}");
	private static final Pattern YEAR_MONTH = Pattern.compile("\\d{4}-\\d{2}");
	private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	/** Reads {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}; empty if the text is none of these. */
	public static Optional<PartialDate> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String t = text.trim();
		try {
			if (YEAR.matcher(t).matches()) {
				int year = Integer.parseInt(t);
				return Optional.of(new PartialDate(t, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
			}
			if (YEAR_MONTH.matcher(t).matches()) {
				YearMonth ym = YearMonth.parse(t);
				return Optional.of(new PartialDate(t, ym.atDay(1), ym.atEndOfMonth()));
			}
			if (DAY.matcher(t).matches()) {
				LocalDate d = LocalDate.parse(t);
				return Optional.of(new PartialDate(t, d, d));
			}
		}
		catch (java.time.DateTimeException ex) {
			return Optional.empty();
		}
		return Optional.empty();
	}

	/** The middle of the span, used where one day must stand for the date (ages, sorting). */
	public LocalDate estimate() {
		return earliest.plusDays((latest.toEpochDay() - earliest.toEpochDay()) / 2);
	}

	/** Age in whole years on {@code day}, from the estimate. */
	public int ageOn(LocalDate day) {
		return java.time.Period.between(estimate(), day).getYears();
	}
}
