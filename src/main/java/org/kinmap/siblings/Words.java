package org.kinmap.siblings;

import java.util.List;

/** Small helpers for the sentences rules and analyses return. */
final class Words {

	private Words() {
	}

	/** "A", "A and B", "A, B and C". */
	static String list(List<String> items) {
		if (items.isEmpty()) {
			return "";
		}
		if (items.size() == 1) {
			return items.get(0);
		}
		return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
	}

	/** "1 child", "3 children". */
	static String count(int n, String one, String many) {
		return n + " " + (n == 1 ? one : many);
	}

	/** The given names (first word of the name) of the children, listed. */
	static String names(List<Member> children) {
		return list(children.stream().map(Member::name).toList());
	}
}
