package org.kinmap.siblings;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.kinmap.access.ChildRecord;
import org.kinmap.access.RecordAccess;
import org.kinmap.siblings.SiblingViews.ChildSiblings;
import org.kinmap.siblings.SiblingViews.GroupDetail;
import org.kinmap.siblings.SiblingViews.GroupRow;
import org.kinmap.siblings.SiblingViews.MemberView;
import org.kinmap.siblings.SiblingViews.Summary;
import org.kinmap.system.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Sibling groups, splits and reunification options. */
@RestController
@Tag(name = "Sibling groups")
class SiblingGroupController {

	static final String KINDS = "Which relations join a group, comma separated: " + SiblingKind.FILTER_WORDS
			+ ". Default: full, half, adoptive, raised_together (and recorded siblings of unknown relation).";

	private final SiblingGroups groups;
	private final RecordAccess access;

	SiblingGroupController(SiblingGroups groups, RecordAccess access) {
		this.groups = groups;
		this.access = access;
	}

	@GetMapping("/api/sibling-groups")
	@Operation(summary = "Every sibling group: members, whether split, the assessment state of a split")
	List<GroupRow> groups(@RequestParam(required = false) Boolean split, @RequestParam(required = false) Boolean inCare,
			@Parameter(description = KINDS) @RequestParam(required = false) String kinds) {
		var hidden = access.restrictedFrom("sibling groups");
		return groups.list(SiblingKind.parse(kinds), split, inCare).stream()
			.filter(g -> g.members().stream().noneMatch(m -> hidden.test(m.personId())))
			.toList();
	}

	@GetMapping("/api/sibling-groups/summary")
	@Operation(summary = "The manager's figures: groups, splits, unassessed and contrary splits, pairs without contact, reunification options")
	Summary summary(@Parameter(description = KINDS) @RequestParam(required = false) String kinds) {
		return groups.summary(SiblingKind.parse(kinds));
	}

	@GetMapping("/api/sibling-groups/{id}")
	@Operation(summary = "A sibling group: members, how each pair is related, the split, contact, and carers who could reunite them")
	GroupDetail group(@PathVariable String id, @Parameter(description = KINDS) @RequestParam(required = false) String kinds) {
		GroupDetail group = groups.group(id, SiblingKind.parse(kinds))
			.orElseThrow(() -> new NotFoundException("No sibling group has the id '" + id + "'"));
		access.checkRead(group.members().stream().map(MemberView::personId).toList(), "sibling group");
		return group;
	}

	@GetMapping("/api/children/{id}/siblings")
	@ChildRecord("siblings")
	@Operation(summary = "A person's brothers and sisters: how related, where they live, contact")
	ChildSiblings siblings(@PathVariable String id, @Parameter(description = KINDS) @RequestParam(required = false) String kinds) {
		return groups.siblingsOf(id, SiblingKind.parse(kinds))
			.orElseThrow(() -> new NotFoundException("No sibling of '" + id + "' is recorded"));
	}
}
