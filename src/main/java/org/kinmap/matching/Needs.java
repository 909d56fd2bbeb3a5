package org.kinmap.matching;

import java.util.List;
import java.util.Locale;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.kinmap.care.NeedDomain;
import org.kinmap.system.Coded;

/**
 * A child's recorded needs, by domain and field, as stored on the {@code Need} nodes. A field that is absent is
 * <em>not known</em>, which is different from false or empty: the criteria lower their confidence for it.
 *
 * <p>The needs are read once for a child and then asked the same questions for every household ("does a fear name
 * dogs?"), so the answers that take work (lists, words, codes, the school's place) are worked out once and kept.
 */
final class Needs {

	static final Needs NONE = new Needs(Map.of());

	private static final Map<String, Pattern> WORDS = new ConcurrentHashMap<>();

	/** A question asked of the needs, as the key of its answer (asked for every household: hashed once). */
	private static final class Question {

		private final String kind;
		private final NeedDomain domain;
		private final String field;
		private final Object detail;
		private final int hash;

		Question(String kind, NeedDomain domain, String field, Object detail) {
			this.kind = kind;
			this.domain = domain;
			this.field = field;
			this.detail = detail;
			this.hash = ((kind.hashCode() * 31 + domain.hashCode()) * 31 + field.hashCode()) * 31 + Objects.hashCode(detail);
		}

		@Override
		public int hashCode() {
			return hash;
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Question q && q.hash == hash && q.domain == domain && q.kind.equals(kind)
					&& q.field.equals(field) && Objects.equals(q.detail, detail);
		}
	}

	private final Map<String, Map<String, Object>> byDomain;
	private final Map<NeedDomain, Map<String, Object>> fields = new EnumMap<>(NeedDomain.class);
	private final Map<Question, Optional<Object>> answers = new ConcurrentHashMap<>();

	Needs(Map<String, Map<String, Object>> byDomain) {
		this.byDomain = Map.copyOf(byDomain);
		for (NeedDomain d : NeedDomain.values()) {
			Map<String, Object> f = this.byDomain.get(d.code());
			if (f != null) {
				fields.put(d, f);
			}
		}
	}

	Map<String, Map<String, Object>> byDomain() {
		return byDomain;
	}

	@SuppressWarnings("unchecked")
	private <T> T answer(String kind, NeedDomain domain, String field, Object detail, Supplier<T> work) {
		Question question = new Question(kind, domain, field, detail);
		Optional<Object> known = answers.get(question);
		if (known == null) {
			// Not computeIfAbsent: one answer may ask another (names asks list).
			known = Optional.ofNullable(work.get());
			answers.putIfAbsent(question, known);
		}
		return (T) known.orElse(null);
	}

	boolean recorded(NeedDomain domain) {
		return fields.containsKey(domain);
	}

	Object value(NeedDomain domain, String field) {
		Map<String, Object> f = fields.get(domain);
		return f == null ? null : f.get(field);
	}

	/** The list, or null when not recorded. */
	List<String> list(NeedDomain domain, String field) {
		return answer("list", domain, field, null, () -> readList(domain, field));
	}

	@SuppressWarnings("unchecked")
	private List<String> readList(NeedDomain domain, String field) {
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
		return answer("names", domain, field, word, () -> readNames(domain, field, word));
	}

	private boolean readNames(NeedDomain domain, String field, String word) {
		List<String> items = list(domain, field);
		if (items == null) {
			return false;
		}
		Pattern p = WORDS.computeIfAbsent(word.toLowerCase(Locale.ROOT), w -> Pattern.compile("\\b" + Pattern.quote(w) + "s?\\b"));
		return items.stream().anyMatch(i -> p.matcher(i.toLowerCase(Locale.ROOT)).find());
	}

	/** The constant of a closed list that the text field names, if it names one. */
	<E extends Enum<E> & Coded> Optional<E> coded(NeedDomain domain, String field, Class<E> type) {
		return answer("coded", domain, field, type, () -> Coded.parse(type, text(domain, field)));
	}

	/** Where the child's school is ({@code education.schoolLatitude}, {@code schoolLongitude}), null if not recorded. */
	Coordinates school() {
		return answer("school", NeedDomain.EDUCATION, "school", null,
				() -> Coordinates.of(number(NeedDomain.EDUCATION, "schoolLatitude"), number(NeedDomain.EDUCATION, "schoolLongitude")));
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Needs n && n.byDomain.equals(byDomain);
	}

	@Override
	public int hashCode() {
		return byDomain.hashCode();
	}

	@Override
	public String toString() {
		return "Needs" + byDomain;
	}
}
