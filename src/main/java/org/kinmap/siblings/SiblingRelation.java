package org.kinmap.siblings;

import java.util.Set;

/**
 * How two people ({@code a} before {@code b} by id) are siblings.
 *
 * @param kinds         every way they are related, closest first
 * @param multipleBirth "twin", "triplet" or "multiple_birth" when born at one birth, else null
 * @param zygosity      identical, fraternal or unknown for a multiple birth, else null
 * @param via           the words that explain the closest kind, e.g. "both children of Sara Lee"
 */
record SiblingRelation(String a, String b, Set<SiblingKind> kinds, String multipleBirth, String zygosity, String via) {

	/** The closest way they are related. */
	SiblingKind kind() {
		return kinds.iterator().next();
	}

	boolean joinedBy(Set<SiblingKind> selected) {
		return kinds.stream().anyMatch(selected::contains);
	}

	String other(String id) {
		return a.equals(id) ? b : a;
	}
}
