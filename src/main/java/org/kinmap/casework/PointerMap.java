package org.kinmap.casework;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kinmap.exchange.NetworkRules;

/**
 * Turns the problems the import's rules find in the small network document a change is checked as into problems of
 * the request: each document pointer becomes the request field it came from (the first pattern that matches the
 * pointer's start; what follows the match is kept), problems about the persons given only as context are left out,
 * and the ids in the sentences become names.
 */
final class PointerMap {

	private final List<Map.Entry<Pattern, String>> rules = new ArrayList<>();
	private final Map<String, String> names = new LinkedHashMap<>();

	/** Pointers matching {@code regex} (from the start) become {@code target} and what follows; null drops them. */
	PointerMap map(String regex, String target) {
		rules.add(Map.entry(Pattern.compile("^" + regex), target == null ? "\u0000" : target));
		return this;
	}

	/** Sentences name this person by {@code name} rather than by their id. */
	PointerMap name(String id, String name) {
		if (id != null && name != null) {
			names.put(id, name);
		}
		return this;
	}

	List<InvalidChangeException.Problem> apply(List<NetworkRules.Problem> problems) {
		List<InvalidChangeException.Problem> mapped = new ArrayList<>();
		for (NetworkRules.Problem p : problems) {
			String pointer = pointer(p.pointer());
			if (pointer != null) {
				mapped.add(new InvalidChangeException.Problem(pointer, words(p.message())));
			}
		}
		return mapped;
	}

	String pointer(String pointer) {
		for (Map.Entry<Pattern, String> rule : rules) {
			Matcher m = rule.getKey().matcher(pointer);
			if (m.lookingAt()) {
				return "\u0000".equals(rule.getValue()) ? null : rule.getValue() + pointer.substring(m.end());
			}
		}
		return "";
	}

	String words(String message) {
		String text = message;
		for (Map.Entry<String, String> n : names.entrySet()) {
			text = text.replace("'" + n.getKey() + "'", n.getValue()).replace(n.getKey(), n.getValue());
		}
		return text;
	}
}
