package org.kinmap.kinship;

import java.time.LocalDate;

/**
 * What kinship work needs to know of a person.
 *
 * @param sex         {@code female}, {@code male} or {@code unknown}
 * @param born        the birth-date estimate, if any
 * @param contactable a phone, email or address is recorded
 */
record KinPerson(String id, String name, String sex, LocalDate born, boolean deceased, boolean riskToChildren,
		String riskNote, boolean contactable, Double latitude, Double longitude) {

	static KinPerson of(String id, String sex) {
		return new KinPerson(id, id, sex, null, false, false, null, true, null, null);
	}

	boolean female() {
		return "female".equals(sex);
	}

	boolean male() {
		return "male".equals(sex);
	}

	/** Age in whole years on {@code day}; null when the birth date is not recorded. */
	Integer ageOn(LocalDate day) {
		return born == null ? null : java.time.Period.between(born, day).getYears();
	}
}
