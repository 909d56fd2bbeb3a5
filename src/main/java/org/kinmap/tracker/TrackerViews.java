package org.kinmap.tracker;

import java.time.LocalDate;
import java.util.List;

/** What the tracker's endpoints answer (DTO records). */
final class TrackerViews {

	private TrackerViews() {
	}

	/** {@code GET /api/tracker}: the children, the rules that can raise alerts, and the day judged. */
	record TrackerView(LocalDate today, int children, int withAlerts, List<TrackerRow> rows, List<RuleView> rules) {
	}

	record RuleView(String code, String title) {
	}

	/** One child on the tracker. {@code daysOverdue}: the most days any alert has stood (null when none). */
	record TrackerRow(String childId, String name, String legalStatus, String legalStatusLabel, LocalDate lookedAfterSince,
			String team, String socialWorker, String teamManager, String iro, String plan, String planLabel,
			String contingency, String contingencyLabel, LocalDate planAgreedOn, int reviewsHeld, String stage,
			NextDate next, boolean onTime, Long daysOverdue, List<AlertView> alerts) {
	}

	/** The next statutory date: what is due and when. */
	record NextDate(LocalDate date, String what) {
	}

	record AlertView(String rule, String title, String sentence, LocalDate bitesOn, long daysOverdue) {
	}

	/** {@code GET /api/children/{id}/timeline}. */
	record TimelineView(String childId, String name, LocalDate lookedAfterSince, boolean lookedAfterNow,
			List<TimelineEvent> events, List<AlertView> alerts) {
	}

	/** One dated event; {@code kind} one of looked_after, review, review_due, plan, meeting, panel, decision, placement, assessment, court, ceased. */
	record TimelineEvent(LocalDate date, String kind, String title, String detail, boolean future) {
	}

	/** {@code GET /api/panels/{date}}: the children presented on a date, grouped by team manager. */
	record PanelListView(LocalDate date, int children, List<ManagerGroup> groups) {
	}

	record ManagerGroup(String teamManager, List<PanelChild> children) {
	}

	/** A child on a panel list, with the papers a panel asks for (links to kinmap's pages and API). */
	record PanelChild(String childId, String name, String team, String socialWorker, String panelId, String panel,
			String presented, String plan, String contingency, String siblingPosition, List<String> alerts,
			List<Paper> papers) {
	}

	record Paper(String title, String href) {
	}

	/** {@code GET /api/tracker/figures}: the authority's figures and a month-by-month series. */
	record FiguresView(LocalDate today, int children, int withPlanBySecondReview, int pastSecondReview,
			Double sharePlanBySecondReview, Long medianDaysToPermanencePlan, Long medianDaysToPermanence,
			List<ThresholdCount> overThresholds, List<MonthFigures> months) {
	}

	record ThresholdCount(String rule, String title, int children) {
	}

	/** One calendar month ({@code 2026-11}): children who became looked after, plans agreed, reviews held, alerts that bit. */
	record MonthFigures(String month, int becameLookedAfter, int permanencePlansAgreed, int reviewsHeld, int alertsBit) {
	}
}
