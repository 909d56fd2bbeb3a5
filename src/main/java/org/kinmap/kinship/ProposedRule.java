package org.kinmap.kinship;

import org.kinmap.network.IdentifiedBy;
import org.kinmap.system.Coded;

/** Proposed by the family (50), at the family group conference (50), or named by the child (70). */
final class ProposedRule implements RankingRule {

	@Override
	public Factor judge(Prospect p) {
		var connection = p.connection();
		if (connection == null || connection.identifiedBy() == null) {
			return Factor.note("proposed", 0, "Not proposed by the family or named by the child.");
		}
		var by = Coded.parse(IdentifiedBy.class, connection.identifiedBy());
		int points = by.map(b -> switch (b) {
			case NAMED_BY_CHILD -> 70;
			case FAMILY_GROUP_CONFERENCE, PROPOSED_BY_FAMILY -> 50;
			case FOUND_BY_SOCIAL_WORKER -> 10;
		}).orElse(0);
		String words = by.map(Coded::label).orElse(connection.identifiedBy().replace('_', ' '));
		return Factor.say("proposed", points, Character.toUpperCase(words.charAt(0)) + words.substring(1) + ".");
	}
}
