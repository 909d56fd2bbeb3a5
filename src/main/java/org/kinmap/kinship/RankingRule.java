package org.kinmap.kinship;

/**
 * One factor in ranking the unassessed relatives: it gives points and the words a social worker reads.
 * Rules are small named objects (see the work list's {@link WorkList#RULES}), each tested on its own.
 */
interface RankingRule {

	Factor judge(Prospect prospect);

	/**
	 * What a rule found: {@code points} towards the rank and the {@code reason}; {@code spoken} reasons make up
	 * the sentence, the others are listed with the factors only.
	 */
	record Factor(String rule, int points, String reason, boolean spoken) {

		static Factor say(String rule, int points, String reason) {
			return new Factor(rule, points, reason, true);
		}

		static Factor note(String rule, int points, String reason) {
			return new Factor(rule, points, reason, false);
		}
	}
}
