package org.kinmap.exchange;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the line structure of a GEDCOM 5.5.1 file ({@code level [@xref@] TAG [value]}) into a tree of
 * {@link Line}s, one per top-level record. Continuations ({@code CONC}, {@code CONT}) are folded into their
 * line's value. Lines that do not parse are counted and passed over, never a failure: real files carry
 * vendor oddities. Text is read as UTF-8 (a byte-order mark is dropped); bytes that are not UTF-8 (ANSEL,
 * ANSI files) become replacement characters rather than errors.
 */
final class GedcomReader {

	private static final Pattern LINE = Pattern.compile("^\\s*(\\d{1,2})\\s+(?:(@[^@]+@)\\s+)?([A-Za-z0-9_]+)(?:\\s(.*))?$");

	/** One GEDCOM line with the lines below it. */
	record Line(int level, String xref, String tag, String value, List<Line> children) {

		Optional<Line> child(String tag) {
			return children.stream().filter(c -> c.tag().equals(tag)).findFirst();
		}

		List<Line> all(String tag) {
			return children.stream().filter(c -> c.tag().equals(tag)).toList();
		}

		/** The value of the first child with this tag, or null. */
		String value(String tag) {
			return child(tag).map(Line::value).orElse(null);
		}
	}

	/** The records of a file, and how many of its lines could not be read. */
	record Records(List<Line> records, int unreadableLines) {
	}

	private GedcomReader() {
	}

	static Records read(InputStream in) throws IOException {
		var decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPLACE)
			.onUnmappableCharacter(CodingErrorAction.REPLACE);
		List<Line> records = new ArrayList<>();
		Deque<Line> open = new ArrayDeque<>();
		int unreadable = 0;
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, decoder))) {
			String text;
			boolean first = true;
			while ((text = reader.readLine()) != null) {
				if (first && !text.isEmpty() && text.charAt(0) == '\uFEFF') {
					text = text.substring(1);
				}
				first = false;
				if (text.isBlank()) {
					continue;
				}
				Matcher m = LINE.matcher(text);
				if (!m.matches()) {
					unreadable++;
					continue;
				}
				int level = Integer.parseInt(m.group(1));
				String tag = m.group(3).toUpperCase(java.util.Locale.ROOT);
				String value = m.group(4) == null ? "" : m.group(4);
				while (!open.isEmpty() && open.peek().level() >= level) {
					open.pop();
				}
				if (level > 0 && open.isEmpty()) {
					unreadable++;
					continue;
				}
				Line parent = open.peek();
				if (parent != null && (tag.equals("CONC") || tag.equals("CONT"))) {
					Line joined = new Line(parent.level(), parent.xref(), parent.tag(),
							parent.value() + (tag.equals("CONT") ? "\n" : "") + value, parent.children());
					replace(open, records, parent, joined);
					continue;
				}
				Line line = new Line(level, m.group(2), tag, value.trim(), new ArrayList<>());
				if (parent == null) {
					records.add(line);
				}
				else {
					parent.children().add(line);
				}
				open.push(line);
			}
		}
		return new Records(records, unreadable);
	}

	/** Puts {@code joined} where {@code old} was: in its parent's children (or the records) and on the stack. */
	private static void replace(Deque<Line> open, List<Line> records, Line old, Line joined) {
		open.pop();
		Line grand = open.peek();
		List<Line> siblings = grand == null ? records : grand.children();
		siblings.set(siblings.lastIndexOf(old), joined);
		open.push(joined);
	}
}
