package org.kinmap.familyfinding;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.kinmap.system.Coded;

/**
 * Checks a family-finding entry whole and names every problem by its field: codes are known, dates are real and not
 * in the future, a next step comes with its date and is not dated before the contact, do not contact gives its reason,
 * and no text is longer than a person would write.
 */
final class FindingValidator {

	/** The longest note, wish or reason kept: a page or two of text. */
	static final int LONGEST_TEXT = 4000;
	/** The longest next step or place found: a line. */
	static final int LONGEST_LINE = 500;

	private final List<FindingProblem> problems = new ArrayList<>();
	private final LocalDate today;

	private FindingValidator(LocalDate today) {
		this.today = today;
	}

	static List<FindingProblem> contact(ContactRequest r, LocalDate today) {
		FindingValidator v = new FindingValidator(today);
		Optional<LocalDate> on = v.date("/on", r.on(), true);
		v.code("/mode", "mode", r.mode(), AttemptMode.class, true);
		v.code("/outcome", "outcome", r.outcome(), AttemptOutcome.class, true);
		v.text("/note", r.note(), LONGEST_TEXT);
		v.text("/nextStep", r.nextStep(), LONGEST_LINE);
		Optional<LocalDate> next = v.anyDate("/nextStepOn", r.nextStepOn());
		if (!blank(r.nextStep()) && blank(r.nextStepOn())) {
			v.problem("/nextStepOn", "a next step needs the date it is due");
		}
		if (blank(r.nextStep()) && !blank(r.nextStepOn())) {
			v.problem("/nextStep", "a next step's date is given without the step");
		}
		if (on.isPresent() && next.isPresent() && next.get().isBefore(on.get())) {
			v.problem("/nextStepOn", "the next step (" + next.get() + ") is dated before the contact (" + on.get() + ")");
		}
		return List.copyOf(v.problems);
	}

	static List<FindingProblem> log(LogRequest r, LocalDate today) {
		FindingValidator v = new FindingValidator(today);
		v.code("/foundThrough", "foundThrough", r.foundThrough(), FoundThrough.class, false);
		v.text("/foundWhere", r.foundWhere(), LONGEST_LINE);
		v.date("/foundOn", r.foundOn(), false);
		v.text("/wish", r.wish(), LONGEST_TEXT);
		v.date("/wishOn", r.wishOn(), false);
		if (!blank(r.wishOn()) && blank(r.wish())) {
			v.problem("/wish", "the date of a stated wish is given without the wish");
		}
		v.text("/doNotContactReason", r.doNotContactReason(), LONGEST_TEXT);
		boolean flagged = Boolean.TRUE.equals(r.doNotContact());
		if (flagged && blank(r.doNotContactReason())) {
			v.problem("/doNotContactReason", "do not contact needs its reason (for example a domestic abuse risk to the parent)");
		}
		if (!flagged && !blank(r.doNotContactReason())) {
			v.problem("/doNotContact", "a reason not to contact is given but do not contact is not set");
		}
		return List.copyOf(v.problems);
	}

	static List<FindingProblem> search(SearchRequest r, LocalDate today) {
		FindingValidator v = new FindingValidator(today);
		v.code("/kind", "kind", r.kind(), SearchKind.class, true);
		v.date("/on", r.on(), true);
		v.text("/note", r.note(), LONGEST_TEXT);
		return List.copyOf(v.problems);
	}

	private <E extends Enum<E> & Coded> Optional<E> code(String at, String field, String value, Class<E> type,
			boolean required) {
		if (blank(value)) {
			if (required) {
				problem(at, field + " is missing; one of " + Coded.codes(type));
			}
			return Optional.empty();
		}
		Optional<E> parsed = Coded.parse(type, value);
		if (parsed.isEmpty()) {
			problem(at, field + " '" + shortened(value) + "' is not one of " + Coded.codes(type));
		}
		return parsed;
	}

	/** A day that has happened: today or before. */
	private Optional<LocalDate> date(String at, String value, boolean required) {
		if (blank(value) && required) {
			problem(at, "the date is missing (yyyy-MM-dd)");
		}
		Optional<LocalDate> d = anyDate(at, value);
		if (d.isPresent() && d.get().isAfter(today)) {
			problem(at, d.get() + " is in the future");
		}
		return d;
	}

	private Optional<LocalDate> anyDate(String at, String value) {
		if (blank(value)) {
			return Optional.empty();
		}
		try {
			return Optional.of(LocalDate.parse(value.trim()));
		}
		catch (DateTimeParseException ex) {
			problem(at, "'" + shortened(value) + "' is not a date (yyyy-MM-dd)");
			return Optional.empty();
		}
	}

	/** Text a person wrote: not longer than {@code longest}, whole characters, no control characters but line breaks and tabs. */
	private void text(String at, String value, int longest) {
		if (value == null) {
			return;
		}
		if (value.length() > longest) {
			problem(at, "the text is " + value.length() + " characters long; at most " + longest + " are kept");
			return;
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
				i++;
			}
			else if (Character.isSurrogate(c) || Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
				problem(at, "the text has a character that cannot be stored (\\u" + String.format("%04x", (int) c)
						+ ") at position " + (i + 1));
				return;
			}
		}
	}

	private void problem(String pointer, String message) {
		problems.add(new FindingProblem(pointer, message));
	}

	/** A value quoted back in a message: never more than a line of it. */
	private static String shortened(String value) {
		return value.length() <= 40 ? value : value.substring(0, 40) + "…";
	}

	static boolean blank(String s) {
		return s == null || s.isBlank();
	}
}
