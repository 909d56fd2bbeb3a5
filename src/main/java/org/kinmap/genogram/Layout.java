package org.kinmap.genogram;

import java.util.List;

/**
 * A genogram laid out: every person at a position, generations in rows, and the lines between them, in the
 * drawing's own units (pixels at 100%). Symbols are {@link #SYMBOL} wide and centred on their position.
 *
 * @param persons     each person's row (0 is the oldest generation shown), x and y
 * @param partnerLines a line per partnership (or per pair of parents with no partnership recorded)
 * @param sibships    the children of one set of parents hanging from their line, oldest on the left
 * @param extraLinks  parent links not drawn by a sibship (an adopted child's other parents, say)
 */
record Layout(List<Placed> persons, List<PartnerLine> partnerLines, List<Sibship> sibships,
		List<ExtraLink> extraLinks, double width, double height) {

	static final double SYMBOL = 40;

	record Placed(String id, int row, double x, double y) {
	}

	/**
	 * @param lowered true when the partners are not side by side (someone stands between them): the line then
	 *                runs below the symbols
	 * @param type    married, civil_partnership, cohabiting, other, or unrecorded (two parents of a child, no
	 *                partnership recorded)
	 */
	record PartnerLine(String a, String b, String type, String status, double x1, double x2, double y,
			boolean lowered) {
	}

	/** The children of {@code parents}: a drop from the parents' line to a bar, and a line from the bar to each child. */
	record Sibship(List<String> parents, double originX, double originY, double barY, double barX1,
			double barX2, List<ChildLine> children) {
	}

	/**
	 * @param type  birth, adoptive, foster, special_guardian, other (adopted and fostered children drawn dashed)
	 * @param twinOf the multiple birth the child belongs to: twins hang from one point of the bar
	 */
	record ChildLine(String child, double x, double y, String type, String twinOf, double fromX) {
	}

	record ExtraLink(String parent, String child, String type, double x1, double y1, double x2, double y2) {
	}
}
