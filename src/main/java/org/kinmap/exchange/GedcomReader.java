package org.kinmap.exchange;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
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
 * vendor oddities. The character set is the file's own ({@link GedcomCharset}: a byte-order mark, else the header's
 * {@code 1 CHAR}); a byte that is not text in it becomes a replacement character rather than an error.
 */
final class GedcomReader {

	private static final Pattern LINE = Pattern.compile("^\\s*(\\d{1,2})\\s+(?:(@[^@]+@)\\s+)?([A-Za-z0-9_]+)(?:\\s(.*))?$");

	private static final Pattern POINTER = Pattern.compile("@[^@]+@");

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

	/**
	 * The records of a file, how many of its lines could not be read, and the character set it was read in
	 * ({@code UTF-8}, {@code UTF-16LE}, {@code ANSEL}, {@code windows-1252}, ...), with a note when that was a guess.
	 */
	record Records(List<Line> records, int unreadableLines, String charset, String charsetNote) {

		Records(List<Line> records, int unreadableLines) {
			this(records, unreadableLines, "UTF-8", null);
		}
	}

	private GedcomReader() {
	}

	static Records read(InputStream in) throws IOException {
		byte[] bytes = in.readAllBytes();
		Decoded text = GedcomCharset.decode(bytes);
		List<Line> records = new ArrayList<>();
		Deque<Line> open = new ArrayDeque<>();
		int unreadable = 0;
		try (BufferedReader reader = new BufferedReader(new StringReader(text.text()))) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.isBlank()) {
					continue;
				}
				Matcher m = LINE.matcher(line);
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
							parent.value() + (tag.equals("CONT") ? "\n" : "") + unescaped(value), parent.children());
					replace(open, records, parent, joined);
					continue;
				}
				Line l = new Line(level, m.group(2), tag, unescaped(value.trim()), new ArrayList<>());
				if (parent == null) {
					records.add(l);
				}
				else {
					parent.children().add(l);
				}
				open.push(l);
			}
		}
		return new Records(records, unreadable, text.charset(), text.note());
	}

	/** A value as written: {@code @@} is one {@code @} in text; a pointer ({@code @I1@}) is left as it is. */
	private static String unescaped(String value) {
		return value.indexOf("@@") < 0 || POINTER.matcher(value).matches() ? value : value.replace("@@", "@");
	}

	/** A file's text and the character set it was read in. */
	record Decoded(String text, String charset, String note) {
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
