package org.kinmap.tracker;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.kinmap.assessments.AssessmentStatus;
import org.kinmap.assessments.AssessmentType;
import org.kinmap.care.FinalOrder;
import org.kinmap.care.LegalStatus;
import org.kinmap.care.MeetingKind;
import org.kinmap.care.PanelKind;
import org.kinmap.care.PanelRecommendation;
import org.kinmap.care.PanelSubject;
import org.kinmap.care.PermanencePlan;
import org.kinmap.care.PlanKind;
import org.kinmap.system.Coded;
import org.kinmap.tracker.TrackerViews.AlertView;
import org.kinmap.tracker.TrackerViews.FiguresView;
import org.kinmap.tracker.TrackerViews.ManagerGroup;
import org.kinmap.tracker.TrackerViews.MonthFigures;
import org.kinmap.tracker.TrackerViews.NextDate;
import org.kinmap.tracker.TrackerViews.PanelChild;
import org.kinmap.tracker.TrackerViews.PanelListView;
import org.kinmap.tracker.TrackerViews.Paper;
import org.kinmap.tracker.TrackerViews.RuleView;
import org.kinmap.tracker.TrackerViews.ThresholdCount;
import org.kinmap.tracker.TrackerViews.TimelineEvent;
import org.kinmap.tracker.TrackerViews.TimelineView;
import org.kinmap.tracker.TrackerViews.TrackerRow;
import org.kinmap.tracker.TrackerViews.TrackerView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The permanence tracker: every looked-after child judged by every {@link TrackerRule} on today's date, a child's
 * timeline, the panel list of a date and the authority's figures. Who may see which child is decided by the caller
 * ({@link TrackerController}) with a predicate.
 */
@Service
@Transactional(readOnly = true)
class PermanenceTracker {

	/** A child judged: the facts, the review schedule and every rule's verdict. */
	record Judged(ChildFacts facts, ReviewSchedule reviews, List<Verdict> verdicts) {

		List<Verdict> alerts() {
			return verdicts.stream().filter(Verdict::alert).toList();
		}
	}

	private final TrackerReader reader;
	private final TrackerRules rules;
	private final TrackerSettings settings;
	private final WorkingDays calendar;
	private final Clock clock;

	PermanenceTracker(TrackerReader reader, TrackerSettings settings, Clock clock) {
		this.reader = reader;
		this.settings = settings;
		this.calendar = WorkingDays.england();
		this.rules = new TrackerRules(settings, calendar);
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	List<RuleView> rules() {
		return rules.all().stream().map(r -> new RuleView(r.code(), r.title())).toList();
	}

	Judged judge(ChildFacts f, LocalDate today) {
		ReviewSchedule schedule = ReviewSchedule.of(f.lookedAfterSince(), f.reviewsHeld(), calendar, settings);
		return new Judged(f, schedule, rules.all().stream().map(r -> r.judge(f, schedule, today)).toList());
	}

	List<Judged> everyChild(Predicate<String> visible) {
		LocalDate today = today();
		return reader.everyChild().stream().filter(f -> visible.test(f.childId())).map(f -> judge(f, today)).toList();
	}

	/** The tracker, filtered and sorted as asked. */
	TrackerView tracker(Predicate<String> visible, TrackerQuery q) {
		LocalDate today = today();
		List<TrackerRow> rows = everyChild(visible).stream().map(j -> row(j, today)).filter(q::matches)
			.sorted(q.order()).toList();
		return new TrackerView(today, rows.size(), (int) rows.stream().filter(r -> !r.alerts().isEmpty()).count(), rows,
				rules());
	}

	TrackerRow row(Judged j, LocalDate today) {
		ChildFacts f = j.facts();
		List<AlertView> alerts = j.alerts().stream()
			.map(v -> new AlertView(v.rule(), v.title(), v.sentence(), v.bitesOn(), v.daysOverdue(today)))
			.sorted(Comparator.comparing(AlertView::daysOverdue).reversed()).toList();
		ChildFacts.Plan plan = f.permanencePlan();
		return new TrackerRow(f.childId(), f.name(), f.legalStatus(), Coded.label(LegalStatus.class, f.legalStatus()),
				f.lookedAfterSince(), f.staff().team(), f.staff().socialWorker(), f.staff().teamManager(), f.staff().iro(),
				plan == null ? null : plan.plan(), plan == null ? null : Coded.label(PermanencePlan.class, plan.plan()),
				plan == null ? null : plan.contingency(),
				plan == null ? null : Coded.label(PermanencePlan.class, plan.contingency()),
				plan == null ? null : plan.agreedOn(), j.reviews().held(), stage(f, today), next(j), alerts.isEmpty(),
				alerts.isEmpty() ? null : alerts.get(0).daysOverdue(), alerts);
	}

	/** Where the child is on the way to permanence, in words. */
	static String stage(ChildFacts f, LocalDate today) {
		boolean matched = f.panels().stream().anyMatch(p -> PanelSubject.MATCH.code().equals(p.presented())
				&& PanelRecommendation.AGREED.code().equals(p.recommendation()) && !p.date().isAfter(today));
		boolean atPanel = f.panels().stream().anyMatch(p -> PanelKind.PERMANENCE.code().equals(p.kind()) && !p.date().isAfter(today));
		String stage = matched ? "match agreed"
				: f.hasPermanencePlan() && atPanel ? "permanence plan scrutinised by panel"
						: f.hasPermanencePlan() ? "permanence plan agreed"
								: f.reviewsHeld().isEmpty() ? "newly looked after" : "planning: no permanence plan yet";
		boolean inCourt = f.proceedings().stream().anyMatch(p -> p.finalOrderOn() == null);
		return inCourt ? stage + "; in care proceedings" : stage;
	}

	/** The earliest statutory date ahead (or passed and not met): review, care plan, permanence plan, court, Reg 24. */
	NextDate next(Judged j) {
		List<NextDate> dates = new ArrayList<>();
		ReviewSchedule.Slot next = j.reviews().next();
		dates.add(new NextDate(next.due(), TrackerRules.ordinal(next.number()) + " review"));
		f(j).lastCarePlan().ifPresent(d -> dates.add(new NextDate(d.plusMonths(settings.carePlanMaxMonths()), "care plan renewed")));
		if (!f(j).hasPermanencePlan()) {
			ReviewSchedule.Slot second = j.reviews().review(2, settings);
			dates.add(new NextDate(second.held() != null ? second.held() : second.due(), "permanence plan"));
		}
		f(j).proceedings().stream().filter(p -> p.finalOrderOn() == null)
			.forEach(p -> dates.add(new NextDate(p.week26(), "26-week date of care proceedings")));
		return dates.stream().min(Comparator.comparing(NextDate::date)).orElse(null);
	}

	private static ChildFacts f(Judged j) {
		return j.facts();
	}

	/** One child's timeline, oldest first; empty when the id is not a child who has been looked after. */
	Optional<TimelineView> timeline(String id) {
		return reader.child(id).map(row -> {
			LocalDate today = today();
			ChildFacts f = reader.facts(row);
			Judged j = judge(f, today);
			List<TimelineEvent> events = new ArrayList<>();
			@SuppressWarnings("unchecked")
			Map<String, Object> care = (Map<String, Object>) row.get("care");
			add(events, f.lookedAfterSince(), "looked_after", "Became looked after",
					Coded.label(LegalStatus.class, f.legalStatus()), today);
			for (ReviewSchedule.Slot s : j.reviews().slots()) {
				if (s.held() != null) {
					add(events, s.held(), "review", "The " + TrackerRules.ordinal(s.number()) + " review held",
							"due by " + TrackerRules.day(s.due()) + (s.held().isAfter(s.due()) ? ", held late" : ""), today);
				}
				else {
					add(events, s.due(), "review_due", "The " + TrackerRules.ordinal(s.number()) + " review due",
							"statutory date", today);
				}
			}
			@SuppressWarnings("unchecked")
			List<Map<String, Object>> plans = (List<Map<String, Object>>) row.get("plans");
			for (var p : plans) {
				boolean permanence = PlanKind.PERMANENCE_PLAN.code().equals(p.get("kind"));
				add(events, (LocalDate) p.get("agreedOn"), "plan", permanence ? "Permanence plan agreed" : "Care plan agreed",
						permanence ? Coded.label(PermanencePlan.class, (String) p.get("plan")) + (p.get("contingency") == null ? ""
								: "; contingency " + Coded.label(PermanencePlan.class, (String) p.get("contingency"))) : null,
						today);
			}
			if (plans.isEmpty() && care.get("planAgreedOn") instanceof LocalDate d) {
				add(events, d, "plan", "Permanence plan agreed", Coded.label(PermanencePlan.class, (String) care.get("permanencePlan")), today);
			}
			f.meetings().forEach(m -> add(events, m.held(), "meeting",
					Coded.label(MeetingKind.class, m.kind()).substring(0, 1).toUpperCase(Locale.UK)
							+ Coded.label(MeetingKind.class, m.kind()).substring(1), null, today));
			for (var p : f.panels()) {
				add(events, p.date(), "panel", capital(Coded.label(PanelKind.class, p.kind())) + ": "
						+ Coded.label(PanelSubject.class, p.presented()),
						p.recommendation() == null ? "booked" : "recommendation: " + Coded.label(PanelRecommendation.class, p.recommendation()),
						today);
				if (p.decidedOn() != null) {
					add(events, p.decidedOn(), "decision", "Agency decision maker: " + Coded.label(PanelRecommendation.class, p.decision()),
							p.decisionMaker(), today);
				}
			}
			for (var p : f.placements()) {
				add(events, p.start(), "placement", "Placed (" + p.type() + ")", p.where(), today);
				if (p.end() != null) {
					add(events, p.end(), "placement", "Placement ended", p.where(), today);
				}
			}
			for (var a : f.approvals()) {
				add(events, a.concludedOn() != null ? a.concludedOn() : a.requestedOn(), "assessment",
						capital(Coded.label(AssessmentType.class, a.type())) + " assessment: " + Coded.label(AssessmentStatus.class, a.status()),
						String.join(", ", a.subjectNames()), today);
				if (a.expiresOn() != null && "positive".equals(a.status())) {
					add(events, a.expiresOn(), "assessment", "connected_person_reg24".equals(a.type()) ? "Regulation 24 approval ends"
							: "Approval ends", String.join(", ", a.subjectNames()), today);
				}
			}
			for (var p : f.proceedings()) {
				add(events, p.issuedOn(), "court", "Care proceedings issued", "26-week date " + TrackerRules.day(p.week26()), today);
				for (int i = 0; i < p.hearings().size(); i++) {
					String kind = i < p.hearingKinds().size() ? p.hearingKinds().get(i) : "";
					add(events, p.hearings().get(i), "court", "Hearing" + (kind.isBlank() ? "" : ": " + kind), null, today);
				}
				if (p.finalOrderOn() != null) {
					add(events, p.finalOrderOn(), "court", "Final order: " + Coded.label(FinalOrder.class, p.finalOrder()), null, today);
				}
				else {
					add(events, p.week26(), "court", "26-week date", null, today);
				}
			}
			if (care.get("ceasedOn") instanceof LocalDate ceased) {
				add(events, ceased, "ceased", "Ceased to be looked after", (String) care.get("ceasedReason"), today);
			}
			events.sort(Comparator.comparing(TimelineEvent::date));
			List<AlertView> alerts = care.get("ceasedOn") != null ? List.of()
					: j.alerts().stream().map(v -> new AlertView(v.rule(), v.title(), v.sentence(), v.bitesOn(),
							v.daysOverdue(today))).toList();
			return new TimelineView(f.childId(), f.name(), f.lookedAfterSince(), care.get("ceasedOn") == null, events, alerts);
		});
	}

	private static void add(List<TimelineEvent> events, LocalDate date, String kind, String title, String detail, LocalDate today) {
		if (date != null) {
			events.add(new TimelineEvent(date, kind, title, detail, date.isAfter(today)));
		}
	}

	private static String capital(String s) {
		return s == null || s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.UK) + s.substring(1);
	}

	/** The panel list of a date: each child presented, grouped by team manager (unallocated last), by name within. */
	PanelListView panels(LocalDate date, Predicate<String> visible) {
		LocalDate today = today();
		Map<String, List<Map<String, Object>>> byChild = new LinkedHashMap<>();
		for (var r : reader.panelsOn(date)) {
			String childId = (String) r.get("childId");
			if (visible.test(childId)) {
				@SuppressWarnings("unchecked")
				Map<String, Object> panel = (Map<String, Object>) r.get("panel");
				byChild.computeIfAbsent(childId, k -> new ArrayList<>()).add(panel);
			}
		}
		Map<String, Judged> judged = new LinkedHashMap<>();
		if (!byChild.isEmpty()) {
			everyChild(byChild::containsKey).forEach(j -> judged.put(j.facts().childId(), j));
		}
		Map<String, List<PanelChild>> groups = new java.util.TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
		byChild.forEach((childId, panels) -> {
			Judged j = judged.get(childId);
			if (j == null) {
				return; // no longer looked after
			}
			ChildFacts f = j.facts();
			for (var p : panels) {
				groups.computeIfAbsent(f.staff().teamManager(), k -> new ArrayList<>()).add(new PanelChild(childId, f.name(),
						f.staff().team(), f.staff().socialWorker(), (String) p.get("id"),
						Coded.label(PanelKind.class, (String) p.get("kind")),
						Coded.label(PanelSubject.class, (String) p.get("presented")),
						f.permanencePlan() == null ? null : Coded.label(PermanencePlan.class, f.permanencePlan().plan()),
						f.permanencePlan() == null ? null : Coded.label(PermanencePlan.class, f.permanencePlan().contingency()),
						siblingPosition(f), j.alerts().stream().map(Verdict::sentence).toList(), papers(childId)));
			}
		});
		List<ManagerGroup> list = new ArrayList<>();
		groups.forEach((manager, children) -> list.add(new ManagerGroup(manager == null ? "No team manager recorded" : manager,
				children.stream().sorted(Comparator.comparing(PanelChild::name)).toList())));
		return new PanelListView(date, byChild.size(), list);
	}

	private static String siblingPosition(ChildFacts f) {
		if (f.split() == null) {
			return "Not split from any sibling.";
		}
		return "Apart from " + String.join(", ", f.split().siblings()) + " (" + f.split().state() + ").";
	}

	/** The papers a panel asks for: genogram, relatives work list, siblings, carer shortlist, timeline. */
	static List<Paper> papers(String childId) {
		return List.of(new Paper("Genogram", "/children/" + childId + "/genogram"),
				new Paper("Relatives work list", "/children/" + childId + "/relatives"),
				new Paper("Siblings", "/api/children/" + childId + "/siblings"),
				new Paper("Carer shortlist", "/children/" + childId + "/matches"),
				new Paper("Timeline", "/children/" + childId + "/timeline"));
	}

	/**
	 * The authority's figures over the children looked after now that the caller may see: the share with a
	 * permanence plan by their second review (of those past it), the median days from becoming looked after to the
	 * permanence plan and to permanence (a match agreed at panel, or a special guardianship or child arrangements
	 * order), the children over each threshold, and the twelve months to today.
	 */
	FiguresView figures(Predicate<String> visible) {
		LocalDate today = today();
		List<Judged> all = everyChild(visible);
		int past = 0;
		int inTime = 0;
		List<Long> toPlan = new ArrayList<>();
		List<Long> toPermanence = new ArrayList<>();
		for (Judged j : all) {
			ChildFacts f = j.facts();
			ReviewSchedule.Slot second = j.reviews().review(2, settings);
			LocalDate deadline = second.held() != null ? second.held() : second.due();
			if (!deadline.isAfter(today)) {
				past++;
				if (f.hasPermanencePlan() && f.permanencePlan().agreedOn() != null && !f.permanencePlan().agreedOn().isAfter(deadline)) {
					inTime++;
				}
			}
			if (f.hasPermanencePlan() && f.permanencePlan().agreedOn() != null) {
				toPlan.add(ChronoUnit.DAYS.between(f.lookedAfterSince(), f.permanencePlan().agreedOn()));
			}
			permanenceReached(f, today).ifPresent(d -> toPermanence.add(ChronoUnit.DAYS.between(f.lookedAfterSince(), d)));
		}
		List<ThresholdCount> over = rules.all().stream().map(r -> new ThresholdCount(r.code(), r.title(),
				(int) all.stream().filter(j -> j.alerts().stream().anyMatch(v -> v.rule().equals(r.code()))).count())).toList();
		List<MonthFigures> months = new ArrayList<>();
		YearMonth now = YearMonth.from(today);
		for (int i = 11; i >= 0; i--) {
			YearMonth m = now.minusMonths(i);
			months.add(new MonthFigures(m.toString(),
					(int) all.stream().filter(j -> YearMonth.from(j.facts().lookedAfterSince()).equals(m)).count(),
					(int) all.stream().filter(j -> j.facts().hasPermanencePlan() && j.facts().permanencePlan().agreedOn() != null
							&& YearMonth.from(j.facts().permanencePlan().agreedOn()).equals(m)).count(),
					(int) all.stream().flatMap(j -> j.facts().reviewsHeld().stream()).filter(d -> YearMonth.from(d).equals(m)).count(),
					(int) all.stream().flatMap(j -> j.alerts().stream())
						.filter(v -> v.bitesOn() != null && YearMonth.from(v.bitesOn()).equals(m)).count()));
		}
		return new FiguresView(today, all.size(), inTime, past, past == 0 ? null : Math.round(1000.0 * inTime / past) / 1000.0,
				median(toPlan), median(toPermanence), over, months);
	}

	static Optional<LocalDate> permanenceReached(ChildFacts f, LocalDate today) {
		Optional<LocalDate> match = f.panels().stream().filter(p -> PanelSubject.MATCH.code().equals(p.presented())
				&& PanelRecommendation.AGREED.code().equals(p.recommendation()) && !p.date().isAfter(today))
			.map(ChildFacts.Panel::date).min(Comparator.naturalOrder());
		Optional<LocalDate> order = f.proceedings().stream().filter(p -> p.finalOrderOn() != null
				&& (FinalOrder.SPECIAL_GUARDIANSHIP_ORDER.code().equals(p.finalOrder())
						|| FinalOrder.CHILD_ARRANGEMENTS_ORDER.code().equals(p.finalOrder())))
			.map(ChildFacts.Proceedings::finalOrderOn).min(Comparator.naturalOrder());
		return match.isPresent() && order.isPresent() ? Optional.of(match.get().isBefore(order.get()) ? match.get() : order.get())
				: match.isPresent() ? match : order;
	}

	/** The median of whole days (the lower middle of an even count), null for none. */
	static Long median(List<Long> values) {
		if (values.isEmpty()) {
			return null;
		}
		List<Long> sorted = values.stream().sorted().toList();
		return sorted.get((sorted.size() - 1) / 2);
	}
}
