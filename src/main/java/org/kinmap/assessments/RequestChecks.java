package org.kinmap.assessments;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.kinmap.system.Coded;

/**
 * Checks a request body about an assessment whole, before anything is read or written, and names every problem with
 * its field: required fields, known codes, real dates not in the future, whole numbers, and text of a sensible length.
 */
final class RequestChecks {

	/** Longest id kinmap takes. */
	static final int ID_LENGTH = 200;
	/** Longest name (the assessor). */
	static final int NAME_LENGTH = 200;
	/** Longest reason or note. */
	static final int TEXT_LENGTH = 4000;

	private final List<FieldProblem> problems = new ArrayList<>();
	private final LocalDate today;

	private RequestChecks(LocalDate today) {
		this.today = today;
	}

	static List<FieldProblem> request(AssessmentRequest r, LocalDate today) {
		RequestChecks c = new RequestChecks(today);
		if (r == null) {
			return c.body("{relative, type, requestedOn, assessor, notes}");
		}
		c.id("/relative", r.relative());
		if (r.type() != null) {
			c.code("/type", "type", r.type(), AssessmentType.class).ifPresent(t -> {
				if (!AssessmentWorkflow.REQUESTABLE.contains(t)) {
					c.problem("/type", "a " + t.label() + " is not requested here; request one of viability, "
							+ "connected_person_full or special_guardianship" + (t == AssessmentType.CONNECTED_PERSON_REG24
									? " (record a Regulation 24 approval at /api/children/{id}/reg24-approvals)" : ""));
				}
			});
		}
		c.date("/requestedOn", r.requestedOn(), true);
		c.text("/assessor", r.assessor(), NAME_LENGTH, false);
		c.text("/notes", r.notes(), TEXT_LENGTH, false);
		return c.problems;
	}

	static List<FieldProblem> step(StepRequest r, LocalDate today) {
		RequestChecks c = new RequestChecks(today);
		if (r == null) {
			return c.body("{status, on, assessor, reason}");
		}
		if (c.required("/status", r.status())) {
			c.code("/status", "status", r.status(), AssessmentStatus.class);
		}
		c.date("/on", r.on(), true);
		c.text("/assessor", r.assessor(), NAME_LENGTH, false);
		c.text("/reason", r.reason(), TEXT_LENGTH, false);
		return c.problems;
	}

	static List<FieldProblem> reg24(Reg24Request r, LocalDate today) {
		RequestChecks c = new RequestChecks(today);
		if (r == null) {
			return c.body("{relative, startsOn, assessor, notes}");
		}
		c.id("/relative", r.relative());
		c.date("/startsOn", r.startsOn(), true);
		c.text("/assessor", r.assessor(), NAME_LENGTH, false);
		c.text("/notes", r.notes(), TEXT_LENGTH, false);
		return c.problems;
	}

	static List<FieldProblem> reg25(Reg25Request r, LocalDate today) {
		RequestChecks c = new RequestChecks(today);
		if (r == null) {
			return c.body("{weeks, decidedOn, reason}");
		}
		if (r.weeks() == null) {
			c.problem("/weeks", "weeks is missing: a whole number of weeks, 1 to " + Regulation24.MOST_EXTENSION_WEEKS);
		}
		else if (!isWhole(r.weeks())) {
			c.problem("/weeks", "weeks must be a whole number of weeks, 1 to " + Regulation24.MOST_EXTENSION_WEEKS + ", not "
					+ shorten(r.weeks().toString()));
		}
		c.date("/decidedOn", r.decidedOn(), true);
		c.text("/reason", r.reason(), TEXT_LENGTH, true);
		return c.problems;
	}

	static boolean isWhole(BigDecimal n) {
		return n.signum() == 0 || (n.stripTrailingZeros().scale() <= 0 && n.abs().compareTo(BigDecimal.valueOf(1000)) < 0);
	}

	/** A required date, parsed (null if missing or wrong; the problem is noted). */
	static LocalDate parseDate(String value) {
		try {
			return value == null || value.isBlank() ? null : LocalDate.parse(value.trim());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private List<FieldProblem> body(String shape) {
		problem("", "the request body is missing; send " + shape);
		return problems;
	}

	private boolean required(String at, String value) {
		if (value == null || value.isBlank()) {
			problem(at, at.substring(1) + " is missing");
			return false;
		}
		return true;
	}

	private void id(String at, String value) {
		if (required(at, value) && value.length() > ID_LENGTH) {
			problem(at, at.substring(1) + " is " + value.length() + " characters long; an id is at most " + ID_LENGTH);
		}
	}

	private void text(String at, String value, int most, boolean needed) {
		if (needed && !required(at, value)) {
			return;
		}
		if (value != null && value.length() > most) {
			problem(at, at.substring(1) + " is " + value.length() + " characters long; at most " + most + " are kept");
		}
	}

	private <E extends Enum<E> & Coded> Optional<E> code(String at, String field, String value, Class<E> type) {
		Optional<E> parsed = value.length() > ID_LENGTH ? Optional.empty() : Coded.parse(type, value);
		if (parsed.isEmpty()) {
			problem(at, field + " '" + shorten(value) + "' is not one of " + Coded.codes(type));
		}
		return parsed;
	}

	private void date(String at, String value, boolean needed) {
		if (value == null || value.isBlank()) {
			if (needed) {
				problem(at, at.substring(1) + " is missing: a date, yyyy-MM-dd");
			}
			return;
		}
		LocalDate d = parseDate(value);
		if (d == null) {
			problem(at, "'" + shorten(value) + "' is not a date (yyyy-MM-dd)");
		}
		else if (d.isAfter(today)) {
			problem(at, value.trim() + " is in the future");
		}
	}

	private void problem(String pointer, String message) {
		problems.add(new FieldProblem(pointer, message));
	}

	private static String shorten(String s) {
		return s.length() > 40 ? s.substring(0, 40) + "…" : s;
	}
}
