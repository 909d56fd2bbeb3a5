package org.kinmap.exchange;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GEDCOM dates as kinmap's partial dates ({@code YYYY}, {@code YYYY-MM}, {@code YYYY-MM-DD}). Exact dates
 * keep their precision; approximate and ranged ones ({@code ABT 1850}, {@code BET 1900 AND 1910},
 * {@code FROM 1900 TO 1905}, {@code BEF 1900}, {@code EST}, {@code CAL}, {@code INT}) keep the year of their
 * first date; a dual year ({@code 1850/51}, {@code 1815/1816}) becomes the later, modern-calendar year. What cannot be read is
 * empty, never an error.
 */
final class GedcomDates {

	private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("JAN", 1), Map.entry("FEB", 2),
			Map.entry("MAR", 3), Map.entry("APR", 4), Map.entry("MAY", 5), Map.entry("JUN", 6), Map.entry("JUL", 7),
			Map.entry("AUG", 8), Map.entry("SEP", 9), Map.entry("OCT", 10), Map.entry("NOV", 11), Map.entry("DEC", 12));

	private static final Pattern EXACT = Pattern
		.compile("^(?:(\\d{1,2})\\s+)?(?:([A-Z]{3})\\s+)?(\\d{1,4})(?:/(\\d{1,4}))?(?:\\s*(?:B\\.?C\\.?|BCE))?$");

	private static final Pattern QUALIFIER = Pattern
		.compile("^(ABT|ABOUT|CAL|EST|BEF|AFT|BET|FROM|TO|INT|CIRCA|C\\.?)\\s+");

	private GedcomDates() {
	}

	/**
	 * The later, modern-calendar year of a dual year (the year began on 25 March in England until 1752):
	 * {@code 1850/51}, {@code 1699/00}, {@code 1815/1816} and {@code 1709/0} all name the year after the first. The
	 * second part replaces as many of the first's last digits as it has; a whole second year is taken when it is the
	 * year after the first (anything else is not a dual year, and the first year stands).
	 */
	static int dualYear(int year, String dual) {
		if (dual.length() >= 4) {
			int later = Integer.parseInt(dual);
			return later == year + 1 ? later : year;
		}
		int unit = dual.length() == 1 ? 10 : dual.length() == 2 ? 100 : 1000;
		int later = year - year % unit + Integer.parseInt(dual);
		return later < year ? later + unit : later;
	}

	/** The partial date a GEDCOM date stands for; approximate dates are marked in {@code approximate}. */
	record Reading(String partial, boolean approximate) {
	}

	static Optional<Reading> read(String gedcom) {
		if (gedcom == null || gedcom.isBlank()) {
			return Optional.empty();
		}
		String t = gedcom.trim().toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
		if (t.matches(".*\\bB\\.?C\\.?E?\\.?$")) {
			return Optional.empty();
		}
		t = t.replaceFirst("^@#D[A-Z ]+@\\s*", "");
		int paren = t.indexOf('(');
		if (paren >= 0) {
			t = t.substring(0, paren).trim();
		}
		boolean approximate = false;
		Matcher q = QUALIFIER.matcher(t);
		while (q.find()) {
			approximate = true;
			t = t.substring(q.end());
			q = QUALIFIER.matcher(t);
		}
		int and = t.indexOf(" AND ");
		if (and < 0) {
			and = t.indexOf(" TO ");
		}
		if (and >= 0) {
			approximate = true;
			t = t.substring(0, and).trim();
		}
		Matcher m = EXACT.matcher(t);
		if (!m.matches()) {
			return Optional.empty();
		}
		int year = Integer.parseInt(m.group(3));
		if (m.group(4) != null) {
			year = dualYear(year, m.group(4));
		}
		if (year < 1 || year > 9999) {
			return Optional.empty();
		}
		String y = String.format("%04d", year);
		Integer month = m.group(2) == null ? null : MONTHS.get(m.group(2));
		if (m.group(2) != null && month == null) {
			return Optional.of(new Reading(y, true));
		}
		if (month == null || approximate) {
			return Optional.of(new Reading(y, approximate || m.group(1) != null));
		}
		if (m.group(1) == null) {
			return Optional.of(new Reading(y + "-" + String.format("%02d", month), false));
		}
		String day = String.format("%s-%02d-%02d", y, month, Integer.parseInt(m.group(1)));
		return org.kinmap.network.PartialDate.parse(day).isPresent() ? Optional.of(new Reading(day, false))
				: Optional.of(new Reading(y + "-" + String.format("%02d", month), true));
	}
}
