package org.kinmap.kinship;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What kinship work knows of the index child beyond the family tree.
 *
 * @param home        where the child lives (their own recorded address, else the current placement's household)
 * @param school      the school in the child's education needs, when its location is recorded
 * @param connected   connected persons by person id
 * @param assessments the assessments of people for this child
 * @param contact     the frequency code of each person's contact with the child, by person id
 * @param raisedWith  the persons the child was raised with
 */
record ChildContext(String childId, String childName, LocalDate born, boolean inCare, Place home, Place school,
		Map<String, Connection> connected, List<AssessmentSummary> assessments, Map<String, String> contact,
		Set<String> raisedWith) {

	/** A named place with its coordinates. */
	record Place(String name, double latitude, double longitude) {
	}

	/** How a connected person is connected to the child and who identified them. */
	record Connection(String nature, String identifiedBy) {
	}

	static ChildContext bare(String childId, String childName, LocalDate born) {
		return new ChildContext(childId, childName, born, false, null, null, Map.of(), List.of(), Map.of(), Set.of());
	}

	/**
	 * The assessments of this person as a carer for the child, latest first: every type but together-or-apart
	 * (which assesses the siblings themselves, not a carer), in any status.
	 */
	List<AssessmentSummary> assessmentsOf(String personId) {
		return assessments.stream()
			.filter(a -> a.subjects().contains(personId) && !a.is(org.kinmap.assessments.AssessmentType.TOGETHER_OR_APART))
			.sorted(Comparator.comparing(AssessmentSummary::requestedOn, Comparator.nullsLast(Comparator.reverseOrder())))
			.toList();
	}

	/** The status of the person's latest assessment for the child, or {@code none}. */
	String assessmentStatus(String personId) {
		return assessmentsOf(personId).stream().findFirst().map(AssessmentSummary::status).orElse("none");
	}

	Optional<Integer> ageOn(LocalDate day) {
		return born == null ? Optional.empty() : Optional.of(java.time.Period.between(born, day).getYears());
	}

	String givenName() {
		int space = childName.indexOf(' ');
		return space < 0 ? childName : childName.substring(0, space);
	}
}
