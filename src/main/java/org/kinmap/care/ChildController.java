package org.kinmap.care;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.kinmap.access.ChildRecord;
import org.kinmap.access.RecordAccess;
import org.kinmap.care.ChildViews.ChildDetail;
import org.kinmap.care.ChildViews.ChildSummary;
import org.kinmap.system.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Looked-after children. */
@RestController
@RequestMapping("/api/children")
@Tag(name = "Children in care")
class ChildController {

	private final ChildQueries children;
	private final RecordAccess access;

	ChildController(ChildQueries children, RecordAccess access) {
		this.children = children;
		this.access = access;
	}

	@GetMapping
	@Operation(summary = "Every child looked after now, with legal status, plans and current placement")
	List<ChildSummary> children() {
		var visible = access.visibleTo("children in care");
		return children.childrenInCare().stream().filter(c -> visible.test(c.id())).toList();
	}

	@GetMapping("/{id}")
	@ChildRecord("care record")
	@Operation(summary = "A looked-after child: care record, placements, needs in the nine domains, assessments, contact")
	ChildDetail child(@PathVariable String id) {
		return children.child(id)
			.orElseThrow(() -> new NotFoundException("No looked-after child has the id '" + id + "'"));
	}
}
