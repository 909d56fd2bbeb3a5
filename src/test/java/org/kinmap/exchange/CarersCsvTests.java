package org.kinmap.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kinmap.exchange.CarersCsv.Column;
import org.kinmap.exchange.CarersImport.Built;
import org.kinmap.exchange.CarersImport.Kept;
import org.kinmap.exchange.NetworkDocument.ApprovalDoc;
import org.kinmap.exchange.NetworkDocument.HouseholdDoc;
import org.kinmap.exchange.NetworkDocument.MemberDoc;
import org.springframework.core.io.ClassPathResource;

/**
 * The carers spreadsheet without a database: reading CSV as spreadsheets save it, and every kind of bad row named by
 * its line and column.
 */
class CarersCsvTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
	static final String HEADER = CarersCsv.headerLine();

	/** A valid row for household {@code id}, with the cells given (by column) changed. */
	static String row(String id, Map<Column, String> changed) {
		StringBuilder b = new StringBuilder();
		for (Column c : Column.values()) {
			String v = changed.containsKey(c) ? changed.get(c) : switch (c) {
				case HOUSEHOLD_ID -> id;
				case NAME -> "Household " + id;
				case AGENCY_TYPE -> "local_authority";
				case APPROVAL_ID -> "ap-" + id;
				case APPROVAL_KIND -> "short_term";
				case MAX_CHILDREN -> "2";
				case MIN_AGE -> "0";
				case MAX_AGE -> "12";
				default -> "";
			};
			if (b.length() > 0) {
				b.append(',');
			}
			b.append(v);
		}
		return b.toString();
	}

	static String row(String id) {
		return row(id, Map.of());
	}

	static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	static NetworkDocument build(byte[] file, boolean validRowsOnly, Built built) {
		CarersCsv.Parsed parsed = CarersCsv.parse(file);
		if (!parsed.fileProblems().isEmpty()) {
			throw new InvalidCarersFileException(parsed.fileProblems());
		}
		return CarersImport.build(parsed, Map.of(), validRowsOnly, TODAY, built);
	}

	static List<CsvProblem> problems(String text) {
		return problems(bytes(text), false);
	}

	static List<CsvProblem> problems(byte[] file, boolean validRowsOnly) {
		try {
			build(file, validRowsOnly, new Built());
		}
		catch (InvalidCarersFileException e) {
			return e.problems();
		}
		throw new AssertionError("the file was accepted");
	}

	@Test
	void theTemplateIsValidAndEveryColumnReachesTheDocument() throws IOException {
		byte[] template = new ClassPathResource(CarersController.TEMPLATE).getContentAsByteArray();
		assertThat(new String(template, StandardCharsets.UTF_8)).startsWith(HEADER + "\n");
		Built built = new Built();
		NetworkDocument doc = build(template, false, built);
		assertThat(built.lines).containsExactly(2L, 3L);
		HouseholdDoc h = doc.households().get(0);
		assertThat(h).extracting(HouseholdDoc::id, HouseholdDoc::name, HouseholdDoc::postcode, HouseholdDoc::latitude,
				HouseholdDoc::longitude)
			.containsExactly("h-example-1", "Example household, Kinmouth (fictional)", "KM2 1AB", 53.41, -2.88);
		var c = h.carer();
		assertThat(c.agency()).isEqualTo("Kinmouth Fostering Service");
		assertThat(c.agencyType()).isEqualTo("local_authority");
		assertThat(c.approvals()).containsExactly(new ApprovalDoc("ap-example-1", "short_term", 0, 12, 2, true, "2020-03-12",
				"2027-03-12", null));
		assertThat(c.pets()).isEqualTo(new NetworkDocument.PetsDoc(1, 0, List.of("rabbit")));
		assertThat(c).extracting(x -> x.smoking(), x -> x.wheelchairAccessible(), x -> x.groundFloorBedroom(),
				x -> x.languages(), x -> x.religion(), x -> x.ethnicity(), x -> x.skills(), x -> x.otherChildrenAges())
			.containsExactly(false, false, true, List.of("English", "Polish"), "Christian", "White British",
					List.of("sibling_groups", "babies"), List.of(4, 9));
		assertThat(c.notes()).startsWith("Fictional example row");
		assertThat(doc.households().get(1).latitude()).isNull();
		assertThat(doc.households().get(1).carer().approvals().get(0).terms()).contains("Coordinates left empty");
	}

	@Test
	void readsAByteOrderMarkWindowsLineEndsQuotedCommasAndLineBreaksInCells() {
		String text = "\uFEFF" + HEADER + "\r\n" + row("xc-1", Map.of(Column.NAME, "\"Lee, Joan and Sam\"")) + "\r\n"
				+ row("xc-2", Map.of(Column.NOTES, "\"first line\r\nsecond line, with a comma and \"\"quotes\"\"\"")) + "\r\n"
				+ "\r\n,,,,\r\n" + row("xc-3") + "\r\n";
		Built built = new Built();
		NetworkDocument doc = build(bytes(text), false, built);
		assertThat(doc.households()).extracting(HouseholdDoc::id).containsExactly("xc-1", "xc-2", "xc-3");
		assertThat(doc.households().get(0).name()).isEqualTo("Lee, Joan and Sam");
		assertThat(doc.households().get(1).carer().notes()).isEqualTo("first line\r\nsecond line, with a comma and \"quotes\"");
		assertThat(built.lines).as("a cell over two lines moves the next row down").containsExactly(2L, 3L, 7L);
	}

	@Test
	void everyBadCellIsNamedByLineAndColumnAndNothingIsImported() {
		String text = HEADER + "\n" + row("xc-ok") + "\n"
				+ row("xc-bad", Map.of(Column.MAX_CHILDREN, "two", Column.SMOKING, "sometimes",
						Column.APPROVAL_KIND, "forever")) + "\n"
				+ row("xc-ages", Map.of(Column.MIN_AGE, "15", Column.MAX_AGE, "3", Column.SKILLS, "juggling")) + "\n"
				+ row("xc-date", Map.of(Column.APPROVED_ON, "12/03/2020", Column.AGENCY_TYPE, "")) + "\n";
		assertThat(problems(text)).extracting(CsvProblem::line, CsvProblem::column)
			.containsExactly(tuple(3L, "maxChildren"), tuple(3L, "smoking"), tuple(3L, "approvalKind"),
					tuple(4L, null), tuple(4L, "skills"),
					tuple(5L, "agencyType"), tuple(5L, "approvedOn"));
		assertThat(problems(text).get(0).message()).isEqualTo("'two' is not a whole number");
	}

	@Test
	void withValidRowsOnlyTheGoodRowsAreImportedAndTheOthersReported() {
		String text = HEADER + "\n" + row("xc-ok") + "\n" + row("xc-bad", Map.of(Column.MAX_CHILDREN, "99")) + "\n"
				+ row("xc-ok2") + "\n" + "too,few,cells\n";
		Built built = new Built();
		NetworkDocument doc = build(bytes(text), true, built);
		assertThat(doc.households()).extracting(HouseholdDoc::id).containsExactly("xc-ok", "xc-ok2");
		assertThat(built.rows).isEqualTo(4);
		assertThat(built.problems).extracting(CsvProblem::line, CsvProblem::column)
			.containsExactly(tuple(3L, "maxChildren"), tuple(5L, null));
		assertThat(built.problems.get(1).message()).startsWith("has 3 cells where the header has " + Column.values().length);
		assertThat(NetworkValidator.validate(doc, ExistingIds.NONE, TODAY)).isEmpty();
	}

	@Test
	void aFileOfOnlyBadRowsIsRefusedEvenWithValidRowsOnly() {
		assertThat(problems(bytes(HEADER + "\n" + row("xc-bad", Map.of(Column.MAX_CHILDREN, "0")) + "\n"), true))
			.extracting(CsvProblem::line, CsvProblem::column).containsExactly(tuple(2L, "maxChildren"));
	}

	@Test
	void aHouseholdOnTwoRowsAndASecondHeaderAreRowProblems() {
		String text = HEADER + "\n" + row("xc-1") + "\n" + HEADER + "\n" + row("xc-1") + "\n";
		assertThat(problems(text)).extracting(CsvProblem::line, CsvProblem::column, CsvProblem::message)
			.containsExactly(tuple(3L, null, "repeats the header row; a file has one header, on its first line"),
					tuple(4L, "householdId", "household xc-1 is already on line 2; a file has one row per household"));
	}

	@Test
	void theHeaderMustBeTheTemplates() {
		String header = HEADER.replace("maxChildren,", "").replace("notes", "notes,favouriteColour") + ",name";
		assertThat(problems(header + "\n" + "x\n")).extracting(CsvProblem::line, CsvProblem::column, CsvProblem::message)
			.containsExactly(tuple(1L, "favouriteColour", "is not a column of the template (docs/carers-import.md)"),
					tuple(1L, "name", "is in the header twice"),
					tuple(1L, "maxChildren", "is a required column and is missing from the header"));
		assertThat(problems("householdId,name\nxc-1,A\n")).extracting(CsvProblem::column)
			.contains("agencyType", "approvalId", "approvalKind", "maxChildren");
	}

	@Test
	void optionalColumnsMayBeLeftOutAndInAnyOrder() {
		String text = "maxChildren,approvalKind,approvalId,agencyType,name,householdId\n2,long_term,ap-x,independent,X,xc-x\n";
		NetworkDocument doc = build(bytes(text), false, new Built());
		assertThat(doc.households().get(0).carer().approvals().get(0))
			.isEqualTo(new ApprovalDoc("ap-x", "long_term", null, null, 2, null, null, null, null));
	}

	@Test
	void nullBytesMegabyteCellsAndNotANumberCoordinatesAreProblemsNotCrashes() {
		String text = HEADER + "\n"
				+ row("xc-nul", Map.of(Column.NAME, "Lee\u0000 household")) + "\n"
				+ row("xc-big", Map.of(Column.NOTES, "n".repeat(1_048_576), Column.RELIGION, "r".repeat(300))) + "\n"
				+ row("xc-nan", Map.of(Column.LATITUDE, "NaN", Column.LONGITUDE, "Infinity")) + "\n"
				+ row("xc-huge", Map.of(Column.LATITUDE, "1e308", Column.LONGITUDE, "0x1p3")) + "\n"
				+ row("xc-far", Map.of(Column.LATITUDE, "91.5", Column.LONGITUDE, "-2.1")) + "\n"
				+ row("xc-half", Map.of(Column.LATITUDE, "53.1")) + "\n";
		assertThat(problems(text)).extracting(CsvProblem::line, CsvProblem::column)
			.containsExactly(tuple(2L, "name"), tuple(3L, "religion"), tuple(3L, "notes"),
					tuple(4L, "latitude"), tuple(4L, "longitude"), tuple(5L, "latitude"), tuple(5L, "longitude"),
					tuple(6L, "latitude"), tuple(7L, null));
	}

	@Test
	void aFileThatIsNotUtf8OrNotCsvIsRefusedWhole() {
		byte[] latin1 = (HEADER + "\n" + row("xc-1", Map.of(Column.NAME, "Zo\u00eb"))).getBytes(StandardCharsets.ISO_8859_1);
		assertThat(problems(latin1, true)).extracting(CsvProblem::line, CsvProblem::message)
			.singleElement().satisfies(p -> assertThat(p.toList().get(0)).isEqualTo(2L));
		assertThat(problems(bytes("\uFEFF"), false)).extracting(CsvProblem::message)
			.containsExactly("is empty: it needs the template's header row and a row per household");
		assertThat(problems(bytes(HEADER + "\n"), false)).extracting(CsvProblem::message)
			.containsExactly("has a header but no rows");
		assertThat(problems(bytes(HEADER + "\n" + row("xc-1", Map.of(Column.NAME, "\"never closed")) + "\n"), true))
			.extracting(CsvProblem::message).singleElement().asString().startsWith("cannot be read as CSV");
		byte[] utf16 = ("\uFEFF" + HEADER).getBytes(StandardCharsets.UTF_16LE);
		assertThat(problems(utf16, false)).extracting(CsvProblem::message)
			.containsExactly("is UTF-16 text; save it as CSV UTF-8 (comma delimited)");
	}

	@Test
	void membersAndOtherApprovalsRecordedAreKeptAndTheRowsApprovalReplacesItsNamesake() {
		CarersCsv.Parsed parsed = CarersCsv.parse(bytes(HEADER + "\n" + row("xc-1") + "\n"));
		Kept kept = new Kept(List.of(new MemberDoc("p-xc-carer", "carer", "2018", null)),
				List.of(new ApprovalDoc("ap-xc-1", "long_term", 0, 17, 1, false, null, null, null),
						new ApprovalDoc("ap-xc-old", "short_breaks", 5, 10, 1, false, "2019-01-01", null, null)));
		NetworkDocument doc = CarersImport.build(parsed, Map.of("xc-1", kept), false, TODAY, new Built());
		HouseholdDoc h = doc.households().get(0);
		assertThat(h.members()).isEqualTo(kept.members());
		assertThat(h.carer().approvals()).extracting(ApprovalDoc::id, ApprovalDoc::kind)
			.containsExactly(tuple("ap-xc-1", "short_term"), tuple("ap-xc-old", "short_breaks"));
		assertThat(CarersImport.build(parsed, Map.of(), false, TODAY, new Built()).households().get(0).members()).isEmpty();
	}

	@Test
	void listsAreSplitBySemicolonsAndYesNoAnswersReadInAnySpelling() {
		String text = HEADER + "\n" + row("xc-1", Map.of(Column.LANGUAGES, " English ; ;Urdu", Column.SMOKING, "Y",
				Column.WHEELCHAIR_ACCESSIBLE, "FALSE", Column.SIBLING_GROUPS, "No", Column.OTHER_CHILDREN_AGES, "3;x")) + "\n";
		assertThat(problems(text)).extracting(CsvProblem::column, CsvProblem::message)
			.containsExactly(tuple("otherChildrenAges", "'x' is not a whole number (ages are separated by semicolons: 4;9)"));
		NetworkDocument doc = build(bytes(text.replace("3;x", "3;7")), false, new Built());
		var c = doc.households().get(0).carer();
		assertThat(c.languages()).containsExactly("English", "Urdu");
		assertThat(c).extracting(x -> x.smoking(), x -> x.wheelchairAccessible(), x -> x.approvals().get(0).siblingGroupsConsidered())
			.containsExactly(true, false, false);
	}
}
