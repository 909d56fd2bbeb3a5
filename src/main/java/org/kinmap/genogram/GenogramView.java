package org.kinmap.genogram;

import java.util.List;

import org.kinmap.genogram.Layout.ExtraLink;
import org.kinmap.genogram.Layout.PartnerLine;
import org.kinmap.genogram.Layout.Sibship;

/**
 * A child's genogram, laid out and ready to draw: a symbol per person with the overlays a social worker needs
 * (assessment status for this child, risk, deceased, the index child), the lines between them, the child's
 * connected persons around the family, and household boundaries.
 */
record GenogramView(String childId, String childName, double width, double height, List<Symbol> symbols,
		List<PartnerLine> partnerLines, List<Sibship> sibships, List<ExtraLink> extraLinks, List<Symbol> connected,
		List<HouseholdBoundary> households) {

	/**
	 * @param assessmentStatus none, requested, in_progress, positive, negative or withdrawn: the latest assessment
	 *                         of this person for the child
	 * @param connection       for a connected person: the nature of their connection (family friend, ...)
	 * @param relationship     how the person is related to the child, in words (maternal grandmother, ...)
	 * @param closeRelative    a relative under s105 of the Children Act 1989
	 */
	record Symbol(String id, String name, String sex, String birthDate, Integer age, boolean deceased,
			boolean index, boolean riskToChildren, String assessmentStatus, String assessmentType, String connection,
			String relationship, boolean closeRelative, int row, double x, double y) {
	}

	/**
	 * The people of one household on the drawing. {@code box} is true when a rectangle around them holds no one
	 * else (draw it); otherwise each member is ringed in the household's style.
	 */
	record HouseholdBoundary(String householdId, String name, boolean carerHousehold, List<String> members,
			boolean box, double x1, double y1, double x2, double y2) {
	}
}
