package org.kinmap.network;

import java.time.LocalDate;
import java.util.Map;

/** A person named in another record: enough to show and link to them. */
public record PersonRef(String personId, String name) {

	/** From a projection holding {@code id} (or {@code personId}), {@code givenName} and {@code familyName}. */
	public static PersonRef of(Map<String, Object> m) {
		Object id = m.containsKey("personId") ? m.get("personId") : m.get("id");
		return new PersonRef((String) id, People.name(m));
	}

	/** Shared readings of a person's stored properties. */
	public static final class People {

		private People() {
		}

		/** "Given Family", or whichever of the two is known. */
		public static String name(Map<String, Object> m) {
			return name((String) m.get("givenName"), (String) m.get("familyName"));
		}

		public static String name(String given, String family) {
			if (given == null) {
				return family == null ? "(name not recorded)" : family;
			}
			return family == null ? given : given + " " + family;
		}

		/** Age in whole years on {@code today}, from the stored birth-date estimate; null if not known. */
		public static Integer age(Map<String, Object> m, LocalDate today) {
			Object estimate = m.get("birthDateEstimate");
			if (!(estimate instanceof LocalDate born)) {
				return null;
			}
			LocalDate until = today;
			Object died = m.get("deathDate");
			if (died instanceof String text) {
				until = PartialDate.parse(text).map(PartialDate::estimate).orElse(today);
			}
			return java.time.Period.between(born, until).getYears();
		}
	}
}
