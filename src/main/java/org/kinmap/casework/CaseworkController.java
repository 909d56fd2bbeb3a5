package org.kinmap.casework;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.kinmap.access.RecordAccess;
import org.kinmap.casework.NetworkEditor.LinkKind;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Editing a looked-after child's family network from their record (the genogram's cards): every change names the child
 * whose record it is made from, is refused (403) unless the person signed in may see that record, and may only touch
 * persons in that child's network. Writes answer with {@code Kinmap-Sequence}.
 */
@RestController
@RequestMapping("/api/children/{childId}/network")
@Tag(name = "Casework", description = "Add relatives, correct details, change links, remove mistakes; each with its history")
class CaseworkController {

	private static final String WHAT = "family network";

	private final NetworkEditor editor;
	private final RecordAccess access;

	CaseworkController(NetworkEditor editor, RecordAccess access) {
		this.editor = editor;
		this.access = access;
	}

	@PostMapping("/persons/{personId}/relatives")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a relative of a person: parent, child, partner, full or half sibling, twin, or connected person",
			description = "Checked by the import's rules (no cycle of parentage, at most two birth parents, dates in order); "
					+ "a refusal is a 422 problem whose errors name the field.")
	Answers.Saved addRelative(@PathVariable String childId, @PathVariable String personId,
			@RequestBody Requests.AddRelative request) {
		return audited("add relative", childId, () -> editor.addRelative(childId, personId, request));
	}

	@PutMapping("/persons/{personId}/details")
	@Operation(summary = "Correct a person's details (every field of the card; `version` as the card showed it)",
			description = "A stale version is refused with 409 saying what changed meanwhile, who and when.")
	Answers.Saved correctDetails(@PathVariable String childId, @PathVariable String personId,
			@RequestBody Requests.CorrectDetails request) {
		return audited("correct person details", childId, () -> editor.correctDetails(childId, personId, request));
	}

	@PutMapping("/persons/{personId}/risk")
	@Operation(summary = "Flag or clear a risk to children, with a note")
	Answers.Saved changeRisk(@PathVariable String childId, @PathVariable String personId,
			@RequestBody Requests.ChangeRisk request) {
		return audited("change risk to children", childId, () -> editor.changeRisk(childId, personId, request));
	}

	@PostMapping("/persons/{personId}/removal")
	@Operation(summary = "Remove a person entered by mistake (a reason is required and kept in the history)")
	Answers.Saved removePerson(@PathVariable String childId, @PathVariable String personId,
			@RequestBody Requests.Removal request) {
		return audited("remove person", childId, () -> editor.removePerson(childId, personId, request));
	}

	@GetMapping("/persons/{personId}/history")
	@Operation(summary = "A person's history: every change, from what to what, who, when and why, newest first")
	Answers.History personHistory(@PathVariable String childId, @PathVariable String personId) {
		access.checkRead(List.of(childId), WHAT + " history");
		return editor.personHistory(childId, personId);
	}

	@PutMapping("/partnerships/{a}/{b}")
	@Operation(summary = "Change or end a partnership: type, status (separated, divorced, ...), dates")
	Answers.Saved changePartnership(@PathVariable String childId, @PathVariable String a, @PathVariable String b,
			@RequestBody Requests.ChangePartnership request) {
		return audited("change partnership", childId, () -> editor.changePartnership(childId, a, b, request));
	}

	@PutMapping("/parent-links/{parent}/{child}")
	@Operation(summary = "Change a parent link's type (birth, adoptive, step, special guardian, ...) and parental responsibility")
	Answers.Saved changeParentLink(@PathVariable String childId, @PathVariable String parent, @PathVariable String child,
			@RequestBody Requests.ChangeParentLink request) {
		return audited("change parent link", childId, () -> editor.changeParentLink(childId, parent, child, request));
	}

	@PostMapping("/{kind:parent-links|partnerships|sibling-links}/{x}/{y}/removal")
	@Operation(summary = "Remove a parent link, partnership or sibling link entered by mistake (with the reason)")
	Answers.Saved removeLink(@PathVariable String childId, @PathVariable String kind, @PathVariable String x,
			@PathVariable String y, @RequestBody Requests.Removal request) {
		return audited("remove link", childId, () -> editor.removeLink(childId, kind(kind), x, y, request));
	}

	@PostMapping("/connections/{personId}/removal")
	@Operation(summary = "Remove a connected person's link to this child entered by mistake (with the reason)")
	Answers.Saved removeConnection(@PathVariable String childId, @PathVariable String personId,
			@RequestBody Requests.Removal request) {
		return audited("remove link", childId, () -> editor.removeLink(childId, LinkKind.CONNECTION, personId, childId, request));
	}

	@GetMapping("/{kind:parent-links|partnerships|sibling-links}/{x}/{y}/history")
	@Operation(summary = "A link's history: every change, from what to what, who, when and why, newest first")
	Answers.History linkHistory(@PathVariable String childId, @PathVariable String kind, @PathVariable String x,
			@PathVariable String y) {
		access.checkRead(List.of(childId), WHAT + " history");
		return editor.linkHistory(childId, kind(kind), x, y);
	}

	private static LinkKind kind(String path) {
		return switch (path) {
			case "parent-links" -> LinkKind.PARENT_LINK;
			case "partnerships" -> LinkKind.PARTNERSHIP;
			default -> LinkKind.SIBLING_LINK;
		};
	}

	/** Checks the person signed in may change this child's record, makes the change, and audits it (by ids only). */
	private Answers.Saved audited(String action, String childId, java.util.function.Supplier<Answers.Saved> change) {
		access.checkWrite(List.of(childId), WHAT);
		Answers.Saved saved = change.get();
		access.audit("casework: " + action, childId, saved.subject() + " version " + saved.version());
		return saved;
	}
}
