package org.kinmap.tracker;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * England's working days: Monday to Friday, except the bank holidays of England and Wales. The holidays of 2020 to
 * 2030 are data, read from {@code calendar/bank-holidays-england-and-wales.txt} (its header names the source: GOV.UK,
 * with the one-off holidays); any other year falls back to the standing rules of the Banking and Financial Dealings
 * Act 1971 and the annual proclamations ({@link #standingRules(int)}).
 */
public final class WorkingDays {

	static final String RESOURCE = "/calendar/bank-holidays-england-and-wales.txt";

	private final Set<LocalDate> listed;
	private final int firstYear;
	private final int lastYear;

	WorkingDays(Set<LocalDate> listed) {
		this.listed = Collections.unmodifiableSet(new TreeSet<>(listed));
		this.firstYear = listed.stream().mapToInt(LocalDate::getYear).min().orElse(Integer.MAX_VALUE);
		this.lastYear = listed.stream().mapToInt(LocalDate::getYear).max().orElse(Integer.MIN_VALUE);
	}

	/** The calendar of the bank holidays listed in the resource file. */
	public static WorkingDays england() {
		return new WorkingDays(read(RESOURCE));
	}

	static Set<LocalDate> read(String resource) {
		Set<LocalDate> days = new TreeSet<>();
		try (InputStream in = WorkingDays.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("The bank holiday list " + resource + " is missing from the classpath");
			}
			BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				String t = line.strip();
				if (!t.isEmpty() && !t.startsWith("#")) {
					days.add(LocalDate.parse(t));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return days;
	}

	/** The years the list covers; others follow {@link #standingRules}. */
	public int firstListedYear() {
		return firstYear;
	}

	public int lastListedYear() {
		return lastYear;
	}

	public boolean isBankHoliday(LocalDate day) {
		int year = day.getYear();
		return year >= firstYear && year <= lastYear ? listed.contains(day) : standingRules(year).contains(day);
	}

	public boolean isWorkingDay(LocalDate day) {
		DayOfWeek d = day.getDayOfWeek();
		return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY && !isBankHoliday(day);
	}

	/** The {@code n}th working day after {@code day} (the day itself is day 0); {@code n} at least 0. */
	public LocalDate plusWorkingDays(LocalDate day, int n) {
		if (n < 0) {
			throw new IllegalArgumentException("working days to add must be 0 or more, not " + n);
		}
		LocalDate d = day;
		for (int left = n; left > 0;) {
			d = d.plusDays(1);
			if (isWorkingDay(d)) {
				left--;
			}
		}
		return d;
	}

	/**
	 * The bank holidays of England and Wales in a year by the standing rules: New Year's Day, Good Friday, Easter
	 * Monday, the first and the last Monday of May, the last Monday of August, Christmas Day and Boxing Day, a holiday
	 * at a weekend moved to the next weekday not already a holiday. One-off holidays (jubilees, coronations, funerals)
	 * and moved dates are not in it: the listed years carry them.
	 */
	static Set<LocalDate> standingRules(int year) {
		Set<LocalDate> days = new TreeSet<>();
		days.add(substitute(LocalDate.of(year, Month.JANUARY, 1), days));
		LocalDate easter = easterSunday(year);
		days.add(easter.minusDays(2));
		days.add(easter.plusDays(1));
		days.add(LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)));
		days.add(LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
		days.add(LocalDate.of(year, Month.AUGUST, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
		days.add(substitute(LocalDate.of(year, Month.DECEMBER, 25), days));
		days.add(substitute(LocalDate.of(year, Month.DECEMBER, 26), days));
		return days;
	}

	private static LocalDate substitute(LocalDate day, Set<LocalDate> taken) {
		LocalDate d = day;
		while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY || taken.contains(d)) {
			d = d.plusDays(1);
		}
		return d;
	}

	/** Easter Sunday in the Gregorian calendar (the anonymous algorithm of Meeus, Jones and Butcher). */
	static LocalDate easterSunday(int year) {
		int a = year % 19;
		int b = year / 100;
		int c = year % 100;
		int d = b / 4;
		int e = b % 4;
		int f = (b + 8) / 25;
		int g = (b - f + 1) / 3;
		int h = (19 * a + b - d - g + 15) % 30;
		int i = c / 4;
		int k = c % 4;
		int l = (32 + 2 * e + 2 * i - h - k) % 7;
		int m = (a + 11 * h + 22 * l) / 451;
		int month = (h + l - 7 * m + 114) / 31;
		int day = ((h + l - 7 * m + 114) % 31) + 1;
		return LocalDate.of(year, month, day);
	}
}
