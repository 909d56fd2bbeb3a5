package org.kinmap.kinship;

import java.util.HashMap;
import java.util.Map;

import org.kinmap.familyfinding.Mark;
import org.springframework.stereotype.Component;

/**
 * What other modules may ask of kinship: how each person is related to a child, in words, and whether they are
 * a close relative under s105 of the Children Act 1989 (the genogram marks them).
 */
@Component
public class ChildRelationships {

	private final KinshipService kinship;

	ChildRelationships(KinshipService kinship) {
		this.kinship = kinship;
	}

	/** The closest relationship of each relative of {@code childId}, by person id, to the default depth. */
	public Map<String, Relationship> of(String childId, int maxDegree) {
		Map<String, Relationship> byPerson = new HashMap<>();
		kinship.relatives(childId, Math.min(maxDegree, KinshipService.MAX_MAX_DEGREE), false).relatives()
			.forEach(r -> byPerson.put(r.personId(), new Relationship(r.relationship(), r.closeRelative())));
		return byPerson;
	}

	/**
	 * The close relatives (s105) on a looked-after child's work list (people who could be considered as carers and
	 * have not been assessed for the child) whom the family-finding log shows never contacted for the child, in the
	 * work list's order, as "name (relationship)".
	 */
	public java.util.List<String> closeRelativesNeverContacted(String childId) {
		return kinship.workList(childId, KinshipService.DEFAULT_MAX_DEGREE).candidates().stream()
			.filter(KinshipViews.CandidateView::closeRelative)
			.filter(c -> c.outreach() == null
					|| c.outreach().marks().stream().anyMatch(m -> Mark.NEVER_CONTACTED.equals(m.code())))
			.map(c -> c.name() + " (" + c.relationship() + ")")
			.toList();
	}

	/** @param label the relationship from the child's side ("maternal grandmother"); {@code closeRelative} s105 */
	public record Relationship(String label, boolean closeRelative) {
	}
}
