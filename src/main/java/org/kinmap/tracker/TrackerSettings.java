package org.kinmap.tracker;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The tracker's thresholds ({@code kinmap.tracker.*}). The defaults are the statutory timetable where there is one
 * (Care Planning, Placement and Case Review (England) Regulations 2010; Children and Families Act 2014), and
 * otherwise the figure the policies in docs/tracker.md name; an authority with its own sets them in its properties.
 *
 * @param firstReviewWorkingDays the first review within this many working days of becoming looked after (reg 33: 20)
 * @param secondReviewMonths the second review within this many months of the first (reg 33: 3)
 * @param laterReviewMonths later reviews at most this many months apart (reg 33: 6)
 * @param carePlanMaxMonths a care plan no older than this (the policies: 6)
 * @param carePlanWorkingDays the first care plan within this many working days of becoming looked after (10)
 * @param returnHomeReviews a return-home plan still in place after this review turns to the contingency (3)
 * @param section20MaxMonths accommodation under section 20 not beyond this many months (the policies: 24)
 * @param permanencePanelDays the permanence plan presented to the permanence panel within this many days of becoming
 *        looked after (no statutory figure; Newham's policy: 10)
 * @param noMatchMonths a long-term fostering or adoption plan matched within this many months of being agreed (no
 *        statutory figure: 6)
 * @param reg24WarningDays warn this many days before a Regulation 24 approval ends (14)
 * @param planningMeetingLeadDays a care planning meeting held at least this many days before the next review is due
 *        (Knowsley: "at least one between each review", agreeing the plan the review reads: 0, by the due date)
 */
@ConfigurationProperties("kinmap.tracker")
public record TrackerSettings(
		@DefaultValue("20") int firstReviewWorkingDays,
		@DefaultValue("3") int secondReviewMonths,
		@DefaultValue("6") int laterReviewMonths,
		@DefaultValue("6") int carePlanMaxMonths,
		@DefaultValue("10") int carePlanWorkingDays,
		@DefaultValue("3") int returnHomeReviews,
		@DefaultValue("24") int section20MaxMonths,
		@DefaultValue("10") int permanencePanelDays,
		@DefaultValue("6") int noMatchMonths,
		@DefaultValue("14") int reg24WarningDays,
		@DefaultValue("0") int planningMeetingLeadDays) {

	/** The statutory defaults, for tests and tools without Spring. */
	public static TrackerSettings defaults() {
		return new TrackerSettings(20, 3, 6, 6, 10, 3, 24, 10, 6, 14, 0);
	}
}
