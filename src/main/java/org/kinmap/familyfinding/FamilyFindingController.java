package org.kinmap.familyfinding;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.kinmap.access.ChildRecord;
import org.kinmap.access.RecordAccess;
import org.kinmap.familyfinding.FamilyFindingViews.ContactView;
import org.kinmap.familyfinding.FamilyFindingViews.FamilyFindingView;
import org.kinmap.familyfinding.FamilyFindingViews.RelativeLogView;
import org.kinmap.familyfinding.FamilyFindingViews.SearchView;
import org.kinmap.system.TransientRetry;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A child's family-finding log: how relatives were found, contact attempts, wishes, do not contact, searches. */
@RestController
@RequestMapping("/api/children/{id}/family-finding")
@Tag(name = "Family finding", description = "The family-finding log of a looked-after child")
class FamilyFindingController {

	static final String WHAT = "family-finding log";

	private final FamilyFindingLog findings;
	private final RecordAccess access;

	FamilyFindingController(FamilyFindingLog findings, RecordAccess access) {
		this.findings = findings;
		this.access = access;
	}

	@GetMapping
	@ChildRecord(WHAT)
	@Operation(summary = "The child's family-finding log: when the network was last searched and whether a search is "
			+ "due, every search, and each relative's contact attempts, stated wish, how found and do not contact")
	FamilyFindingView log(@PathVariable String id) {
		return findings.view(id);
	}

	@PostMapping("/relatives/{personId}/contacts")
	@Operation(summary = "Record a contact attempt with a relative: when, how, what came of it, and the next step")
	ResponseEntity<ContactView> contact(@PathVariable String id, @PathVariable String personId,
			@RequestBody ContactRequest request) {
		access.checkWrite(List.of(id), WHAT);
		ContactView saved = TransientRetry.run(WHAT, () -> findings.recordContact(id, personId, request));
		access.audit("recorded contact attempt " + saved.id(), id, "relative " + personId);
		return ResponseEntity.created(URI.create("/api/children/" + id + "/family-finding")).body(saved);
	}

	@PutMapping("/relatives/{personId}")
	@Operation(summary = "Replace a relative's log entry for the child: how and where found, stated wish, do not contact "
			+ "(with its reason)")
	RelativeLogView entry(@PathVariable String id, @PathVariable String personId, @RequestBody LogRequest request) {
		access.checkWrite(List.of(id), WHAT);
		RelativeLogView saved = TransientRetry.run(WHAT, () -> findings.updateLog(id, personId, request));
		access.audit("updated family-finding log entry", id, "relative " + personId
				+ (saved.doNotContact() ? ", do not contact" : ""));
		return saved;
	}

	@PostMapping("/searches")
	@Operation(summary = "Record a search of the child's network: a records search, a genogram session or a family "
			+ "group conference")
	ResponseEntity<SearchView> search(@PathVariable String id, @RequestBody SearchRequest request) {
		access.checkWrite(List.of(id), WHAT);
		SearchView saved = TransientRetry.run(WHAT, () -> findings.recordSearch(id, request));
		access.audit("recorded network search " + saved.id(), id, saved.kind());
		return ResponseEntity.created(URI.create("/api/children/" + id + "/family-finding")).body(saved);
	}
}
