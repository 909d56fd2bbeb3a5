package org.kinmap.matching;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Households' words in lower case ({@link Locale#ROOT}), worked out once: the criteria compare a carer's languages,
 * religion, ethnicity and notes with every child's, and an authority has a few thousand such strings at most.
 */
final class Lower {

	private static final int MAX = 50_000;
	private static final Map<String, String> KNOWN = new ConcurrentHashMap<>();

	private Lower() {
	}

	static String of(String s) {
		String lower = KNOWN.get(s);
		if (lower == null) {
			lower = s.toLowerCase(Locale.ROOT);
			if (KNOWN.size() < MAX) {
				KNOWN.put(s, lower);
			}
		}
		return lower;
	}
}
