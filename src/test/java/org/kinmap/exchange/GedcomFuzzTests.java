package org.kinmap.exchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.kinmap.exchange.GedcomConverter.Conversion;
import org.kinmap.network.PartialDate;
import org.kinmap.system.BadRequestException;

/**
 * Fuzzes the GEDCOM import without the database: {@link GedcomReader}, {@link GedcomConverter} and
 * {@link GedcomDates}.
 *
 * <p>The contracts: any bytes give a conversion (persons, links and partnerships, with whatever was skipped and
 * why) whose document the {@link NetworkValidator} accepts, or a clear refusal (a BadRequestException, which
 * the API answers with 400 and its message); never another exception. Any text given to {@link GedcomDates#read}
 * is either unreadable (empty) or a partial date that {@link PartialDate#parse} reads back.
 *
 * <p>In {@code mvn verify} these run over {@code GedcomFuzzTestsInputs/<method>/}; with {@code -Pfuzz} Jazzer
 * fuzzes one of them (docs/fuzzing.md).
 */
class GedcomFuzzTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

	@FuzzTest(maxDuration = "5m")
	@DictionaryFile(resourcePath = "/org/kinmap/exchange/gedcom.dict")
	void readAndConvert(byte[] gedcom) throws IOException {
		Conversion c;
		try {
			c = new GedcomConverter("fz", TODAY).convert(GedcomReader.read(new ByteArrayInputStream(gedcom)));
		}
		catch (BadRequestException refused) {
			return;
		}
		List<DocumentProblem> problems = NetworkValidator.validate(c.document(), ExistingIds.NONE, TODAY);
		if (!problems.isEmpty()) {
			throw new AssertionError("The converted document is not valid: " + problems);
		}
		if (c.individuals() < c.document().persons().size()) {
			throw new AssertionError("More persons (" + c.document().persons().size() + ") than INDI records (" + c.individuals() + ")");
		}
	}

	@FuzzTest(maxDuration = "2m")
	@DictionaryEntries({ "ABT ", "ABOUT ", "CAL ", "EST ", "BEF ", "AFT ", "BET ", "FROM ", "TO ", "INT ", "C. ", " AND ",
			" TO ", "@#DJULIAN@ ", "@#DGREGORIAN@ ", "JAN", "FEB", "MAR", "DEC", "/", "BC", "B.C.", "BCE", "(", " " })
	void readDate(byte[] text) {
		String gedcom = new String(text, StandardCharsets.UTF_8);
		Optional<GedcomDates.Reading> reading = GedcomDates.read(gedcom);
		if (reading.isPresent() && PartialDate.parse(reading.get().partial()).isEmpty()) {
			throw new AssertionError("GEDCOM date '" + gedcom + "' was read as '" + reading.get().partial()
					+ "', which is not a partial date");
		}
	}
}
