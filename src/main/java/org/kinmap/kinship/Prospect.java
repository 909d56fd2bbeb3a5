package org.kinmap.kinship;

import java.time.LocalDate;
import java.util.List;

/**
 * A person who could be considered as a carer for the child, with the facts the ranking rules read.
 *
 * @param kinships every way the person is related (closest first); for a connected person, the connection
 * @param today    the day ages are measured on
 */
record Prospect(KinPerson person, List<Kinship> kinships, ChildContext child, LocalDate today) {

	Kinship closest() {
		return kinships.get(0);
	}

	Integer age() {
		return person.ageOn(today);
	}

	ChildContext.Connection connection() {
		return child.connected().get(person.id());
	}

	/** The label with a capital letter, to open a sentence. */
	String capitalisedRelationship() {
		String r = closest().relationship();
		return Character.toUpperCase(r.charAt(0)) + r.substring(1);
	}
}
