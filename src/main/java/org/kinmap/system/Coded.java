package org.kinmap.system;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A closed list of codes (an enum) as documents and the API spell them: lower snake case for kinmap's own
 * lists, the official codes for SSDA903 lists. {@link #label()} is what a social worker reads.
 */
public interface Coded {

	/** The constant's name (every enum has it). */
	String name();

	/** The code documents and the API use: by default the constant's name in lower case (kinmap's own lists). */
	default String code() {
		return snake(this);
	}

	String label();

	/** The constant whose code is {@code code}, ignoring case. */
	static <E extends Enum<E> & Coded> Optional<E> parse(Class<E> type, String code) {
		if (code == null) {
			return Optional.empty();
		}
		return Arrays.stream(type.getEnumConstants()).filter(e -> e.code().equalsIgnoreCase(code.trim())).findFirst();
	}

	/** The words for a stored code: its label, the code itself if the list does not know it, null for null. */
	static <E extends Enum<E> & Coded> String label(Class<E> type, String code) {
		return code == null ? null : parse(type, code).map(Coded::label).orElse(code);
	}

	/** The codes of a list, comma separated, for messages such as "'x' is not one of a, b, c". */
	static <E extends Enum<E> & Coded> String codes(Class<E> type) {
		return Arrays.stream(type.getEnumConstants()).map(Coded::code).collect(Collectors.joining(", "));
	}

	/** The default code of a kinmap list: the constant's name in lower case. */
	static String snake(Coded e) {
		return e.name().toLowerCase(java.util.Locale.ROOT);
	}
}
