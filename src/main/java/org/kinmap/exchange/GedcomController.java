package org.kinmap.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.kinmap.access.ChildRecord;
import org.kinmap.access.RecordAccess;
import org.kinmap.exchange.GedcomImporter.GedcomReport;
import org.kinmap.system.BadRequestException;
import org.kinmap.system.OneAtATime;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Imports GEDCOM family trees, and exports a child's or any person's family as one. */
@RestController
@Tag(name = "Import")
class GedcomController {

	static final MediaType GEDCOM = MediaType.parseMediaType("application/x-gedcom;charset=UTF-8");

	private final GedcomImporter gedcom;
	private final GedcomExport export;
	private final RecordAccess access;

	GedcomController(GedcomImporter gedcom, GedcomExport export, RecordAccess access) {
		this.gedcom = gedcom;
		this.export = export;
		this.access = access;
	}

	@GetMapping(path = "/api/children/{id}/network.ged")
	@ChildRecord("GEDCOM export")
	@Operation(summary = "A child's family as a GEDCOM 5.5.1 file (UTF-8): everyone within `hops` parent, partner or "
			+ "multiple-birth links", description = "Reads back through POST /api/networks/gedcom to the same persons, "
					+ "parent links with their kind, partnerships with their kind and dates, and multiple births.")
	ResponseEntity<byte[]> childNetwork(@PathVariable String id,
			@RequestParam(defaultValue = "" + GedcomExport.DEFAULT_HOPS) int hops) {
		return exported(id, hops);
	}

	@GetMapping(path = "/api/persons/{id}/network.ged")
	@ChildRecord("GEDCOM export")
	@Operation(summary = "Any person's family as a GEDCOM 5.5.1 file (UTF-8), as for a child")
	ResponseEntity<byte[]> personNetwork(@PathVariable String id,
			@RequestParam(defaultValue = "" + GedcomExport.DEFAULT_HOPS) int hops) {
		return exported(id, hops);
	}

	private ResponseEntity<byte[]> exported(String id, int hops) {
		GedcomExport.Exported file = export.export(id, hops);
		access.audit("export GEDCOM", null, file.persons() + " persons within " + hops + " links of " + id
				+ (file.truncated() ? " (stopped at the size cap)" : ""));
		// The file is named by the record's id, never by a name.
		return ResponseEntity.ok().contentType(GEDCOM)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("network-" + id + ".ged").build().toString())
			.body(file.gedcom().getBytes(StandardCharsets.UTF_8));
	}

	@PostMapping(path = "/api/networks/gedcom", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@OneAtATime("an import")
	@Operation(summary = "Import a GEDCOM 5.5.1 family tree (multipart field 'file')",
			description = "Persons get the id PREFIX-XREF (the prefix defaults to the file's name) and keep the xref as "
					+ "sourceId, so GET /api/persons?sourceId=@I115@ finds them. Irregular dates are read as far as they "
					+ "go; what cannot be imported is skipped and listed with the reason. Importing the same file again "
					+ "changes nothing.")
	GedcomReport importGedcom(@RequestPart("file") MultipartFile file, @RequestParam(required = false) String prefix)
			throws IOException {
		if (file.isEmpty()) {
			throw new BadRequestException("The uploaded file is empty");
		}
		try (InputStream in = file.getInputStream()) {
			GedcomReport report = gedcom.importGedcom(in, prefix == null || prefix.isBlank()
					? GedcomImporter.prefixFor(file.getOriginalFilename()) : prefix);
			access.audit("import GEDCOM", null, report.personsImported() + " persons, " + report.parentLinksImported()
					+ " parent links, " + report.partnershipsImported() + " partnerships; " + report.skipped().size() + " skipped");
			return report;
		}
	}
}
