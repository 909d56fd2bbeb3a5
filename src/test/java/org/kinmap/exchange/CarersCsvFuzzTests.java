package org.kinmap.exchange;

import java.time.LocalDate;
import java.util.Map;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the carers spreadsheet without the database: {@link CarersCsv} and {@link CarersImport#build}.
 *
 * <p>The contract: any bytes, with or without valid-rows-only, give a document the {@link NetworkValidator} accepts,
 * one household per line the import reports, or an {@link InvalidCarersFileException} naming at least one problem,
 * each at a line not before the header's (0 for the file); never another exception.
 *
 * <p>In {@code mvn verify} this runs over {@code CarersCsvFuzzTestsInputs/<method>/}; with {@code -Pfuzz} Jazzer
 * fuzzes it (docs/fuzzing.md).
 */
class CarersCsvFuzzTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

	@FuzzTest(maxDuration = "5m")
	@DictionaryEntries({ "householdId,name,agencyType,approvalId,approvalKind,maxChildren\n", "local_authority",
			"independent", "short_term", "long_term", ",", "\"", "\r\n", "\n", ";", "yes", "no", "NaN", "1e308", "-0",
			"2026-11-22", "latitude", "longitude", "skills", "sibling_groups", "\u00EF\u00BB\u00BF", "\u0000" })
	void parseAndBuild(byte[] file) {
		for (boolean validRowsOnly : new boolean[] { false, true }) {
			try {
				CarersCsv.Parsed parsed = CarersCsv.parse(file);
				if (!parsed.fileProblems().isEmpty()) {
					throw new InvalidCarersFileException(parsed.fileProblems());
				}
				CarersImport.Built built = new CarersImport.Built();
				NetworkDocument doc = CarersImport.build(parsed, Map.of(), validRowsOnly, TODAY, built);
				var problems = NetworkValidator.validate(doc, ExistingIds.NONE, TODAY);
				if (!problems.isEmpty()) {
					throw new AssertionError("The document built is not valid: " + problems);
				}
				if (built.lines.size() != doc.households().size() || doc.households().isEmpty()) {
					throw new AssertionError(built.lines.size() + " lines for " + doc.households().size() + " households");
				}
				if (!validRowsOnly && !built.problems.isEmpty()) {
					throw new AssertionError("Imported with problems: " + built.problems);
				}
			}
			catch (InvalidCarersFileException refused) {
				if (refused.problems().isEmpty() || refused.problems().stream().anyMatch(p -> p.line() < 0)) {
					throw new AssertionError("A refusal without a problem, or at no line: " + refused.problems());
				}
			}
		}
	}
}
