package org.kinmap.exchange;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The first check of a network document, before any other: every list entry is present (no {@code null} in a
 * list), and every text is text kinmap can store and show as it was sent. A text may not hold an unpaired
 * surrogate (half of a character, which Neo4j would store as "?"), nor NUL or another control character other than
 * tab, line feed and carriage return; and it may not be longer than its limit: {@value #LONG_TEXT} characters for
 * free text (notes, reasons, terms, an address and every field of a need), {@value #SHORT_TEXT} for anything else
 * (names, codes, dates, references). Ids are held to {@link NetworkValidator#ID} as well.
 *
 * <p>It walks the document's records by their components, so a field added to {@link NetworkDocument} is checked
 * without being named here. Problems name the JSON Pointer of the value (RFC 6901, {@code ~} and {@code /} escaped).
 */
final class DocumentText {

	static final int SHORT_TEXT = 200;
	static final int LONG_TEXT = 10_000;

	/** Fields whose text is free text, with the longer limit. */
	private static final Set<String> FREE_TEXT = Set.of("note", "notes", "riskNote", "outcomeReason", "terms", "address",
			"endReason", "ceasedReason", "outcome", "wish", "doNotContactReason", "foundWhere", "nextStep");

	private final BiConsumer<String, String> problem;

	private DocumentText(BiConsumer<String, String> problem) {
		this.problem = problem;
	}

	/** Reports each problem as (pointer, message). */
	static void check(NetworkDocument doc, BiConsumer<String, String> problem) {
		new DocumentText(problem).value("", null, doc, false);
	}

	/** As {@link #check(NetworkDocument, BiConsumer)}, for any record (a request that is not a whole document). */
	static void checkAny(Record record, BiConsumer<String, String> problem) {
		new DocumentText(problem).value("", null, record, false);
	}

	private void value(String at, String field, Object value, boolean freeText) {
		if (value == null) {
			return;
		}
		if (value instanceof String text) {
			text(at, field, text, freeText || FREE_TEXT.contains(field));
		}
		else if (value instanceof List<?> list) {
			for (int i = 0; i < list.size(); i++) {
				if (list.get(i) == null) {
					problem.accept(at + "/" + i, "an entry of " + field + " is null; leave it out instead");
				}
				else {
					value(at + "/" + i, field, list.get(i), freeText);
				}
			}
		}
		else if (value instanceof Map<?, ?> map) {
			map.forEach((key, v) -> {
				String name = String.valueOf(key);
				text(at, "a field name", name, false);
				value(at + "/" + escape(name), name, v, freeText || "domains".equals(field));
			});
		}
		else if (value instanceof Record record) {
			for (RecordComponent c : record.getClass().getRecordComponents()) {
				try {
					value(at + "/" + c.getName(), c.getName(), c.getAccessor().invoke(record), freeText);
				}
				catch (ReflectiveOperationException ex) {
					throw new IllegalStateException("Cannot read " + c, ex);
				}
			}
		}
	}

	private void text(String at, String field, String text, boolean freeText) {
		int limit = freeText ? LONG_TEXT : SHORT_TEXT;
		if (text.length() > limit) {
			problem.accept(at, field + " is " + text.length() + " characters long; the most it may have is " + limit);
			return;
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				i++;
			}
			else if (Character.isSurrogate(c)) {
				problem.accept(at, field + " has half of a character (an unpaired surrogate, \\u"
						+ Integer.toHexString(c) + ") at position " + (i + 1) + "; send the whole character");
				return;
			}
			else if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
				problem.accept(at, field + " has a control character (\\u" + String.format("%04x", (int) c) + ") at position "
						+ (i + 1) + "; only tab and line breaks are allowed");
				return;
			}
		}
	}

	static String escape(String segment) {
		return segment.replace("~", "~0").replace("/", "~1");
	}
}
