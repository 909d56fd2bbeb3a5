package org.kinmap.tracker;

import java.util.List;
import java.util.function.Supplier;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.kinmap.access.RecordAccess;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Recording a child's reviews, plans, meetings, panels, care proceedings and allocation (docs/tracker.md): each is
 * refused (403) unless the person signed in may see the child's record, checked by the network document's rules (a
 * refusal is a 422 problem naming the request's field), and answered with the record as written and
 * {@code Kinmap-Sequence}. Social workers record all of them; managers also record panels (with the agency decision
 * maker's decision) and allocations, which team managers and panel administrators keep in practice.
 */
@RestController
@RequestMapping("/api/children/{childId}")
@Tag(name = "Permanence tracker", description = "Record reviews, plans, meetings, panels, care proceedings, allocations")
class PermanenceRecordsController {

	private static final String WHAT = "permanence records";

	private final PermanenceRecords records;
	private final RecordAccess access;

	PermanenceRecordsController(PermanenceRecords records, RecordAccess access) {
		this.records = records;
		this.access = access;
	}

	@PostMapping("/reviews")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record a statutory review (due, held, chair, outcome)",
			description = "Refused with 422 when held or due before the child became looked after, or held in the future.")
	RecordRequests.Review review(@PathVariable String childId, @RequestBody RecordRequests.Review request) {
		RecordRequests.Review saved = audited(childId, () -> records.review(childId, request));
		access.audit("tracker: record review", childId, "review " + saved.id());
		return saved;
	}

	@PostMapping("/plans")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record a care plan or a permanence plan with its contingency",
			description = "Refused with 422 when agreed in the future or before the child became looked after.")
	RecordRequests.Plan plan(@PathVariable String childId, @RequestBody RecordRequests.Plan request) {
		RecordRequests.Plan saved = audited(childId, () -> records.plan(childId, request));
		access.audit("tracker: record plan", childId, "plan " + saved.id());
		return saved;
	}

	@PostMapping("/meetings")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record a care planning or permanence planning meeting held")
	RecordRequests.Meeting meeting(@PathVariable String childId, @RequestBody RecordRequests.Meeting request) {
		RecordRequests.Meeting saved = audited(childId, () -> records.meeting(childId, request));
		access.audit("tracker: record meeting", childId, "meeting " + saved.id());
		return saved;
	}

	@PostMapping("/panels")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record the child presented to a panel, its recommendation and the agency decision maker's decision")
	RecordRequests.Panel panel(@PathVariable String childId, @RequestBody RecordRequests.Panel request) {
		RecordRequests.Panel saved = audited(childId, () -> records.panel(childId, request));
		access.audit("tracker: record panel", childId, "panel " + saved.id());
		return saved;
	}

	@PostMapping("/proceedings")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record care proceedings: issued, 26-week date, hearings, final order")
	RecordRequests.Proceedings proceedings(@PathVariable String childId, @RequestBody RecordRequests.Proceedings request) {
		RecordRequests.Proceedings saved = audited(childId, () -> records.proceedings(childId, request));
		access.audit("tracker: record care proceedings", childId, "proceedings " + saved.id());
		return saved;
	}

	@PutMapping("/allocation")
	@Operation(summary = "Set who works with the child: team, social worker, team manager, IRO (replaces the allocation)")
	RecordRequests.Allocation allocation(@PathVariable String childId, @RequestBody RecordRequests.Allocation request) {
		RecordRequests.Allocation saved = audited(childId, () -> records.allocation(childId, request));
		access.audit("tracker: record allocation", childId, "allocation");
		return saved;
	}

	/** Checks the person signed in may change this child's record, then writes. */
	private <T> T audited(String childId, Supplier<T> write) {
		access.checkWrite(List.of(childId), WHAT);
		return write.get();
	}
}
