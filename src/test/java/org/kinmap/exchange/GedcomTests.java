package org.kinmap.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.kinmap.exchange.GedcomConverter.Conversion;
import org.kinmap.exchange.GedcomConverter.Skipped;
import org.kinmap.exchange.NetworkDocument.ParentLinkDoc;
import org.kinmap.exchange.NetworkDocument.PartnershipDoc;
import org.kinmap.exchange.NetworkDocument.PersonDoc;
import org.kinmap.system.BadRequestException;

/** The GEDCOM reader, dates and conversion, on small hand-written files. */
class GedcomTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

	static Conversion convert(String resource, String prefix) throws IOException {
		try (InputStream in = GedcomTests.class.getResourceAsStream("/gedcom/" + resource)) {
			return new GedcomConverter(prefix, TODAY).convert(GedcomReader.read(in));
		}
	}

	static Map<String, PersonDoc> bySource(Conversion c) {
		return c.document().persons().stream().collect(Collectors.toMap(PersonDoc::sourceId, Function.identity()));
	}

	static Conversion convertText(String gedcom) throws IOException {
		return new GedcomConverter("t", TODAY).convert(GedcomReader.read(new ByteArrayInputStream(gedcom.getBytes(StandardCharsets.UTF_8))));
	}

	@Test
	void aCrossReferenceThatCannotMakeAnIdSkipsItsPersonAndTheLinksToThem() throws IOException {
		Conversion c = convertText("""
				0 HEAD
				0 @I 1/%@ INDI
				1 NAME Ann /Lee/
				0 @I2@ INDI
				1 NAME Bo /Lee/
				0 @I3éé@ INDI
				1 NAME Cy /Lee/
				0 @F1@ FAM
				1 WIFE @I 1/%@
				1 CHIL @I2@
				""");

		assertThat(c.document().persons()).extracting(PersonDoc::id).containsExactly("t-I2");
		assertThat(c.skipped()).extracting(Skipped::record).containsExactly("@I 1/%@", "@I3éé@", "@F1@");
		assertThat(NetworkValidator.validate(c.document(), ExistingIds.NONE, TODAY)).isEmpty();
	}

	@Test
	void whatCannotBeRepairedRefusesTheFileWithItsProblems() {
		assertThatThrownBy(() -> convertText("0 @I1@ INDI\n1 NAME " + "A".repeat(300) + " /Lee/\n"))
			.isInstanceOf(InvalidNetworkException.class)
			.hasMessageContaining("givenName is 300 characters long");
	}

	@Test
	void readsASmallHandWrittenFile() throws IOException {
		Conversion c = convert("small.ged", "t");
		assertThat(c.individuals()).isEqualTo(8);
		assertThat(c.families()).isEqualTo(3);
		assertThat(c.skipped()).isEmpty();
		Map<String, PersonDoc> p = bySource(c);
		assertThat(p.get("@I1@")).extracting(PersonDoc::id, PersonDoc::givenName, PersonDoc::familyName, PersonDoc::sex,
				PersonDoc::birthDate).containsExactly("t-I1", "Joan", "Lee", "female", "1958-03-14");
		assertThat(p.get("@I2@")).extracting(PersonDoc::birthDate, PersonDoc::deceased, PersonDoc::deathDate)
			.containsExactly("1955-06", true, "2019-02-11");
		assertThat(p.get("@I6@").birthDate()).isNull();
		assertThat(c.document().parentLinks()).extracting(ParentLinkDoc::parent, ParentLinkDoc::child, ParentLinkDoc::type)
			.containsExactlyInAnyOrder(tuple("t-I2", "t-I3", "birth"), tuple("t-I1", "t-I3", "birth"),
					tuple("t-I2", "t-I4", "birth"), tuple("t-I1", "t-I4", "birth"), tuple("t-I6", "t-I5", "birth"),
					tuple("t-I3", "t-I5", "birth"), tuple("t-I7", "t-I8", "adoptive"), tuple("t-I4", "t-I8", "adoptive"));
		assertThat(c.document().partnerships()).extracting(PartnershipDoc::partners, PartnershipDoc::type,
				PartnershipDoc::status, PartnershipDoc::from)
			.containsExactly(tuple(java.util.List.of("t-I2", "t-I1"), "married", "current", "1984"),
					tuple(java.util.List.of("t-I6", "t-I3"), "unknown", "current", null),
					tuple(java.util.List.of("t-I7", "t-I4"), "married", "divorced", null));
		assertThat(NetworkValidator.validate(c.document(), ExistingIds.NONE, TODAY)).isEmpty();
	}

	@Test
	void foldsContinuationLinesAndDropsAByteOrderMark() throws IOException {
		var records = GedcomReader.read(GedcomTests.class.getResourceAsStream("/gedcom/small.ged"));
		assertThat(records.records().get(0).tag()).isEqualTo("HEAD");
		var chris = records.records().stream().filter(r -> "@I7@".equals(r.xref())).findFirst().orElseThrow();
		assertThat(chris.value("NOTE")).isEqualTo("Megan's first husband; this note is long and is continued\non a second line");
	}

	@Test
	void irregularDatesUnknownSexesAndPeopleWithoutFamiliesNeverFailTheImport() throws IOException {
		Conversion c = convert("irregular.ged", "irr");
		Map<String, PersonDoc> p = bySource(c);
		assertThat(p.get("@P1@")).extracting(PersonDoc::birthDate, PersonDoc::deathDate, PersonDoc::deceased)
			.containsExactly("1850", "1900", true);
		assertThat(p.get("@P2@")).extracting(PersonDoc::givenName, PersonDoc::familyName, PersonDoc::birthDate,
				PersonDoc::deathDate, PersonDoc::deceased)
			.containsExactly("Mary Ann Jr", "Smith", "1851", null, true);
		assertThat(p.get("@P3@")).extracting(PersonDoc::givenName, PersonDoc::familyName, PersonDoc::sex, PersonDoc::birthDate)
			.containsExactly(null, "Smith", "unknown", "1875");
		assertThat(p.get("@P4@")).extracting(PersonDoc::sex, PersonDoc::birthDate).containsExactly("unknown", null);
		assertThat(p.get("@P5@")).as("a person with no name is kept, with their family links")
			.extracting(PersonDoc::id, PersonDoc::givenName, PersonDoc::familyName, PersonDoc::sex)
			.containsExactly("irr-P5", null, null, "male");
		assertThat(p.get("@P6@").birthDate()).isEqualTo("1700");
		assertThat(p.get("@P7@").birthDate()).as("a birth in the future is left out").isNull();
		assertThat(p.get("@P10@").birthDate()).as("31 FEB is read as the month").isEqualTo("1901-02");
		assertThat(c.skipped()).extracting(Skipped::record).contains("file", "@P2@", "@P4@", "@P7@", "@P8@", "@F1@", "@F2@")
			.doesNotContain("@P5@");
		assertThat(c.skipped()).contains(new Skipped("@F1@", "CHIL @P99@ is not a person in the file (or was skipped)"),
				new Skipped("@P4@", "BIRT date 'sometime in spring' cannot be read; the date is left out"),
				new Skipped("file", "1 line(s) are not GEDCOM lines and were passed over"));
		// P8 (born 1820) cannot be the birth child of parents born 1850 and 1851: both links are left out.
		assertThat(c.document().parentLinks()).noneMatch(l -> l.child().equals("irr-P8"));
		// P3 has two birth parents in F1; F2's father and unnamed mother are kept as other parent figures.
		assertThat(c.document().parentLinks()).filteredOn(l -> l.child().equals("irr-P3"))
			.extracting(ParentLinkDoc::parent, ParentLinkDoc::type)
			.containsExactlyInAnyOrder(tuple("irr-P1", "birth"), tuple("irr-P2", "birth"), tuple("irr-P9", "other"),
					tuple("irr-P5", "other"));
		assertThat(c.document().parentLinks()).filteredOn(l -> l.child().equals("irr-P10"))
			.extracting(ParentLinkDoc::parent, ParentLinkDoc::type)
			.containsExactlyInAnyOrder(tuple("irr-P9", "birth"), tuple("irr-P5", "birth"));
		// F2 has no marriage record: a partnership of unknown type.
		assertThat(c.document().partnerships()).extracting(PartnershipDoc::partners, PartnershipDoc::type)
			.contains(tuple(java.util.List.of("irr-P9", "irr-P5"), "unknown"));
		assertThat(NetworkValidator.validate(c.document(), ExistingIds.NONE, TODAY)).isEmpty();
	}

	@Test
	void readsGedcomDates() {
		assertThat(GedcomDates.read("12 MAR 1850")).hasValue(new GedcomDates.Reading("1850-03-12", false));
		assertThat(GedcomDates.read("Mar 1850")).hasValue(new GedcomDates.Reading("1850-03", false));
		assertThat(GedcomDates.read("ABT 1850")).hasValue(new GedcomDates.Reading("1850", true));
		assertThat(GedcomDates.read("BET 1900 AND 1910")).hasValue(new GedcomDates.Reading("1900", true));
		assertThat(GedcomDates.read("FROM 3 JAN 1900 TO 1905")).hasValue(new GedcomDates.Reading("1900", true));
		assertThat(GedcomDates.read("1850/51")).hasValue(new GedcomDates.Reading("1851", false));
		assertThat(GedcomDates.read("1699/00")).hasValue(new GedcomDates.Reading("1700", false));
		assertThat(GedcomDates.read("EST 534")).hasValue(new GedcomDates.Reading("0534", true));
		assertThat(GedcomDates.read("@#DJULIAN@ 1 APR 1700")).hasValue(new GedcomDates.Reading("1700-04-01", false));
		assertThat(GedcomDates.read("44 BC")).isEmpty();
		assertThat(GedcomDates.read("unknown")).isEmpty();
		assertThat(GedcomDates.read("")).isEmpty();
	}

	@Test
	void aFileOfGarbageImportsNothingAndSaysSo() throws IOException {
		var records = GedcomReader.read(new ByteArrayInputStream("not\na gedcom\nfile".getBytes(StandardCharsets.UTF_8)));
		Conversion c = new GedcomConverter("x", TODAY).convert(records);
		assertThat(c.document().persons()).isEmpty();
		assertThat(c.skipped()).containsExactly(new Skipped("file", "3 line(s) are not GEDCOM lines and were passed over"));
	}

	@Test
	void prefixesAreCheckedAndDerivedFromTheFileName() {
		assertThat(GedcomImporter.prefixFor("/home/me/Royal 92.GED")).isEqualTo("royal-92");
		assertThat(GedcomImporter.prefixFor(null)).isEqualTo("gedcom");
		assertThatThrownBy(() -> new GedcomConverter("bad prefix!", TODAY)).isInstanceOf(BadRequestException.class);
	}
}
