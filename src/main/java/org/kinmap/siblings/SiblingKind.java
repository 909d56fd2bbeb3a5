package org.kinmap.siblings;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.kinmap.system.BadRequestException;
import org.kinmap.system.Coded;

/**
 * How two people are brothers or sisters, closest first. A pair may be related in more than one way (step and
 * raised together); {@link SiblingRelation#kind()} is the closest.
 */
enum SiblingKind implements Coded {
	FULL("full siblings"),
	HALF_MATERNAL("half-siblings through their mother"),
	HALF_PATERNAL("half-siblings through their father"),
	HALF_UNKNOWN("half-siblings, shared parent's side not known"),
	ADOPTIVE("adoptive siblings"),
	STEP("step-siblings"),
	UNKNOWN("siblings, relation not known"),
	RAISED_TOGETHER("raised together");

	/** Which kinds join a group unless the request says otherwise: full, half, adoptive, raised together. */
	static final Set<SiblingKind> DEFAULT = EnumSet.of(FULL, HALF_MATERNAL, HALF_PATERNAL, HALF_UNKNOWN, ADOPTIVE,
			UNKNOWN, RAISED_TOGETHER);

	/** The words a request may use in {@code kinds}: full, half, step, adoptive, raised_together, unknown. */
	static final String FILTER_WORDS = "full, half, step, adoptive, raised_together, unknown";

	private final String label;

	SiblingKind(String label) {
		this.label = label;
	}

	@Override
	public String label() {
		return label;
	}

	boolean half() {
		return this == HALF_MATERNAL || this == HALF_PATERNAL || this == HALF_UNKNOWN;
	}

	/**
	 * The kinds a request names, comma separated ({@code half} means all three half kinds); the default when
	 * blank. Throws {@link BadRequestException} naming the word it does not know.
	 */
	static Set<SiblingKind> parse(String words) {
		if (words == null || words.isBlank()) {
			return DEFAULT;
		}
		Set<SiblingKind> kinds = EnumSet.noneOf(SiblingKind.class);
		for (String raw : words.split(",")) {
			String word = raw.trim().toLowerCase(Locale.ROOT);
			switch (word) {
				case "full" -> kinds.add(FULL);
				case "half" -> kinds.addAll(EnumSet.of(HALF_MATERNAL, HALF_PATERNAL, HALF_UNKNOWN));
				case "half_maternal" -> kinds.add(HALF_MATERNAL);
				case "half_paternal" -> kinds.add(HALF_PATERNAL);
				case "half_unknown" -> kinds.add(HALF_UNKNOWN);
				case "step" -> kinds.add(STEP);
				case "adoptive" -> kinds.add(ADOPTIVE);
				case "raised_together" -> kinds.add(RAISED_TOGETHER);
				case "unknown" -> kinds.add(UNKNOWN);
				case "" -> {
				}
				default -> throw new BadRequestException(
						"Parameter 'kinds' cannot take '" + raw.trim() + "'; use any of " + FILTER_WORDS);
			}
		}
		if (kinds.isEmpty()) {
			throw new BadRequestException("Parameter 'kinds' names no kind; use any of " + FILTER_WORDS);
		}
		return kinds;
	}
}
