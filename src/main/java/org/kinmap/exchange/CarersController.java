package org.kinmap.exchange;

import java.io.IOException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.kinmap.access.RecordAccess;
import org.kinmap.exchange.CarersImport.CarersImportReport;
import org.kinmap.system.BadRequestException;
import org.kinmap.system.OneAtATime;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Carer households from the authority's spreadsheet (docs/carers-import.md). */
@RestController
@Tag(name = "Import")
class CarersController {

	static final String TEMPLATE = "exchange/carers-template.csv";
	static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

	private final CarersImport carers;
	private final RecordAccess access;

	CarersController(CarersImport carers, RecordAccess access) {
		this.carers = carers;
		this.access = access;
	}

	@GetMapping(path = "/api/carers/import/template", produces = "text/csv")
	@Operation(summary = "The carers spreadsheet template: the header row and two fictional example rows")
	ResponseEntity<byte[]> template() throws IOException {
		return ResponseEntity.ok().contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"kinmap-carers-template.csv\"")
			.body(new ClassPathResource(TEMPLATE).getContentAsByteArray());
	}

	@PostMapping(path = "/api/carers/import", consumes = { "text/csv", MediaType.TEXT_PLAIN_VALUE })
	@OneAtATime("an import")
	@Operation(summary = "Import carer households from CSV (the template's columns; one row per household)",
			description = "UTF-8 with or without a byte-order mark. Every problem is reported with its line and column in "
					+ "a 422 problem; nothing is written unless the whole file is valid, or with valid-rows-only=true the "
					+ "valid rows are written and the others listed. Members and other approvals already recorded are kept.")
	CarersImportReport importCsv(@RequestBody byte[] body,
			@RequestParam(name = "valid-rows-only", defaultValue = "false") boolean validRowsOnly) {
		return imported(body, validRowsOnly);
	}

	@PostMapping(path = "/api/carers/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@OneAtATime("an import")
	@Operation(summary = "Import carer households from a CSV file uploaded as the multipart field 'file'")
	CarersImportReport importUpload(@RequestPart("file") MultipartFile file,
			@RequestParam(name = "valid-rows-only", defaultValue = "false") boolean validRowsOnly) throws IOException {
		return imported(file.getBytes(), validRowsOnly);
	}

	private CarersImportReport imported(byte[] csv, boolean validRowsOnly) {
		if (csv == null || csv.length == 0) {
			throw new BadRequestException("The file is empty: send the template's header row and a row per household");
		}
		CarersImportReport report = carers.importCsv(csv, validRowsOnly);
		access.audit("import carers spreadsheet", null, report.householdsImported() + " households imported, "
				+ report.rowsLeftOut() + " rows left out; " + report.written().summary());
		return report;
	}
}
