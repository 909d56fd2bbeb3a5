package org.kinmap.network;

import java.util.List;

/**
 * A person with their recorded links, as {@code GET /api/persons/{id}} shows them. {@code doNotContact}: the note of a
 * person who must not be contacted ({@link ContactWithholding}); when it withholds their contact details from the
 * reader, phone, e-mail, address, postcode and place are left out. {@code version} is the version of the person's
 * record (casework: a change sends it back, and is refused if someone changed the record meanwhile); each
 * link's {@code version} likewise.
 */
record PersonView(String id, String sourceId, String name, String givenName, String familyName,
		List<String> alsoKnownAs, String sex, String gender, String birthDate, Integer age, boolean deceased,
		String deathDate, String ethnicity, String religion, String firstLanguage, List<String> otherLanguages,
		String postcode, Double latitude, Double longitude, ContactDetails contactDetails, boolean riskToChildren,
		String riskNote, boolean lookedAfter, List<Link> parents, List<Link> children, List<Link> partners,
		List<Link> siblingLinks, List<Link> raisedWith, List<Link> multipleBirth, List<Link> connectedTo,
		List<Link> connectedPersons, List<Link> contacts, List<HouseholdLink> households, String doNotContact,
		long version) {

	record ContactDetails(String phone, String email, String address) {
	}

	/**
	 * A link to another person: {@code type} is the link's kind (birth, married, family_friend, ...),
	 * {@code detail} what else the link records (status, parental responsibility, how identified, frequency).
	 */
	record Link(String personId, String name, String type, String detail, String from, String to, Long version) {
	}

	record HouseholdLink(String householdId, String name, String role, boolean carerHousehold) {
	}
}
