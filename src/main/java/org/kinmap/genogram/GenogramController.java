package org.kinmap.genogram;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.kinmap.access.ChildRecord;
import org.kinmap.access.RecordAccess;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The genogram's data, laid out. */
@RestController
@Tag(name = "Genogram")
class GenogramController {

	private final GenogramService genograms;

	GenogramController(GenogramService genograms) {
		this.genograms = genograms;
	}

	@GetMapping("/api/children/{id}/genogram")
	@ChildRecord("genogram")
	@Operation(summary = "A child's genogram: everyone within `hops` family links, laid out in generations, with "
			+ "assessment status, risk, households and connected persons")
	GenogramView genogram(@PathVariable String id, @RequestParam(defaultValue = "" + GenogramService.DEFAULT_HOPS) int hops) {
		return genograms.genogram(id, hops);
	}
}
