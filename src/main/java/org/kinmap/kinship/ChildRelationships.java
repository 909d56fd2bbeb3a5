package org.kinmap.kinship;

import java.util.HashMap;
import java.util.Map;

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

	/** @param label the relationship from the child's side ("maternal grandmother"); {@code closeRelative} s105 */
	public record Relationship(String label, boolean closeRelative) {
	}
}
