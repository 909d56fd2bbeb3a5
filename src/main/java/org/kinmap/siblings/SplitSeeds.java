package org.kinmap.siblings;

import java.time.LocalDate;

/**
 * Rule: which people a question about splits starts from. A group is split only when two of its children who are
 * looked after, at home or adopted live in different homes, and it has a looked-after member only through someone
 * with an open care record; so every group a split list or the split figures can count has one of these people in
 * it: everyone with an open care record (whatever their age), and every child who is adopted (an adoptive parent, or
 * a care record that ended in adoption) or belongs to a household (a child at home). Starting from them, and not from
 * every person in the graph, is what keeps the cost with the children in care and their families. Children are
 * taken as anyone born in the last 19 years, a year more than the under-18s, so that no birthday is missed; the
 * split analysis decides who is under 18.
 */
final class SplitSeeds {

	static final String REASON = "A group can be split, or have a looked-after child, only through a child who is "
			+ "looked after, adopted or at home; every such group has one of them.";

	private SplitSeeds() {
	}

	/** Children are those born after this day: 19 years before today. */
	static LocalDate bornAfter(LocalDate today) {
		return today.minusYears(19);
	}
}
