package org.kinmap.exchange;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a carer spreadsheet saved as CSV (docs/carers-import.md) into rows of cells by column, each row with the line
 * of the file it starts on. UTF-8 with or without a byte-order mark, RFC 4180 quoting (commas, quotes and line breaks
 * inside quoted cells), Windows or Unix line ends; cells are trimmed and an empty cell is no value. Rows whose cells
 * are all empty (a blank line, the {@code ,,,} rows spreadsheets leave) are passed over.
 *
 * <p>What makes the whole file unreadable (not UTF-8, a quote never closed, a header that is not the template's) is
 * a file problem; a row with the wrong number of cells, or that repeats the header, is a problem of that row.
 */
final class CarersCsv {

	/**
	 * The template's columns, each with where its value goes in the network document's household (a JSON Pointer
	 * below {@code /households/N}), so that the validator's problems are reported by column.
	 */
	enum Column {
		HOUSEHOLD_ID("householdId", true, "/id"),
		NAME("name", true, "/name"),
		POSTCODE("postcode", false, "/postcode"),
		LATITUDE("latitude", false, "/latitude"),
		LONGITUDE("longitude", false, "/longitude"),
		AGENCY("agency", false, "/carer/agency"),
		AGENCY_TYPE("agencyType", true, "/carer/agencyType"),
		APPROVAL_ID("approvalId", true, "/carer/approvals/0/id"),
		APPROVAL_KIND("approvalKind", true, "/carer/approvals/0/kind"),
		MIN_AGE("minAge", false, "/carer/approvals/0/minAge"),
		MAX_AGE("maxAge", false, "/carer/approvals/0/maxAge"),
		MAX_CHILDREN("maxChildren", true, "/carer/approvals/0/maxChildren"),
		SIBLING_GROUPS("siblingGroupsConsidered", false, "/carer/approvals/0/siblingGroupsConsidered"),
		APPROVED_ON("approvedOn", false, "/carer/approvals/0/approvedOn"),
		EXPIRES_ON("expiresOn", false, "/carer/approvals/0/expiresOn"),
		APPROVAL_TERMS("approvalTerms", false, "/carer/approvals/0/terms"),
		DOGS("dogs", false, "/carer/pets/dogs"),
		CATS("cats", false, "/carer/pets/cats"),
		OTHER_PETS("otherPets", false, "/carer/pets/other"),
		SMOKING("smoking", false, "/carer/smoking"),
		WHEELCHAIR_ACCESSIBLE("wheelchairAccessible", false, "/carer/wheelchairAccessible"),
		GROUND_FLOOR_BEDROOM("groundFloorBedroom", false, "/carer/groundFloorBedroom"),
		LANGUAGES("languages", false, "/carer/languages"),
		RELIGION("religion", false, "/carer/religion"),
		ETHNICITY("ethnicity", false, "/carer/ethnicity"),
		SKILLS("skills", false, "/carer/skills"),
		OTHER_CHILDREN_AGES("otherChildrenAges", false, "/carer/otherChildrenAges"),
		NOTES("notes", false, "/carer/notes");

		final String header;
		final boolean required;
		final String pointer;

		Column(String header, boolean required, String pointer) {
			this.header = header;
			this.required = required;
			this.pointer = pointer;
		}

		static Optional<Column> byHeader(String header) {
			for (Column c : values()) {
				if (c.header.equalsIgnoreCase(header)) {
					return Optional.of(c);
				}
			}
			return Optional.empty();
		}

		/** The column a pointer below a household names: the one whose pointer is the longest prefix of it. */
		static Optional<Column> atPointer(String pointer) {
			Column best = null;
			for (Column c : values()) {
				if ((pointer.equals(c.pointer) || pointer.startsWith(c.pointer + "/"))
						&& (best == null || c.pointer.length() > best.pointer.length())) {
					best = c;
				}
			}
			return Optional.ofNullable(best);
		}
	}

	/** One data row: the line it starts on and its cells (an empty cell is absent). */
	record Row(long line, Map<Column, String> cells) {

		String get(Column c) {
			return cells.get(c);
		}
	}

	/**
	 * What the file holds: its rows that could be read, and problems of the file (nothing can be imported) and of
	 * single rows (those rows cannot).
	 */
	record Parsed(List<Row> rows, List<CsvProblem> fileProblems, List<CsvProblem> rowProblems) {
	}

	private CarersCsv() {
	}

	/** The header row of the template, every column in order. */
	static String headerLine() {
		return String.join(",", Arrays.stream(Column.values()).map(c -> c.header).toList());
	}

	static Parsed parse(byte[] bytes) {
		List<CsvProblem> fileProblems = new ArrayList<>();
		List<CsvProblem> rowProblems = new ArrayList<>();
		List<Row> rows = new ArrayList<>();
		Optional<String> decoded = utf8(bytes, fileProblems);
		if (decoded.isEmpty()) {
			return new Parsed(rows, fileProblems, rowProblems);
		}
		String text = decoded.get();
		LineIndex lines = new LineIndex(text);
		CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();
		Map<Integer, Column> columns = new HashMap<>();
		List<String> header = null;
		try (CSVParser csv = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
			for (CSVRecord r : csv) {
				long line = lines.lineOf(r.getCharacterPosition());
				List<String> cells = r.stream().map(c -> c == null ? "" : c.strip()).toList();
				if (cells.stream().allMatch(String::isEmpty)) {
					continue;
				}
				if (header == null) {
					header = cells;
					readHeader(header, columns, fileProblems);
					if (!fileProblems.isEmpty()) {
						return new Parsed(rows, fileProblems, rowProblems);
					}
					continue;
				}
				if (cells.equals(header)) {
					rowProblems.add(new CsvProblem(line, null, "repeats the header row; a file has one header, on its first line"));
					continue;
				}
				if (cells.size() != header.size()) {
					rowProblems.add(new CsvProblem(line, null, "has " + cells.size() + " cells where the header has "
							+ header.size() + " (a comma in a cell needs the cell in double quotes)"));
					continue;
				}
				Map<Column, String> byColumn = new EnumMap<>(Column.class);
				for (int i = 0; i < cells.size(); i++) {
					if (!cells.get(i).isEmpty()) {
						byColumn.put(columns.get(i), cells.get(i));
					}
				}
				rows.add(new Row(line, byColumn));
			}
		}
		catch (UncheckedIOException | IllegalStateException e) {
			String reason = reason(e);
			var at = java.util.regex.Pattern.compile("\\(line (\\d+)\\)").matcher(reason);
			fileProblems.add(new CsvProblem(at.find() ? Long.parseLong(at.group(1)) : 0, null,
					"cannot be read as CSV: " + reason.replaceAll("^.*?\\(line \\d+\\)\\s*", "")));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		if (header == null && fileProblems.isEmpty()) {
			fileProblems.add(new CsvProblem(0, null, "is empty: it needs the template's header row and a row per household"));
		}
		else if (rows.isEmpty() && rowProblems.isEmpty() && fileProblems.isEmpty()) {
			fileProblems.add(new CsvProblem(0, null, "has a header but no rows"));
		}
		return new Parsed(rows, fileProblems, rowProblems);
	}

	/** Commons CSV names the line in its message ("(line 12) EOF reached before encapsulated token finished"). */
	private static String reason(RuntimeException e) {
		Throwable cause = e.getCause() != null ? e.getCause() : e;
		String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
		return message.replace("encapsulated token", "quoted cell").replace("EOF", "the end of the file");
	}

	private static void readHeader(List<String> header, Map<Integer, Column> columns, List<CsvProblem> problems) {
		Map<Column, Integer> seen = new EnumMap<>(Column.class);
		for (int i = 0; i < header.size(); i++) {
			String name = header.get(i);
			Optional<Column> c = Column.byHeader(name);
			if (c.isEmpty()) {
				problems.add(new CsvProblem(1, name.length() > 80 ? name.substring(0, 80) + "…" : name,
						"is not a column of the template (docs/carers-import.md)"));
				continue;
			}
			if (seen.put(c.get(), i) != null) {
				problems.add(new CsvProblem(1, c.get().header, "is in the header twice"));
			}
			columns.put(i, c.get());
		}
		for (Column c : Column.values()) {
			if (c.required && !seen.containsKey(c)) {
				problems.add(new CsvProblem(1, c.header, "is a required column and is missing from the header"));
			}
		}
	}

	/** The text of a UTF-8 file (a byte-order mark dropped), or empty with the line of the first byte that is not. */
	private static Optional<String> utf8(byte[] bytes, List<CsvProblem> problems) {
		int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
				? 3 : 0;
		if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
				|| (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)) {
			problems.add(new CsvProblem(0, null, "is UTF-16 text; save it as CSV UTF-8 (comma delimited)"));
			return Optional.empty();
		}
		var decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
		CharBuffer out = CharBuffer.allocate(bytes.length);
		CoderResult result = decoder.decode(in, out, true);
		if (!result.isError()) {
			result = decoder.flush(out);
		}
		if (result.isError()) {
			long line = 1;
			for (int i = start; i < in.position(); i++) {
				if (bytes[i] == '\n') {
					line++;
				}
			}
			problems.add(new CsvProblem(line, null, "is not UTF-8 text from byte " + in.position() + " on; save the "
					+ "spreadsheet as CSV UTF-8 (comma delimited)"));
			return Optional.empty();
		}
		return Optional.of(out.flip().toString());
	}

	/** Line numbers of character positions: a line ends at LF, CR LF or a lone CR. */
	private static final class LineIndex {

		private final int[] starts;

		LineIndex(String text) {
			int[] s = new int[16];
			int n = 0;
			s[n++] = 0;
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
					if (n == s.length) {
						s = Arrays.copyOf(s, n * 2);
					}
					s[n++] = i + 1;
				}
			}
			starts = Arrays.copyOf(s, n);
		}

		long lineOf(long position) {
			int i = Arrays.binarySearch(starts, (int) position);
			return (i >= 0 ? i : -i - 2) + 1L;
		}
	}
}
