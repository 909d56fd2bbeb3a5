package org.kinmap.exchange;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kinmap.changes.ChangeLog;
import org.kinmap.exchange.CarersCsv.Column;
import org.kinmap.exchange.CarersCsv.Row;
import org.kinmap.exchange.NetworkDocument.ApprovalDoc;
import org.kinmap.exchange.NetworkDocument.HouseholdDoc;
import org.kinmap.exchange.NetworkDocument.MemberDoc;
import org.kinmap.system.CypherQueries;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * Imports a carer spreadsheet (docs/carers-import.md): each row becomes a carer household of a network document, which
 * the {@link NetworkValidator} checks and the {@link NetworkImporter} writes in one transaction, so a spreadsheet
 * follows every rule, the change sequence and the all-or-nothing of a JSON document. What a spreadsheet does not hold
 * is kept: the household's members, and its approvals other than the one the row names.
 *
 * <p>Every problem is reported with its line and column. By default one bad row refuses the whole file; with
 * {@code validRowsOnly} the rows without problems are imported and the others are listed in the answer. A problem of
 * the file itself (not UTF-8, a quote never closed, a header unlike the template's) refuses it either way.
 */
@Service
class CarersImport {

	private static final Pattern HOUSEHOLD_POINTER = Pattern.compile("^/households/(\\d+)(/.*)?$");

	private final NetworkImporter importer;
	private final Neo4jClient neo4j;
	private final String keptQuery;
	private final Clock clock;

	CarersImport(NetworkImporter importer, Neo4jClient neo4j, CypherQueries queries, Clock clock) {
		this.importer = importer;
		this.neo4j = neo4j;
		this.keptQuery = queries.require("exchange/households-kept");
		this.clock = clock;
	}

	/**
	 * What a carers import did.
	 *
	 * @param rows                the file's data rows
	 * @param householdsImported  the households written
	 * @param rowsLeftOut         rows not imported for their problems (only with valid-rows-only; otherwise 0)
	 * @param problems            the problems of the rows left out
	 * @param warnings            what was imported but needs a look: a postcode the postcode directory does not have
	 * @param written             what the network import wrote
	 */
	record CarersImportReport(int rows, int householdsImported, int rowsLeftOut, List<CsvProblem> problems,
			List<CsvProblem> warnings, ImportReport written) {
	}

	/** What the import built inside its transaction: the lines of the households of the document, in order. */
	static final class Built {
		List<Long> lines = List.of();
		List<CsvProblem> problems = List.of();
		int rows;
	}

	CarersImportReport importCsv(byte[] file, boolean validRowsOnly) {
		CarersCsv.Parsed parsed = CarersCsv.parse(file);
		if (!parsed.fileProblems().isEmpty()) {
			throw new InvalidCarersFileException(parsed.fileProblems());
		}
		Built built = new Built();
		ImportReport written = importer.importNetwork(ChangeLog.CARERS_IMPORT, () -> document(parsed, validRowsOnly, built));
		List<CsvProblem> warnings = written.warnings().stream().map(w -> located(w, built.lines)).toList();
		return new CarersImportReport(built.rows, built.lines.size(), built.rows - built.lines.size(), built.problems,
				warnings, written);
	}

	/** Runs inside the import's transaction: reads what is kept, then {@link #build}s the document. */
	private NetworkDocument document(CarersCsv.Parsed parsed, boolean validRowsOnly, Built built) {
		Map<String, Kept> kept = kept(parsed.rows().stream().map(r -> r.get(Column.HOUSEHOLD_ID))
			.filter(id -> id != null && NetworkValidator.ID.matcher(id).matches()).distinct().toList());
		return build(parsed, kept, validRowsOnly, LocalDate.now(clock), built);
	}

	/**
	 * Converts the rows (with what is {@code kept} of their households), validates the document, and leaves out the
	 * rows with problems ({@code validRowsOnly}) or refuses the file with every problem.
	 */
	static NetworkDocument build(CarersCsv.Parsed parsed, Map<String, Kept> kept, boolean validRowsOnly, LocalDate today,
			Built built) {
		List<CsvProblem> problems = new ArrayList<>(parsed.rowProblems());
		Set<Long> bad = new HashSet<>();
		parsed.rowProblems().forEach(p -> bad.add(p.line()));
		Map<String, Long> firstLine = new HashMap<>();
		for (Row row : parsed.rows()) {
			String id = row.get(Column.HOUSEHOLD_ID);
			Long earlier = id == null ? null : firstLine.putIfAbsent(id, row.line());
			if (earlier != null) {
				problems.add(new CsvProblem(row.line(), Column.HOUSEHOLD_ID.header, "household " + id + " is already on line "
						+ earlier + "; a file has one row per household"));
				bad.add(row.line());
			}
		}
		// Rows whose cells could not all be read are validated too (their unreadable cells left empty), so that one
		// answer names every problem of a row; then they are left out.
		Map<Long, HouseholdDoc> households = new LinkedHashMap<>();
		Set<String> cellProblems = new HashSet<>();
		for (Row row : parsed.rows()) {
			if (bad.contains(row.line())) {
				continue;
			}
			Kept k = kept.getOrDefault(row.get(Column.HOUSEHOLD_ID), Kept.NONE);
			CarerRows.Converted c = CarerRows.convert(row, k.members(), k.approvals());
			households.put(row.line(), c.household());
			problems.addAll(c.problems());
			c.problems().forEach(p -> cellProblems.add(p.line() + "\u0000" + p.column()));
		}
		Set<String> members = new HashSet<>();
		kept.values().forEach(k -> k.members().forEach(m -> members.add(m.person())));
		ExistingIds existing = new ExistingIds() {
			@Override
			public Set<String> persons(Collection<String> ids) {
				Set<String> found = new HashSet<>(ids);
				found.retainAll(members);
				return found;
			}

			@Override
			public Set<String> households(Collection<String> ids) {
				return Set.of();
			}
		};
		// Round by round, since the validator names text problems (a NUL, a megabyte cell) before any other: the rows
		// with problems are taken out and the rest checked again, until what is left is valid.
		while (!households.isEmpty()) {
			List<Long> lines = List.copyOf(households.keySet());
			List<DocumentProblem> found = NetworkValidator.validate(of(households.values()), existing, today);
			for (DocumentProblem p : found) {
				CsvProblem located = located(p, lines);
				if (!cellProblems.contains(located.line() + "\u0000" + located.column())) {
					problems.add(located);
				}
				households.remove(located.line());
			}
			boolean unlocated = found.stream().anyMatch(p -> !HOUSEHOLD_POINTER.matcher(p.pointer()).matches());
			households.keySet().removeIf(line -> cellProblems.stream().anyMatch(k -> k.startsWith(line + "\u0000")));
			if (found.isEmpty() || unlocated) {
				break;
			}
		}
		problems.sort(Comparator.comparingLong(CsvProblem::line));
		if (!problems.isEmpty() && (!validRowsOnly || households.isEmpty() || problems.stream().anyMatch(p -> p.line() == 0))) {
			throw new InvalidCarersFileException(problems);
		}
		built.rows = parsed.rows().size() + (int) parsed.rowProblems().stream().map(CsvProblem::line).distinct().count();
		built.lines = List.copyOf(households.keySet());
		built.problems = List.copyOf(problems);
		return of(households.values());
	}

	private static NetworkDocument of(Collection<HouseholdDoc> households) {
		return new NetworkDocument("carers spreadsheet", null, null, null, null, null, null, null,
				new ArrayList<>(households), null, null, null, null, null);
	}

	/** A problem of the document at its row's line and column; one of the whole document at line 0. */
	private static CsvProblem located(DocumentProblem p, List<Long> lines) {
		Matcher m = HOUSEHOLD_POINTER.matcher(p.pointer());
		if (!m.matches() || Integer.parseInt(m.group(1)) >= lines.size()) {
			return new CsvProblem(0, null, p.message());
		}
		long line = lines.get(Integer.parseInt(m.group(1)));
		String below = m.group(2) == null ? "" : m.group(2);
		Optional<Column> column = Column.atPointer(below);
		return new CsvProblem(line, column.map(c -> c.header).orElse(null), p.message());
	}

	/** A household's members and approvals as recorded. */
	record Kept(List<MemberDoc> members, List<ApprovalDoc> approvals) {
		static final Kept NONE = new Kept(List.of(), List.of());
	}

	private Map<String, Kept> kept(List<String> ids) {
		Map<String, Kept> kept = new HashMap<>();
		if (ids.isEmpty()) {
			return kept;
		}
		neo4j.query(keptQuery).bind(Map.of("ids", ids)).to("batch").fetch().all().forEach(r -> {
			List<MemberDoc> members = new ArrayList<>();
			for (Object o : (List<?>) r.get("members")) {
				Map<?, ?> m = (Map<?, ?>) o;
				members.add(new MemberDoc(text(m.get("person")), text(m.get("role")), text(m.get("from")), text(m.get("to"))));
			}
			List<ApprovalDoc> approvals = new ArrayList<>();
			for (Object o : (List<?>) r.get("approvals")) {
				Map<?, ?> a = (Map<?, ?>) o;
				approvals.add(new ApprovalDoc(text(a.get("id")), text(a.get("kind")), number(a.get("minAge")),
						number(a.get("maxAge")), number(a.get("maxChildren")), (Boolean) a.get("siblingGroupsConsidered"),
						text(a.get("approvedOn")), text(a.get("expiresOn")), text(a.get("terms"))));
			}
			kept.put((String) r.get("id"), new Kept(members, approvals));
		});
		return kept;
	}

	private static String text(Object value) {
		return value == null ? null : value.toString();
	}

	private static Integer number(Object value) {
		return value instanceof Number n ? n.intValue() : null;
	}
}
