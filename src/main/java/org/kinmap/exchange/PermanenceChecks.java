package org.kinmap.exchange;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.kinmap.care.FinalOrder;
import org.kinmap.care.MeetingKind;
import org.kinmap.care.PanelKind;
import org.kinmap.care.PanelRecommendation;
import org.kinmap.care.PanelSubject;
import org.kinmap.care.PermanencePlan;
import org.kinmap.care.PlanKind;
import org.kinmap.exchange.NetworkDocument.ChildInCareDoc;
import org.kinmap.system.Coded;

/**
 * The checks of the permanence tracker's sections of a network document (reviews, plans, meetings, panels, care
 * proceedings, allocations), run by {@link NetworkValidator} with its own small checks. Dates that have happened
 * (a review held, a plan agreed, a meeting held, a decision, proceedings issued, a final order) may not be in the
 * future; nothing may happen before the child became looked after when the document carries the child's care record
 * (otherwise the importer checks that against the graph). A panel's date and hearings may be in the future: they are
 * booked ahead.
 */
final class PermanenceChecks {

	/** The small checks of {@link NetworkValidator} this class uses. */
	interface Checks {
		void problem(String at, String message);

		void personRef(String at, String what, String id);

		void id(String at, String kind, String id, Set<String> seen);

		void idFormat(String at, String kind, String id);

		LocalDate today();

		<E extends Enum<E> & Coded> Optional<E> code(String at, String what, String field, String value, Class<E> type,
				boolean required);

		Optional<LocalDate> date(String at, String what, String field, String value, boolean required);

		Optional<LocalDate> pastDate(String at, String what, String field, String value, boolean required);
	}

	private final Checks c;
	private final Map<String, LocalDate> lookedAfterSince = new HashMap<>();

	private PermanenceChecks(Checks checks, List<ChildInCareDoc> children) {
		this.c = checks;
		for (ChildInCareDoc child : children) {
			if (child.child() != null && child.lookedAfterSince() != null) {
				try {
					lookedAfterSince.put(child.child(), LocalDate.parse(child.lookedAfterSince().trim()));
				}
				catch (java.time.format.DateTimeParseException ex) {
					// the care record's own check names it
				}
			}
		}
	}

	static void check(NetworkDocument doc, Checks checks) {
		PermanenceChecks p = new PermanenceChecks(checks, doc.children());
		p.reviews(doc.reviews());
		p.plans(doc.plans());
		p.meetings(doc.meetings());
		p.panels(doc.panels());
		p.proceedings(doc.proceedings());
		p.allocations(doc.allocations());
	}

	private void reviews(List<NetworkDocument.ReviewDoc> reviews) {
		Set<String> ids = new HashSet<>();
		for (int i = 0; i < reviews.size(); i++) {
			var r = reviews.get(i);
			String at = "/reviews/" + i;
			String what = "review " + r.id();
			c.id(at + "/id", "review", r.id(), ids);
			c.personRef(at + "/child", what, r.child());
			var due = c.date(at + "/due", what, "due", r.due(), false);
			var held = c.pastDate(at + "/held", what, "held", r.held(), false);
			if (due.isEmpty() && held.isEmpty() && blank(r.due()) && blank(r.held())) {
				c.problem(at, what + ": needs the date it is due or the date it was held");
			}
			notBeforeLookedAfter(at + "/held", what, "was held", r.child(), held);
			notBeforeLookedAfter(at + "/due", what, "is due", r.child(), due);
		}
	}

	private void plans(List<NetworkDocument.PlanDoc> plans) {
		Set<String> ids = new HashSet<>();
		for (int i = 0; i < plans.size(); i++) {
			var p = plans.get(i);
			String at = "/plans/" + i;
			String what = "plan " + p.id();
			c.id(at + "/id", "plan", p.id(), ids);
			c.personRef(at + "/child", what, p.child());
			var kind = c.code(at + "/kind", what, "kind", p.kind(), PlanKind.class, true);
			boolean permanence = kind.filter(k -> k == PlanKind.PERMANENCE_PLAN).isPresent();
			c.code(at + "/plan", what, "plan", p.plan(), PermanencePlan.class, permanence);
			c.code(at + "/contingency", what, "contingency", p.contingency(), PermanencePlan.class, false);
			if (kind.filter(k -> k == PlanKind.CARE_PLAN).isPresent() && (!blank(p.plan()) || !blank(p.contingency()))) {
				c.problem(at + "/plan", what + ": a care plan names no permanence plan or contingency; record those as a permanence_plan");
			}
			var agreed = c.pastDate(at + "/agreedOn", what, "agreedOn", p.agreedOn(), true);
			notBeforeLookedAfter(at + "/agreedOn", what, "was agreed", p.child(), agreed);
			if (!blank(p.atReview())) {
				c.idFormat(at + "/atReview", "review", p.atReview());
			}
		}
	}

	private void meetings(List<NetworkDocument.MeetingDoc> meetings) {
		Set<String> ids = new HashSet<>();
		for (int i = 0; i < meetings.size(); i++) {
			var m = meetings.get(i);
			String at = "/meetings/" + i;
			String what = "meeting " + m.id();
			c.id(at + "/id", "meeting", m.id(), ids);
			c.personRef(at + "/child", what, m.child());
			c.code(at + "/kind", what, "kind", m.kind(), MeetingKind.class, true);
			var held = c.pastDate(at + "/held", what, "held", m.held(), true);
			notBeforeLookedAfter(at + "/held", what, "was held", m.child(), held);
		}
	}

	private void panels(List<NetworkDocument.PanelDoc> panels) {
		Set<String> ids = new HashSet<>();
		for (int i = 0; i < panels.size(); i++) {
			var p = panels.get(i);
			String at = "/panels/" + i;
			String what = "panel " + p.id();
			c.id(at + "/id", "panel", p.id(), ids);
			c.personRef(at + "/child", what, p.child());
			c.code(at + "/kind", what, "kind", p.kind(), PanelKind.class, true);
			var date = c.date(at + "/date", what, "date", p.date(), true);
			c.code(at + "/presented", what, "presented", p.presented(), PanelSubject.class, true);
			c.code(at + "/recommendation", what, "recommendation", p.recommendation(), PanelRecommendation.class, false);
			if (date.isPresent() && date.get().isAfter(c.today()) && !blank(p.recommendation())) {
				c.problem(at + "/recommendation", what + ": a panel on " + date.get() + " has not sat yet, so it has no recommendation");
			}
			notBeforeLookedAfter(at + "/date", what, "sits", p.child(), date);
			var d = p.decision();
			if (d != null) {
				var decided = c.pastDate(at + "/decision/decidedOn", what, "decision.decidedOn", d.decidedOn(), true);
				c.code(at + "/decision/decision", what, "decision.decision", d.decision(), PanelRecommendation.class, true);
				if (decided.isPresent() && date.isPresent() && decided.get().isBefore(date.get())) {
					c.problem(at + "/decision/decidedOn", what + ": the agency decision maker decided before the panel sat");
				}
				if (blank(p.recommendation())) {
					c.problem(at + "/recommendation", what + ": a decision needs the panel's recommendation first");
				}
			}
		}
	}

	private void proceedings(List<NetworkDocument.ProceedingsDoc> proceedings) {
		Set<String> ids = new HashSet<>();
		for (int i = 0; i < proceedings.size(); i++) {
			var p = proceedings.get(i);
			String at = "/proceedings/" + i;
			String what = "care proceedings " + p.id();
			c.id(at + "/id", "care proceedings", p.id(), ids);
			c.personRef(at + "/child", what, p.child());
			var issued = c.pastDate(at + "/issuedOn", what, "issuedOn", p.issuedOn(), true);
			var week26 = c.date(at + "/week26", what, "week26", p.week26(), false);
			if (issued.isPresent() && week26.isPresent() && !week26.get().isAfter(issued.get())) {
				c.problem(at + "/week26", what + ": the 26-week date must come after the date issued");
			}
			if (p.hearings() != null) {
				for (int j = 0; j < p.hearings().size(); j++) {
					var h = p.hearings().get(j);
					String hat = at + "/hearings/" + j;
					if (h == null) {
						c.problem(hat, what + ": a hearing is empty");
						continue;
					}
					var day = c.date(hat + "/date", what, "hearing date", h.date(), true);
					if (issued.isPresent() && day.isPresent() && day.get().isBefore(issued.get())) {
						c.problem(hat + "/date", what + ": a hearing before the proceedings were issued");
					}
				}
			}
			c.code(at + "/finalOrder", what, "finalOrder", p.finalOrder(), FinalOrder.class, false);
			var ended = c.pastDate(at + "/finalOrderOn", what, "finalOrderOn", p.finalOrderOn(), false);
			if (blank(p.finalOrder()) != blank(p.finalOrderOn())) {
				c.problem(at + "/finalOrderOn", what + ": finalOrder and finalOrderOn go together");
			}
			if (issued.isPresent() && ended.isPresent() && ended.get().isBefore(issued.get())) {
				c.problem(at + "/finalOrderOn", what + ": the final order came before the proceedings were issued");
			}
		}
	}

	private void allocations(List<NetworkDocument.AllocationDoc> allocations) {
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < allocations.size(); i++) {
			var a = allocations.get(i);
			String at = "/allocations/" + i;
			String what = "allocation of child " + a.child();
			c.personRef(at + "/child", what, a.child());
			if (a.child() != null && !seen.add(a.child())) {
				c.problem(at + "/child", what + " is listed twice");
			}
		}
	}

	private void notBeforeLookedAfter(String at, String what, String verb, String child, Optional<LocalDate> day) {
		LocalDate since = child == null ? null : lookedAfterSince.get(child);
		if (since != null && day.isPresent() && day.get().isBefore(since)) {
			c.problem(at, what + " " + verb + " on " + day.get() + ", before child " + child + " became looked after on " + since);
		}
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}
}
