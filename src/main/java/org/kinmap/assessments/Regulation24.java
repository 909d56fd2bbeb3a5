package org.kinmap.assessments;

import java.time.LocalDate;

/**
 * The periods of a connected person's temporary approval as a foster carer. Regulation 24 of the Care Planning,
 * Placement and Case Review (England) Regulations 2010 allows a child to be placed with a connected person, approved
 * temporarily, for up to 16 weeks; Regulation 25 allows that period to be extended, once, by up to 8 weeks, when the
 * full assessment will not be finished in time (docs/assessments.md).
 */
public final class Regulation24 {

	/** How long a temporary approval lasts. */
	public static final int WEEKS = 16;
	/** The most one extension under Regulation 25 may add. */
	public static final int MOST_EXTENSION_WEEKS = 8;

	private Regulation24() {
	}

	/** The last day of a temporary approval that starts on {@code start}: 16 weeks later. */
	public static LocalDate endOf(LocalDate start) {
		return start.plusWeeks(WEEKS);
	}

	/**
	 * The end of an approval as recorded, or, where an imported one has no end, 16 weeks after it started (24 if
	 * extended, the longest an extension allows).
	 */
	static LocalDate endOf(LocalDate start, LocalDate recordedEnd, boolean extended) {
		if (recordedEnd != null) {
			return recordedEnd;
		}
		return start == null ? null : extended ? endOf(start).plusWeeks(MOST_EXTENSION_WEEKS) : endOf(start);
	}
}
