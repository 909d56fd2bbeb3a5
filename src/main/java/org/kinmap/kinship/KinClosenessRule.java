package org.kinmap.kinship;

/**
 * Closeness of kin: the fewer generations between the child and the relative through their nearest common
 * ancestor, the more points (60 less 10 a degree); connected persons, a relative's unmarried partner and former
 * partners by marriage get none here (see {@link Kinship#kin()}).
 */
final class KinClosenessRule implements RankingRule {

	@Override
	public Factor judge(Prospect p) {
		Kinship k = p.closest();
		if (k.generationsUp() == null) {
			return Factor.note("closeness", 0, "Not related by blood or marriage.");
		}
		if (!k.kin()) {
			return Factor.note("closeness", 0, p.capitalisedRelationship() + (k.kind() == Kind.PARTNER
					? ": not related by blood, marriage or civil partnership, so no degree of kinship."
					: ": the marriage or civil partnership has ended, so no degree of kinship."));
		}
		int degree = k.degree();
		return Factor.note("closeness", Math.max(0, 60 - 10 * degree),
				"Related in degree " + degree + " (" + k.generationsUp() + " up, " + k.generationsDown() + " down).");
	}
}
