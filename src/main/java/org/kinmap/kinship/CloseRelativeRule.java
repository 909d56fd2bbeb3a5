package org.kinmap.kinship;

/**
 * s105 close relatives first: grandparents, brothers and sisters, uncles and aunts (of the full or half blood
 * or by marriage or civil partnership) and step-parents. Outweighs every other factor together.
 */
final class CloseRelativeRule implements RankingRule {

	static final int POINTS = 1000;

	@Override
	public Factor judge(Prospect p) {
		Kinship k = p.closest();
		if (k.closeRelative()) {
			return Factor.say("closeRelative", POINTS, p.capitalisedRelationship() + ", close relative (s105).");
		}
		if (k.kind() == Kind.CONNECTED_PERSON) {
			return Factor.say("closeRelative", 0, p.capitalisedRelationship() + ", connected person.");
		}
		return Factor.say("closeRelative", 0, p.capitalisedRelationship() + ", wider family.");
	}
}
