package org.kinmap.kinship;

import java.time.LocalDate;
import java.time.Period;

/**
 * What kinship work needs to know of a person.
 *
 * @param sex         {@code female}, {@code male} or {@code unknown}
 * @param born        the birth-date estimate, if any
 * @param deceased    recorded as deceased
 * @param contactable a phone, email or address is recorded
 * @param died        the death-date estimate, if any (a recorded death date also makes the person deceased)
 */
record KinPerson(String id, String name, String sex, LocalDate born, boolean deceased, boolean riskToChildren,
		String riskNote, boolean contactable, Double latitude, Double longitude, LocalDate died) {

	/**
	 * Beyond this many years since birth, with no death recorded, a person is presumed deceased: the oldest
	 * verified human lived to 122, and genealogical trees reach back centuries.
	 */
	static final int PRESUMED_DECEASED_AFTER_YEARS = 120;

	KinPerson {
		deceased = deceased || died != null;
	}

	/** A person with no death date recorded. */
	KinPerson(String id, String name, String sex, LocalDate born, boolean deceased, boolean riskToChildren,
			String riskNote, boolean contactable, Double latitude, Double longitude) {
		this(id, name, sex, born, deceased, riskToChildren, riskNote, contactable, latitude, longitude, null);
	}

	/** The same person with this risk note (the family graph in memory holds only the flag). */
	KinPerson withRiskNote(String note) {
		return new KinPerson(id, name, sex, born, deceased, riskToChildren, note, contactable, latitude, longitude, died);
	}

	static KinPerson of(String id, String sex) {
		return new KinPerson(id, id, sex, null, false, false, null, true, null, null);
	}

	boolean female() {
		return "female".equals(sex);
	}

	boolean male() {
		return "male".equals(sex);
	}

	/**
	 * Age in whole years on {@code day}, or at death for a person who has died; null when it is not known: no birth
	 * date, deceased with no death date, or presumed deceased (see {@link #presumedDeceasedOn}).
	 */
	Integer ageOn(LocalDate day) {
		if (born == null || (deceased && died == null) || presumedDeceasedOn(day)) {
			return null;
		}
		return Period.between(born, died != null && died.isBefore(day) ? died : day).getYears();
	}

	/** Not recorded as deceased, but born more than {@value #PRESUMED_DECEASED_AFTER_YEARS} years before {@code day}. */
	boolean presumedDeceasedOn(LocalDate day) {
		return !deceased && born != null && Period.between(born, day).getYears() > PRESUMED_DECEASED_AFTER_YEARS;
	}

	/** Alive on {@code day} as far as the record shows: not deceased and not presumed deceased. */
	boolean livingOn(LocalDate day) {
		return !deceased && !presumedDeceasedOn(day);
	}

	/**
	 * The person's age in words: "Aged 45.", "Died aged 80.", "Deceased; age at death not known.", "Born 1712 and
	 * no death recorded: presumed deceased, age not known.", or "Age not recorded."
	 */
	String ageInWords(LocalDate day) {
		if (presumedDeceasedOn(day)) {
			return "Born " + born.getYear() + " and no death recorded: presumed deceased, age not known.";
		}
		Integer age = ageOn(day);
		if (deceased) {
			return age == null ? "Deceased; age at death not known." : "Died aged " + age + ".";
		}
		return age == null ? "Age not recorded." : "Aged " + age + ".";
	}
}
