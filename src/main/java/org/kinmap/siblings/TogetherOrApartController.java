package org.kinmap.siblings;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.kinmap.access.RecordAccess;
import org.kinmap.network.PersonRef;
import org.kinmap.system.NotFoundException;
import org.kinmap.system.TransientRetry;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Recording together-or-apart assessments of siblings. */
@RestController
@RequestMapping("/api/together-or-apart-assessments")
@Tag(name = "Sibling groups")
class TogetherOrApartController {

	private final TogetherOrApartRecorder recorder;
	private final RecordAccess access;

	TogetherOrApartController(TogetherOrApartRecorder recorder, RecordAccess access) {
		this.recorder = recorder;
		this.access = access;
	}

	@PostMapping
	@Operation(summary = "Record a together-or-apart assessment: the children, their views, each pair, the recommendation")
	ResponseEntity<TogetherOrApartView> record(@RequestBody TogetherOrApartRequest request) {
		access.checkWrite(request.children(), "together-or-apart assessment");
		TogetherOrApartView saved = TransientRetry.run("together-or-apart assessment", () -> recorder.record(request));
		return ResponseEntity.created(URI.create("/api/together-or-apart-assessments/" + saved.id())).body(saved);
	}

	@PutMapping("/{id}")
	@Operation(summary = "Replace a together-or-apart assessment with the one given")
	TogetherOrApartView replace(@PathVariable String id, @RequestBody TogetherOrApartRequest request) {
		recorder.find(id).ifPresent(old -> access.checkWrite(old.children().stream().map(PersonRef::personId).toList(),
				"together-or-apart assessment"));
		access.checkWrite(request.children(), "together-or-apart assessment");
		return TransientRetry.run("together-or-apart assessment", () -> recorder.replace(id, request));
	}

	@GetMapping("/{id}")
	@Operation(summary = "A together-or-apart assessment")
	TogetherOrApartView get(@PathVariable String id) {
		TogetherOrApartView view = recorder.find(id)
			.orElseThrow(() -> new NotFoundException("No together-or-apart assessment has the id '" + id + "'"));
		access.checkRead(view.children().stream().map(PersonRef::personId).toList(), "together-or-apart assessment");
		return view;
	}
}
