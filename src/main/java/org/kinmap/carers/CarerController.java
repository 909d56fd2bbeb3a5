package org.kinmap.carers;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.kinmap.carers.CarerViews.CarerDetail;
import org.kinmap.carers.CarerViews.CarerSummary;
import org.kinmap.system.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Carer households. */
@RestController
@RequestMapping("/api/carers")
@Tag(name = "Carer households")
class CarerController {

	private final CarerQueries carers;

	CarerController(CarerQueries carers) {
		this.carers = carers;
	}

	@GetMapping
	@Operation(summary = "Every carer household with current approvals and vacancies (vacancies=true: only those with room)")
	List<CarerSummary> carers(@RequestParam(defaultValue = "false") boolean vacancies) {
		return carers.carers().stream().filter(c -> !vacancies || c.vacancies() > 0).toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "A carer household: members, approvals, capacity, children placed, home and skills")
	CarerDetail carer(@PathVariable String id) {
		return carers.carer(id).orElseThrow(() -> new NotFoundException("No carer household has the id '" + id + "'"));
	}
}
