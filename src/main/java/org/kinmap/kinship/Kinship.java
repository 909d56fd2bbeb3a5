package org.kinmap.kinship;

/**
 * One way a relative is related to the index person.
 *
 * @param relativeId      the relative
 * @param relationship    the plain-English label from the index person's side ("maternal grandmother", "half-uncle")
 * @param generationsUp   from the index person to the nearest common ancestor; for affinity and step relations, that
 *                        of the blood relative through whom they are related; null for connected persons
 * @param generationsDown from that ancestor to the relative (same rule)
 * @param side            maternal, paternal or both; null when no parent stands between (own descendants, connected persons)
 *                        or the parent's sex is not recorded
 * @param kind            blood, half blood, by marriage, step, adoptive, birth (severed), partner, connected person
 * @param nature          for connected persons, the nature of the connection (family_friend, special_guardian, ...)
 * @param closeRelative   a relative under the Children Act 1989 s105
 * @param former          a relation by marriage or partnership that has ended by divorce, dissolution or separation
 */
record Kinship(String relativeId, String relationship, Integer generationsUp, Integer generationsDown, Side side, Kind kind,
		String nature, boolean closeRelative, boolean former) {

	/** Degree of kinship (generations up plus down); connected persons come after every relative. */
	int degree() {
		return generationsUp == null ? 99 : generationsUp + generationsDown;
	}

	/**
	 * Kin in their own right, who carry the degree of kinship: not a connected person, not a relative's unmarried
	 * partner (nor that partner's child), and not a marriage, civil partnership or step-relation that has ended. A
	 * relative's partner or former partner keeps the generations of the relative they were partnered with (to place
	 * them in the genogram) but none of that relative's closeness (s105: a step-parent is one by marriage or civil
	 * partnership).
	 */
	boolean kin() {
		return generationsUp != null && kind != Kind.PARTNER && !former;
	}

	/**
	 * Closest first: kin (see {@link #kin()}) before a relative's partners and former relatives by marriage, then by
	 * degree, then s105 relatives before others, then blood before affinity.
	 */
	static final java.util.Comparator<Kinship> CLOSEST_FIRST = java.util.Comparator.comparing((Kinship k) -> !k.kin())
		.thenComparingInt(Kinship::degree)
		.thenComparing(k -> !k.closeRelative())
		.thenComparing(Kinship::kind)
		.thenComparing(Kinship::relationship);
}
