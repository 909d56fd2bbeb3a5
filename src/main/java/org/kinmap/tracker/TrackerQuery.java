package org.kinmap.tracker;

import java.util.Comparator;
import java.util.Locale;

import org.kinmap.system.BadRequestException;
import org.kinmap.tracker.TrackerViews.TrackerRow;

/**
 * The tracker's filters and order: {@code team} and {@code worker} (social worker, team manager or IRO; whole name,
 * ignoring case), {@code alert} (a rule's code), {@code minDaysOverdue}, and {@code sort} one of name, overdue (most
 * days overdue first, the default), next (the next statutory date first), team, worker.
 */
record TrackerQuery(String team, String worker, String alert, Integer minDaysOverdue, String sort) {

	static final java.util.List<String> SORTS = java.util.List.of("overdue", "name", "next", "team", "worker");

	TrackerQuery {
		sort = sort == null || sort.isBlank() ? "overdue" : sort.trim().toLowerCase(Locale.ROOT);
		if (!SORTS.contains(sort)) {
			throw new BadRequestException("Parameter 'sort' must be one of " + String.join(", ", SORTS));
		}
		if (minDaysOverdue != null && minDaysOverdue < 0) {
			throw new BadRequestException("Parameter 'minDaysOverdue' must be 0 or more");
		}
	}

	boolean matches(TrackerRow r) {
		return (blank(team) || team.equalsIgnoreCase(r.team()))
				&& (blank(worker) || worker.equalsIgnoreCase(r.socialWorker()) || worker.equalsIgnoreCase(r.teamManager())
						|| worker.equalsIgnoreCase(r.iro()))
				&& (blank(alert) || r.alerts().stream().anyMatch(a -> a.rule().equals(alert)))
				&& (minDaysOverdue == null || r.daysOverdue() != null && r.daysOverdue() >= minDaysOverdue);
	}

	Comparator<TrackerRow> order() {
		Comparator<TrackerRow> byName = Comparator.comparing(TrackerRow::name, Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparing(TrackerRow::childId);
		return switch (sort) {
			case "name" -> byName;
			case "next" -> Comparator.comparing((TrackerRow r) -> r.next() == null ? null : r.next().date(),
					Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(byName);
			case "team" -> Comparator.comparing(TrackerRow::team, Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(byName);
			case "worker" -> Comparator.comparing(TrackerRow::socialWorker, Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparing(byName);
			default -> Comparator.comparing(TrackerRow::daysOverdue, Comparator.nullsLast(Comparator.reverseOrder()))
				.thenComparing(byName);
		};
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}
}
