package org.kinmap.exchange;

import java.io.IOException;
import java.io.InputStream;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.kinmap.access.RecordAccess;
import org.kinmap.exchange.GedcomImporter.GedcomReport;
import org.kinmap.system.BadRequestException;
import org.kinmap.system.OneAtATime;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Imports GEDCOM family trees. */
@RestController
@Tag(name = "Import")
class GedcomController {

	private final GedcomImporter gedcom;
	private final RecordAccess access;

	GedcomController(GedcomImporter gedcom, RecordAccess access) {
		this.gedcom = gedcom;
		this.access = access;
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
