package org.kinmap.siblings;

import java.util.List;
import java.util.Set;

/**
 * Rule: which links the walk out to a person's brothers and sisters follows ({@code siblings/sibling-neighbours}).
 * Every sibling relation comes from one of them ({@link SiblingRelations}): a shared birth or adoptive parent, a
 * multiple birth, a recorded sibling or raised-together link and, for step-siblings only, a step-parent link or a
 * partnership between two parents. Walking them from some people until no one new turns up therefore reaches every
 * member of those people's groups, whichever kinds join a group; the step links are only walked when step-siblings
 * are asked for, as no other kind comes from them. The walk may reach a few people beyond the groups (a half-sibling
 * when only full siblings join a group); grouping leaves them out.
 */
final class SiblingReach {

	static final String REASON = "Sibling relations come only from shared parents, multiple births, sibling and "
			+ "raised-together links and (for step-siblings) step-parents and partnerships; walking those until no one new "
			+ "is found reaches everyone in the groups.";

	private static final List<String> PARENTS = List.of("birth", "adoptive");
	private static final List<String> PARENTS_AND_STEP = List.of("birth", "adoptive", "step");

	private SiblingReach() {
	}

	/** The parent link types a shared parent is found through. */
	static List<String> parentTypes(Set<SiblingKind> kinds) {
		return steps(kinds) ? PARENTS_AND_STEP : PARENTS;
	}

	/** Whether the walk also goes through the partnerships of parents (step-siblings asked for). */
	static boolean steps(Set<SiblingKind> kinds) {
		return kinds.contains(SiblingKind.STEP);
	}
}
