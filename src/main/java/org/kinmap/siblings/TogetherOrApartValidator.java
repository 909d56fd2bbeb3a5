package org.kinmap.siblings;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.kinmap.assessments.AssessmentStatus;
import org.kinmap.assessments.Recommendation;
import org.kinmap.system.Coded;

/**
 * Checks a together-or-apart request and names every problem: the children exist and are siblings of one another,
 * codes are known, dates are real and not in the future, a concluded assessment recommends, a separation gives
 * reasons, and views and pairs are about the children assessed.
 */
final class TogetherOrApartValidator {

	private final List<RequestProblem> problems = new ArrayList<>();

	private TogetherOrApartValidator() {
	}

	/**
	 * @param known     which of the request's children exist in kinmap
	 * @param oneGroup  whether the given (existing) children all belong to one sibling group
	 */
	static List<RequestProblem> validate(TogetherOrApartRequest r, Set<String> known, Predicate<List<String>> oneGroup,
			LocalDate today) {
		TogetherOrApartValidator v = new TogetherOrApartValidator();
		v.check(r, known, oneGroup, today);
		return List.copyOf(v.problems);
	}

	private void check(TogetherOrApartRequest r, Set<String> known, Predicate<List<String>> oneGroup, LocalDate today) {
		Set<String> children = new HashSet<>();
		for (int i = 0; i < r.children().size(); i++) {
			String c = r.children().get(i);
			if (c == null || c.isBlank()) {
				problem("/children/" + i, "a child's id is missing");
			}
			else if (!children.add(c)) {
				problem("/children/" + i, "child " + c + " is listed twice");
			}
			else if (!known.contains(c)) {
				problem("/children/" + i, "no person has the id '" + c + "'");
			}
		}
		if (children.size() < 2) {
			problem("/children", "a together-or-apart assessment is about two or more children");
		}
		else if (known.containsAll(children) && !oneGroup.test(List.copyOf(children))) {
			problem("/children", "the children are not all brothers and sisters of one another in kinmap");
		}
		Optional<AssessmentStatus> status = code("/status", "status", r.status(), AssessmentStatus.class);
		Optional<Recommendation> recommendation = code("/recommendation", "recommendation", r.recommendation(),
				Recommendation.class);
		Optional<LocalDate> requested = date("/requestedOn", r.requestedOn(), today);
		Optional<LocalDate> concluded = date("/concludedOn", r.concludedOn(), today);
		boolean concludedStatus = status.map(s -> s == AssessmentStatus.POSITIVE || s == AssessmentStatus.NEGATIVE)
			.orElse(r.status() == null && r.recommendation() != null);
		if (concludedStatus && blank(r.recommendation())) {
			problem("/recommendation", "a concluded assessment needs a recommendation: together, apart or some_together");
		}
		if ((concludedStatus || !blank(r.recommendation())) && blank(r.concludedOn())) {
			problem("/concludedOn", "a concluded assessment needs the date it concluded");
		}
		if (requested.isPresent() && concluded.isPresent() && concluded.get().isBefore(requested.get())) {
			problem("/concludedOn", "concluded before it was requested");
		}
		if (recommendation.filter(x -> x != Recommendation.TOGETHER).isPresent() && blank(r.reasons())) {
			problem("/reasons", "a recommendation to place children " + recommendation.get().label().replace("placed ", "")
					+ " needs its reasons");
		}
		Set<String> heard = new HashSet<>();
		for (int i = 0; i < r.views().size(); i++) {
			var views = r.views().get(i);
			String at = "/views/" + i;
			if (views == null || views.child() == null || !children.contains(views.child())) {
				problem(at + "/child", "views must belong to one of the children assessed");
			}
			else if (!heard.add(views.child())) {
				problem(at + "/child", "child " + views.child() + "'s views are given twice");
			}
			if (views != null && blank(views.views())) {
				problem(at + "/views", "the views are empty");
			}
		}
		Set<String> pairs = new HashSet<>();
		for (int i = 0; i < r.pairs().size(); i++) {
			var pair = r.pairs().get(i);
			String at = "/pairs/" + i;
			if (pair == null || pair.children() == null || pair.children().size() != 2) {
				problem(at + "/children", "a pair is two children");
				continue;
			}
			String a = pair.children().get(0);
			String b = pair.children().get(1);
			if (a == null || b == null || a.equals(b)) {
				problem(at + "/children", "a pair is two different children");
				continue;
			}
			if (!children.contains(a) || !children.contains(b)) {
				problem(at + "/children", "pair " + a + " and " + b + " is not two of the children assessed");
			}
			if (!pairs.add(SiblingRelations.key(a, b))) {
				problem(at + "/children", "pair " + a + " and " + b + " is given twice");
			}
			if (pair.placeTogether() != null && recommendation.isPresent()
					&& (recommendation.get() == Recommendation.TOGETHER && !pair.placeTogether()
							|| recommendation.get() == Recommendation.APART && pair.placeTogether())) {
				problem(at + "/placeTogether", "pair " + a + " and " + b + " is marked "
						+ (pair.placeTogether() ? "together" : "apart") + " but the recommendation is " + recommendation.get().code());
			}
			if (blank(pair.quality())) {
				problem(at + "/quality", "the quality of their relationship is missing; one of " + Coded.codes(PairQuality.class));
			}
			else {
				code(at + "/quality", "quality", pair.quality(), PairQuality.class);
			}
		}
	}

	private <E extends Enum<E> & Coded> Optional<E> code(String at, String field, String value, Class<E> type) {
		if (blank(value)) {
			return Optional.empty();
		}
		Optional<E> parsed = Coded.parse(type, value);
		if (parsed.isEmpty()) {
			problem(at, field + " '" + value + "' is not one of " + Coded.codes(type));
		}
		return parsed;
	}

	private Optional<LocalDate> date(String at, String value, LocalDate today) {
		if (blank(value)) {
			return Optional.empty();
		}
		try {
			LocalDate d = LocalDate.parse(value.trim());
			if (d.isAfter(today)) {
				problem(at, value + " is in the future");
			}
			return Optional.of(d);
		}
		catch (DateTimeParseException ex) {
			problem(at, "'" + value + "' is not a date (yyyy-MM-dd)");
			return Optional.empty();
		}
	}

	private void problem(String pointer, String message) {
		problems.add(new RequestProblem(pointer, message));
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}
}
