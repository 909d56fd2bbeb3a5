package org.kinmap.siblings;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * What other modules may ask of siblings: for each looked-after child in a split sibling group, the group and whether
 * a together-or-apart assessment backs the split (the permanence tracker's split-sibling rule reads it).
 */
@Component
public class SplitSiblings {

	private final SiblingGroups groups;

	SplitSiblings(SiblingGroups groups) {
		this.groups = groups;
	}

	/**
	 * One looked-after child's split group: {@code assessed} false when no together-or-apart assessment backs the
	 * split; {@code state} in words ("apart, not assessed"); the names of the other members.
	 */
	public record Split(String groupId, boolean assessed, String state, List<String> siblings) {
	}

	/** Every looked-after child who is in a split sibling group (the default sibling kinds), by child id. */
	public Map<String, Split> ofLookedAfterChildren() {
		Map<String, Split> byChild = new HashMap<>();
		for (var row : groups.list(SiblingKind.DEFAULT, true, true)) {
			AssessmentState state = row.assessmentState() == null ? AssessmentState.UNASSESSED
					: org.kinmap.system.Coded.parse(AssessmentState.class, row.assessmentState()).orElse(AssessmentState.UNASSESSED);
			for (var m : row.members()) {
				List<String> others = row.members().stream().filter(o -> !o.personId().equals(m.personId()))
					.map(SiblingViews.MemberRow::name).toList();
				byChild.put(m.personId(), new Split(row.id(), state == AssessmentState.AS_ASSESSED, state.label(), others));
			}
		}
		return byChild;
	}
}
