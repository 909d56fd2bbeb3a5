package org.kinmap.tracker;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.kinmap.access.ChildRecord;
import org.kinmap.access.RecordAccess;
import org.kinmap.system.BadRequestException;
import org.kinmap.system.NotFoundException;
import org.kinmap.tracker.TrackerViews.FiguresView;
import org.kinmap.tracker.TrackerViews.PanelListView;
import org.kinmap.tracker.TrackerViews.TimelineView;
import org.kinmap.tracker.TrackerViews.TrackerRow;
import org.kinmap.tracker.TrackerViews.TrackerView;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The permanence tracker's endpoints. Managers see every child whose record is not restricted; social workers and
 * IROs see the children allocated to them ({@link RecordAccess}); every list is audited as one read, a child's
 * timeline as a read of that child's record ({@link ChildRecord}).
 */
@RestController
@Tag(name = "Permanence tracker", description = "Every child's plan against the statutory timetable, alerts with reasons, panel lists, figures")
class TrackerController {

	/** The CSV's columns, in order. */
	static final String[] CSV_HEADER = { "childId", "name", "legalStatus", "lookedAfterSince", "team", "socialWorker",
			"teamManager", "iro", "plan", "contingency", "planAgreedOn", "reviewsHeld", "stage", "nextDate", "nextWhat",
			"onTime", "daysOverdue", "alerts", "reasons" };

	private final PermanenceTracker tracker;
	private final RecordAccess access;

	TrackerController(PermanenceTracker tracker, RecordAccess access) {
		this.tracker = tracker;
		this.access = access;
	}

	@GetMapping("/api/tracker")
	@Operation(summary = "Every looked-after child the caller may see: plan, stage, next statutory date and every alert "
			+ "with its reason; filter by team, worker, alert (a rule's code) and minDaysOverdue; sort by overdue (default), "
			+ "name, next, team or worker")
	TrackerView tracker(@RequestParam(required = false) String team, @RequestParam(required = false) String worker,
			@RequestParam(required = false) String alert, @RequestParam(required = false) Integer minDaysOverdue,
			@RequestParam(required = false) String sort) {
		return tracker.tracker(access.visibleTo("permanence tracker"), query(team, worker, alert, minDaysOverdue, sort));
	}

	@GetMapping(path = "/api/tracker.csv", produces = "text/csv")
	@Operation(summary = "The tracker as CSV (RFC 4180), with the same filters and order; alerts and reasons are joined with ' | '")
	ResponseEntity<String> csv(@RequestParam(required = false) String team, @RequestParam(required = false) String worker,
			@RequestParam(required = false) String alert, @RequestParam(required = false) Integer minDaysOverdue,
			@RequestParam(required = false) String sort) {
		TrackerView view = tracker.tracker(access.visibleTo("permanence tracker CSV"), query(team, worker, alert, minDaysOverdue, sort));
		StringWriter out = new StringWriter();
		try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(CSV_HEADER).get())) {
			for (TrackerRow r : view.rows()) {
				csv.printRecord(r.childId(), r.name(), r.legalStatus(), r.lookedAfterSince(), r.team(), r.socialWorker(),
						r.teamManager(), r.iro(), r.plan(), r.contingency(), r.planAgreedOn(), r.reviewsHeld(), r.stage(),
						r.next() == null ? null : r.next().date(), r.next() == null ? null : r.next().what(), r.onTime(),
						r.daysOverdue(), r.alerts().stream().map(TrackerViews.AlertView::rule).collect(Collectors.joining(" | ")),
						r.alerts().stream().map(TrackerViews.AlertView::sentence).collect(Collectors.joining(" | ")));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"permanence-tracker-" + view.today() + ".csv\"")
			.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8)).body(out.toString());
	}

	@GetMapping("/api/tracker/figures")
	@Operation(summary = "The authority's figures: share with a permanence plan by the second review, median days to the "
			+ "permanence plan and to permanence, children over each threshold, and the last twelve months")
	FiguresView figures() {
		return tracker.figures(access.visibleTo("permanence tracker figures"));
	}

	@GetMapping("/api/children/{id}/timeline")
	@ChildRecord("timeline")
	@Operation(summary = "One child's timeline: became looked after, reviews, plans, meetings, panels, decisions, "
			+ "placements, connected-person assessments, court; with the child's alerts")
	TimelineView timeline(@PathVariable String id) {
		return tracker.timeline(id).orElseThrow(() -> new NotFoundException("No looked-after child has the id " + id));
	}

	@GetMapping("/api/panels/{date}")
	@Operation(summary = "The panel list of a date (YYYY-MM-DD): every child presented, grouped by team manager, with "
			+ "the papers a panel asks for")
	PanelListView panels(@PathVariable String date) {
		LocalDate day;
		try {
			day = LocalDate.parse(date);
		}
		catch (DateTimeParseException ex) {
			throw new BadRequestException("The panel date '" + date + "' is not a date (YYYY-MM-DD)");
		}
		return tracker.panels(day, access.visibleTo("panel list"));
	}

	private TrackerQuery query(String team, String worker, String alert, Integer minDaysOverdue, String sort) {
		if (alert != null && !alert.isBlank() && tracker.rules().stream().noneMatch(r -> r.code().equals(alert))) {
			throw new BadRequestException("Parameter 'alert' must be one of " + tracker.rules().stream()
				.map(TrackerViews.RuleView::code).collect(Collectors.joining(", ")));
		}
		return new TrackerQuery(team, worker, alert, minDaysOverdue, sort);
	}
}
