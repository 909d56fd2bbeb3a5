package org.kinmap.matching;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.kinmap.care.NeedDomain;

/**
 * A child's recorded needs, by domain and field, as stored on the {@code Need} nodes. A field that is absent is
 * <em>not known</em>, which is different from false or empty: the criteria lower their confidence for it.
 */
record Needs(Map<String, Map<String, Object>> byDomain) {

	static final Needs NONE = new Needs(Map.of());

	private static final Map<String, Pattern> WORDS = new java.util.concurrent.ConcurrentHashMap<>();

	Needs {
		byDomain = Map.copyOf(byDomain);
	}

	boolean recorded(NeedDomain domain) {
		return byDomain.containsKey(domain.code());
	}

	Object value(NeedDomain domain, String field) {
		Map<String, Object> fields = byDomain.get(domain.code());
		return fields == null ? null : fields.get(field);
	}

	/** The list, or null when not recorded. */
	@SuppressWarnings("unchecked")
	List<String> list(NeedDomain domain, String field) {
		Object v = value(domain, field);
		if (v instanceof List<?> l) {
			return ((List<Object>) l).stream().map(String::valueOf).toList();
		}
		return v instanceof String s ? List.of(s) : null;
	}

	Boolean bool(NeedDomain domain, String field) {
		return value(domain, field) instanceof Boolean b ? b : null;
	}

	String text(NeedDomain domain, String field) {
		Object v = value(domain, field);
		return v instanceof String s && !s.isBlank() ? s : null;
	}

	Double number(NeedDomain domain, String field) {
		return value(domain, field) instanceof Number n ? n.doubleValue() : null;
	}

	/**
	 * Whether any item of the list field names the animal or thing as a word, singular or plural, ignoring case:
	 * "dog" is in "dogs", "large dogs" and "fear of dogs", not in "dogwood pollen".
	 */
	boolean names(NeedDomain domain, String field, String word) {
		List<String> items = list(domain, field);
		if (items == null) {
			return false;
		}
		Pattern p = WORDS.computeIfAbsent(word.toLowerCase(Locale.ROOT), w -> Pattern.compile("\\b" + Pattern.quote(w) + "s?\\b"));
		return items.stream().anyMatch(i -> p.matcher(i.toLowerCase(Locale.ROOT)).find());
	}
}
