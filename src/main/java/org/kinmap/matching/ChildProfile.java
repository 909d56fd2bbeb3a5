package org.kinmap.matching;

import java.time.LocalDate;
import java.util.List;

import org.kinmap.care.PermanencePlan;
import org.kinmap.network.ContactFrequency;

/**
 * What matching needs to know of a child: age, plan, needs by domain, where they live and go to school, and the
 * people who matter to them (siblings and where they live, connected persons, family time).
 *
 * @param givenName         the name the sentences use ("Keeps Aisha at …")
 * @param age               whole years, null if the birth date is not recorded
 * @param home              where the child lives now (the current placement's household, else their own address)
 * @param currentHouseholdId the household of the open placement, if any
 * @param placedSince       start of the open placement
 */
record ChildProfile(String id, String givenName, String name, Integer age, PermanencePlan plan, Coordinates home,
		String currentHouseholdId, LocalDate placedSince, Needs needs, String firstLanguage, List<String> otherLanguages,
		String ethnicity, String religion, List<Relation> siblings, List<Relation> connectedPersons,
		List<FamilyTime> familyTime) {

	ChildProfile {
		otherLanguages = otherLanguages == null ? List.of() : List.copyOf(otherLanguages);
		siblings = List.copyOf(siblings);
		connectedPersons = List.copyOf(connectedPersons);
		familyTime = List.copyOf(familyTime);
		needs = needs == null ? Needs.NONE : needs;
	}

	/**
	 * A person who matters to the child.
	 *
	 * @param word         how the child is related to them, for sentences ("brother", "grandmother", "family friend")
	 * @param householdIds households the person lives in now (for a child in care: their placement)
	 * @param where        where they live, if known
	 */
	record Relation(String personId, String name, String word, List<String> householdIds, Coordinates where) {

		Relation {
			householdIds = List.copyOf(householdIds);
		}

		boolean livesIn(String householdId) {
			return householdIds.contains(householdId);
		}
	}

	/** Family time with a person: how often, and where that person lives. */
	record FamilyTime(String personId, String name, String word, ContactFrequency frequency, Coordinates where) {
	}

	/** Strong family links: a sibling, a connected person, or family time monthly or more often. */
	boolean strongFamilyLinks() {
		return !siblings.isEmpty() || !connectedPersons.isEmpty() || familyTime.stream()
			.anyMatch(f -> f.frequency() != null && f.frequency().timesPerYear() >= ContactFrequency.MONTHLY.timesPerYear());
	}

	/** A person in the child's network who lives in this household (a sibling or a connected person). */
	boolean hasNetworkIn(String householdId) {
		return siblings.stream().anyMatch(r -> r.livesIn(householdId))
				|| connectedPersons.stream().anyMatch(r -> r.livesIn(householdId));
	}

	boolean connectedPersonIn(String householdId) {
		return connectedPersons.stream().anyMatch(r -> r.livesIn(householdId));
	}
}
