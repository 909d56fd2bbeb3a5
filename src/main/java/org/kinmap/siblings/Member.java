package org.kinmap.siblings;

import java.time.LocalDate;
import java.util.List;

/**
 * A member of a sibling group, as the split analysis and reunification options need them.
 *
 * @param age            whole years today; null when the date of birth is not recorded
 * @param lookedAfter    has a care record that has not ceased
 * @param home           where they live now; null when not known
 * @param arrivedOn      when a looked-after child arrived at their current home (placements with the same carers run together)
 * @param stays          where they have lived (placements and household memberships), for when siblings parted
 */
record Member(String id, String name, String sex, String birthDate, Integer age, boolean lookedAfter,
		String legalStatus, String permanencePlan, LocalDate lookedAfterSince, Living living, Home home,
		LocalDate arrivedOn, List<Stay> stays) {

	/** Under 18, or of unknown age but looked after. */
	boolean child() {
		return age == null ? lookedAfter : age < 18;
	}

	/** A child whose home counts when deciding whether the group is split (looked after, at home or adopted). */
	boolean countsForWiderSplit() {
		return child() && home != null
				&& (lookedAfter || living == Living.AT_HOME || living == Living.ADOPTED);
	}

	/** A looked-after child living with carers or in residential care: the children a reunification would move. */
	boolean movable() {
		return countsForSplit() && living != Living.AT_HOME;
	}

	/** A looked-after child with a known home: the children a split and a reunification are about. */
	boolean countsForSplit() {
		return child() && lookedAfter && home != null && living != Living.DECEASED;
	}

	/**
	 * A place someone lives: a household, a residential provider, or (for an adopted child whose adoptive home is
	 * not recorded) the adoptive home as such.
	 *
	 * @param key a stable key: the household id, {@code provider:<name>} or {@code adopted:<person id>}
	 */
	record Home(String key, String householdId, String name, String postcode, Double latitude, Double longitude,
			boolean carerHousehold, String provider) {
	}

	/** A span of time someone lived at a home; {@code end} null while they still do. */
	record Stay(String homeKey, LocalDate start, LocalDate end) {
	}
}
