package org.kinmap.siblings;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
			for (var m : row.members()) {
				byChild.put(m.personId(), split(row, m.personId()));
			}
		}
		return byChild;
	}

	/**
	 * One person's split group, as {@link #ofLookedAfterChildren()} answers for them, found by walking out from that
	 * person alone (their group, whole, and its neighbourhood) instead of through the whole authority's split scope:
	 * empty when they are in no sibling group, or in one that is not split or has no looked-after child. The same
	 * answer, because a group with a looked-after child is always read whole and analysed in the split scope, and a
	 * group's analysis turns only on its own members, assessments and contacts.
	 */
	public Optional<Split> of(String personId) {
		return groups.groupsAround(List.of(personId), SiblingKind.DEFAULT).stream().filter(g -> g.contains(personId))
			.findFirst()
			.map(g -> SiblingGroups.row(groups.analyse(List.of(g)).get(0)))
			.filter(row -> row.split() && row.lookedAfter() > 0)
			.map(row -> split(row, personId));
	}

	private static Split split(SiblingViews.GroupRow row, String personId) {
		AssessmentState state = row.assessmentState() == null ? AssessmentState.UNASSESSED
				: org.kinmap.system.Coded.parse(AssessmentState.class, row.assessmentState()).orElse(AssessmentState.UNASSESSED);
		List<String> others = row.members().stream().filter(o -> !o.personId().equals(personId))
			.map(SiblingViews.MemberRow::name).toList();
		return new Split(row.id(), state == AssessmentState.AS_ASSESSED, state.label(), others);
	}
}
