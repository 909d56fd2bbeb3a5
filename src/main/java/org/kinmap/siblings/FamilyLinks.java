package org.kinmap.siblings;

import java.util.List;

/**
 * The links sibling relations are derived from, as read from the graph (or built by hand in a test).
 *
 * @param parentLinks    parent to child, with the link type (birth, adoptive, step, ...), the parent's sex and name
 * @param partnerships   two partners and where the partnership stands (current, divorced, ...)
 * @param siblingLinks   explicitly recorded sibling relations, typed as {@link org.kinmap.network.SiblingLinkType}
 * @param raisedTogether two people brought up in one household
 * @param multipleBirths twins, triplets
 */
record FamilyLinks(List<ParentLink> parentLinks, List<Partnership> partnerships, List<SiblingLink> siblingLinks,
		List<Pair> raisedTogether, List<MultipleBirth> multipleBirths) {

	FamilyLinks {
		parentLinks = List.copyOf(parentLinks);
		partnerships = List.copyOf(partnerships);
		siblingLinks = List.copyOf(siblingLinks);
		raisedTogether = List.copyOf(raisedTogether);
		multipleBirths = List.copyOf(multipleBirths);
	}

	record ParentLink(String parent, String child, String type, String parentSex, String parentName) {
	}

	record Partnership(String a, String b, String status) {
	}

	record SiblingLink(String a, String b, String type) {
	}

	record Pair(String a, String b) {
	}

	record MultipleBirth(String id, String zygosity, List<String> members) {
	}
}
