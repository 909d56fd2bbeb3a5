package org.kinmap.casework;

import java.util.List;

/**
 * A person's details as a social worker records or corrects them on a card: names, also-known-as, sex, a partial date
 * of birth, deceased and date of death, postcode, contact details, ethnicity, religion and languages. A correction
 * sends every field (the card's form holds them all): a field left out or null is cleared.
 */
public record PersonDetails(String givenName, String familyName, List<String> alsoKnownAs, String sex, String birthDate,
		Boolean deceased, String deathDate, String postcode, Contact contactDetails, String ethnicity, String religion,
		String firstLanguage, List<String> otherLanguages) {

	public record Contact(String phone, String email, String address) {
	}
}
