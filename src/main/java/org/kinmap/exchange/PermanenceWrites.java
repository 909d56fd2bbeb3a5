package org.kinmap.exchange;

import static org.kinmap.exchange.NetworkImporter.code;
import static org.kinmap.exchange.NetworkImporter.date;
import static org.kinmap.exchange.NetworkImporter.props;
import static org.kinmap.exchange.NetworkImporter.row;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.kinmap.exchange.NetworkImporter.Statement;
import org.kinmap.system.CypherQueries;

/**
 * The rows the import writes for the permanence tracker's sections (reviews, plans, meetings, panels, care
 * proceedings, allocations), one statement per section, and the whole-graph check that each names a looked-after
 * child and nothing happened before the child became looked after (for a child whose care record is already in
 * kinmap, which {@link PermanenceChecks} cannot see).
 */
final class PermanenceWrites {

	/** Care proceedings should end within 26 weeks of being issued (Children and Families Act 2014, s14). */
	static final int PROCEEDINGS_WEEKS = 26;

	private final Statement reviews;
	private final Statement plans;
	private final Statement meetings;
	private final Statement panels;
	private final Statement proceedings;
	private final Statement allocations;
	private final String checkDates;

	PermanenceWrites(CypherQueries queries) {
		this.reviews = Statement.of(queries, "exchange/upsert-reviews");
		this.plans = Statement.of(queries, "exchange/upsert-plans");
		this.meetings = Statement.of(queries, "exchange/upsert-meetings");
		this.panels = Statement.of(queries, "exchange/upsert-panels");
		this.proceedings = Statement.of(queries, "exchange/upsert-proceedings");
		this.allocations = Statement.of(queries, "exchange/upsert-allocations");
		this.checkDates = queries.require("exchange/check-permanence-dates");
	}

	String checkDates() {
		return checkDates;
	}

	/** Each section's statement with its rows, in the document's order of sections. */
	Map<Statement, List<Map<String, Object>>> rows(NetworkDocument doc) {
		Map<Statement, List<Map<String, Object>>> rows = new LinkedHashMap<>();
		rows.put(reviews, doc.reviews().stream()
			.map(r -> row("id", r.id(), "child", r.child(), "props", props("id", r.id(), "childId", r.child(),
					"due", date(r.due()), "held", date(r.held()), "chair", r.chair(), "outcome", r.outcome())))
			.toList());
		rows.put(plans, doc.plans().stream()
			.map(p -> row("id", p.id(), "child", p.child(), "props", props("id", p.id(), "childId", p.child(),
					"kind", code(p.kind()), "plan", code(p.plan()), "contingency", code(p.contingency()),
					"agreedOn", date(p.agreedOn()), "atReview", p.atReview())))
			.toList());
		rows.put(meetings, doc.meetings().stream()
			.map(m -> row("id", m.id(), "child", m.child(), "props", props("id", m.id(), "childId", m.child(),
					"kind", code(m.kind()), "held", date(m.held()), "note", m.note())))
			.toList());
		rows.put(panels, doc.panels().stream()
			.map(p -> row("id", p.id(), "child", p.child(), "props", props("id", p.id(), "childId", p.child(),
					"kind", code(p.kind()), "date", date(p.date()), "presented", code(p.presented()),
					"recommendation", code(p.recommendation()),
					"decidedOn", p.decision() == null ? null : date(p.decision().decidedOn()),
					"decision", p.decision() == null ? null : code(p.decision().decision()),
					"decisionMaker", p.decision() == null ? null : p.decision().decisionMaker())))
			.toList());
		rows.put(proceedings, doc.proceedings().stream().map(p -> {
			LocalDate issued = date(p.issuedOn());
			LocalDate week26 = date(p.week26());
			var hearings = p.hearings() == null ? List.<NetworkDocument.HearingDoc>of()
					: p.hearings().stream().sorted(java.util.Comparator.comparing(h -> h.date().trim())).toList();
			return row("id", p.id(), "child", p.child(), "props", props("id", p.id(), "childId", p.child(),
					"issuedOn", issued, "week26", week26 != null ? week26 : issued.plusWeeks(PROCEEDINGS_WEEKS),
					"hearingDates", hearings.stream().map(h -> date(h.date())).toList(),
					"hearingKinds", hearings.stream().map(h -> h.kind() == null ? "" : h.kind()).toList(),
					"finalOrder", code(p.finalOrder()), "finalOrderOn", date(p.finalOrderOn())));
		}).toList());
		rows.put(allocations, doc.allocations().stream()
			.map(a -> row("child", a.child(), "props", props("childId", a.child(), "team", a.team(),
					"socialWorker", a.socialWorker(), "teamManager", a.teamManager(), "iro", a.iro())))
			.toList());
		return rows;
	}

	/** Every record of these sections with its child, where it is, what it is, and its date (null for none). */
	static List<Map<String, Object>> datedRecords(NetworkDocument doc) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (int i = 0; i < doc.reviews().size(); i++) {
			var r = doc.reviews().get(i);
			LocalDate held = date(r.held());
			rows.add(dated(r.child(), "/reviews/" + i + (held == null ? "" : "/held"), "review " + r.id() + " was held", held));
		}
		for (int i = 0; i < doc.plans().size(); i++) {
			var p = doc.plans().get(i);
			rows.add(dated(p.child(), "/plans/" + i + "/agreedOn", "plan " + p.id() + " was agreed", date(p.agreedOn())));
		}
		for (int i = 0; i < doc.meetings().size(); i++) {
			var m = doc.meetings().get(i);
			rows.add(dated(m.child(), "/meetings/" + i + "/held", "meeting " + m.id() + " was held", date(m.held())));
		}
		for (int i = 0; i < doc.panels().size(); i++) {
			var p = doc.panels().get(i);
			rows.add(dated(p.child(), "/panels/" + i + "/date", "panel " + p.id() + " sits", date(p.date())));
		}
		for (int i = 0; i < doc.proceedings().size(); i++) {
			var p = doc.proceedings().get(i);
			rows.add(dated(p.child(), "/proceedings/" + i + "/child", "care proceedings " + p.id(), null));
		}
		for (int i = 0; i < doc.allocations().size(); i++) {
			var a = doc.allocations().get(i);
			rows.add(dated(a.child(), "/allocations/" + i + "/child", "allocation of child " + a.child(), null));
		}
		return rows;
	}

	private static Map<String, Object> dated(String child, String at, String what, LocalDate on) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("child", child);
		row.put("at", at);
		row.put("what", what);
		row.put("on", on);
		return row;
	}

	/** The problem one row of the check names. */
	static DocumentProblem problem(Map<String, Object> r) {
		Object since = r.get("since");
		return since == null
				? new DocumentProblem((String) r.get("at"), r.get("what") + ": child " + r.get("child")
						+ " has no care record; record them under children first")
				: new DocumentProblem((String) r.get("at"), r.get("what") + " on a date before child " + r.get("child")
						+ " became looked after on " + since);
	}
}
