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

	/**
	 * GEDCOM out and back: whatever a file converts to, written by {@link GedcomWriter} and read again under the same
	 * prefix, gives the same persons (names, sex, dates, sourceId) and as many parent links, partnerships and multiple
	 * births. (Ids are compared only in {@code GedcomRoundTripTests}: a file may give one person's xref to another as
	 * a source id, and the writer then keeps the source id rather than the id.)
	 */
	@FuzzTest(maxDuration = "5m")
	@DictionaryFile(resourcePath = "/org/kinmap/exchange/gedcom.dict")
	void writeAndReadBack(byte[] gedcom) throws IOException {
		Conversion c;
		try {
			c = new GedcomConverter("fz", TODAY).convert(GedcomReader.read(new ByteArrayInputStream(gedcom)));
		}
		catch (BadRequestException | InvalidNetworkException refused) {
			return;
		}
		NetworkDocument first = c.document();
		String written = GedcomWriter.write(first, null);
		NetworkDocument back = new GedcomConverter("fz", TODAY)
			.convert(GedcomReader.read(new ByteArrayInputStream(written.getBytes(StandardCharsets.UTF_8)))).document();
		if (!persons(back).equals(persons(first)) || back.parentLinks().size() != first.parentLinks().size()
				|| back.partnerships().size() != first.partnerships().size()
				|| back.multipleBirths().size() != first.multipleBirths().size()) {
			throw new AssertionError("Not the same after GEDCOM out and back:\n" + written);
		}
	}

	private static java.util.Map<java.util.List<Object>, Long> persons(NetworkDocument doc) {
		return doc.persons().stream().map(p -> java.util.Arrays.<Object>asList(p.sourceId(), p.givenName(), p.familyName(),
				p.sex(), p.birthDate(), p.deathDate(), p.deceased()))
			.collect(java.util.stream.Collectors.groupingBy(k -> k, java.util.stream.Collectors.counting()));
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
