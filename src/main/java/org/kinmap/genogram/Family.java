package org.kinmap.genogram;

import java.time.LocalDate;
import java.util.List;

/**
 * What the genogram layout needs to know of a family: who is in it and how they are linked. The index child
 * is the person the diagram is drawn for.
 */
record Family(String indexId, List<Member> members, List<ParentLink> parentLinks,
		List<Partnership> partnerships, List<SiblingLink> siblingLinks, List<MultipleBirth> multipleBirths) {

	record Member(String id, LocalDate born) {
	}

	/** {@code type}: birth, adoptive, step, foster, special_guardian, other. */
	record ParentLink(String parent, String child, String type) {
	}

	/** {@code type}: married, civil_partnership, cohabiting, other; {@code status}: current, separated, ... */
	record Partnership(String a, String b, String type, String status, String from) {
	}

	record SiblingLink(String a, String b, String type) {
	}

	record MultipleBirth(String birthId, String person) {
	}
}
