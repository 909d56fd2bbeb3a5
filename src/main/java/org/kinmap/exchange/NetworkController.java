package org.kinmap.exchange;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.kinmap.access.RecordAccess;
import org.kinmap.system.OneAtATime;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Imports family-network documents. */
@RestController
@RequestMapping("/api/networks")
@Tag(name = "Import", description = "Load family networks, carers, placements and assessments")
class NetworkController {

	private final NetworkImporter importer;
	private final RecordAccess access;

	NetworkController(NetworkImporter importer, RecordAccess access) {
		this.importer = importer;
		this.access = access;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@OneAtATime("an import")
	@Operation(summary = "Import a network document",
			description = "Writes the whole document in one transaction, or nothing. Idempotent by id: importing the same "
					+ "document again changes nothing, a changed document updates. A document with problems gets a 422 "
					+ "problem response listing every problem, each with a JSON Pointer.")
	ImportReport importNetwork(@RequestBody NetworkDocument document) {
		ImportReport report = importer.importNetwork(document);
		access.audit("import network document", null, report.summary());
		return report;
	}
}
