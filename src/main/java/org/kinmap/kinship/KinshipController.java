package org.kinmap.kinship;

import java.util.Arrays;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.kinmap.access.ChildRecord;
import org.kinmap.access.RecordAccess;
import org.kinmap.kinship.KinshipViews.GapsView;
import org.kinmap.kinship.KinshipViews.RelativesView;
import org.kinmap.kinship.KinshipViews.SharedRelativesView;
import org.kinmap.kinship.KinshipViews.WorkListView;
import org.kinmap.system.BadRequestException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A child's (or any person's) relatives with their legal labels, the unassessed work list and the network gaps. */
@RestController
@Tag(name = "Kinship", description = "Relatives, the unassessed-relatives work list and gaps in the network")
class KinshipController {

	/** The most children one question about shared relatives may name: a sibling group, not an authority. */
	static final int MAX_CHILDREN = 20;

	private final KinshipService kinship;
	private final RecordAccess access;

	KinshipController(KinshipService kinship, RecordAccess access) {
		this.kinship = kinship;
		this.access = access;
	}

	@GetMapping("/api/children/{id}/relatives")
	@ChildRecord("relatives")
	@Operation(summary = "Every relative and connected person of a looked-after child, closest first, with the legal "
			+ "label, generations, side, kind, s105 close-relative test, assessment status and flags")
	RelativesView childRelatives(@PathVariable String id, @RequestParam(required = false) Integer maxDegree) {
		return kinship.relatives(id, KinshipService.maxDegree(maxDegree), true);
	}

	@GetMapping(path = "/api/children/{id}/relatives", params = "unassessed=true")
	@ChildRecord("relatives work list")
	@Operation(summary = "The work list: who could be considered as a carer and has not been assessed, ranked, each "
			+ "with the sentence a social worker reads; parents and people flagged as a risk listed apart")
	WorkListView unassessed(@PathVariable String id, @RequestParam(required = false) Integer maxDegree) {
		return kinship.workList(id, KinshipService.maxDegree(maxDegree));
	}

	@GetMapping("/api/persons/{id}/relatives")
	@ChildRecord("relatives")
	@Operation(summary = "Every relative of any person, closest first, labelled from that person's side")
	RelativesView personRelatives(@PathVariable String id, @RequestParam(required = false) Integer maxDegree) {
		return kinship.relatives(id, KinshipService.maxDegree(maxDegree), false);
	}

	@GetMapping("/api/children/{id}/network-gaps")
	@ChildRecord("network gaps")
	@Operation(summary = "Gaps in a child's network (a parent or a side missing, no connected persons, no way to "
			+ "contact relatives, Regulation 24 approvals running out), each with a suggested action")
	GapsView gaps(@PathVariable String id) {
		return kinship.gaps(id);
	}

	@GetMapping("/api/relatives")
	@Operation(summary = "The relatives of several looked-after children (a sibling group), each person with every "
			+ "child's own label; unassessed=true keeps those who are a candidate for at least one child")
	SharedRelativesView shared(@RequestParam String children, @RequestParam(required = false) Integer maxDegree,
			@RequestParam(defaultValue = "false") boolean unassessed) {
		List<String> ids = Arrays.stream(children.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
		if (ids.size() > MAX_CHILDREN) {
			throw new BadRequestException("Parameter 'children' may name at most " + MAX_CHILDREN + " children (a sibling group)");
		}
		access.checkRead(ids, "relatives");
		return kinship.shared(ids, KinshipService.maxDegree(maxDegree), unassessed);
	}
}
