package org.kinmap.siblings;

import java.util.List;

/** Small helpers for the sentences the analyses return. */
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
}
