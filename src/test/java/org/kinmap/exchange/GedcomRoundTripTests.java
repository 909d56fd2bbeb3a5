package org.kinmap.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.kinmap.exchange.GedcomConverter.Conversion;
import org.kinmap.exchange.NetworkDocument.MultipleBirthDoc;
import org.kinmap.exchange.NetworkDocument.ParentLinkDoc;
import org.kinmap.exchange.NetworkDocument.PartnershipDoc;
import org.kinmap.exchange.NetworkDocument.PersonDoc;

/**
 * GEDCOM out and back in without a database: a hand-written file with an adoption, a divorce, twins, an unnamed
 * father, a step-parent, a civil partnership and accented names is read, written and read again to the same records.
 */
class GedcomRoundTripTests {

	static Conversion reread(String gedcom, String prefix) throws IOException {
		return new GedcomConverter(prefix, GedcomTests.TODAY)
			.convert(GedcomReader.read(new ByteArrayInputStream(gedcom.getBytes(StandardCharsets.UTF_8))));
	}

	/** A partnership with its partners in id order, so that two readings compare equal. */
	static Set<PartnershipDoc> partnerships(NetworkDocument doc) {
		return doc.partnerships().stream()
			.map(p -> new PartnershipDoc(p.partners().stream().sorted().toList(), p.type(), p.status(), p.from(), p.to()))
			.collect(Collectors.toSet());
	}

	@Test
	void theHandWrittenFileReadsAsWritten() throws IOException {
		Conversion c = GedcomTests.convert("round-trip.ged", "rt");
		assertThat(c.skipped()).isEmpty();
		NetworkDocument doc = c.document();
		assertThat(doc.persons()).hasSize(12);
		assertThat(doc.persons()).filteredOn(p -> p.id().equals("rt-I1")).extracting(PersonDoc::givenName, PersonDoc::familyName)
			.containsExactly(tuple("Zoë", "Brontë-Núñez"));
		assertThat(doc.persons()).filteredOn(p -> p.id().equals("rt-I3"))
			.extracting(PersonDoc::givenName, PersonDoc::familyName, PersonDoc::sex).containsExactly(tuple(null, null, "male"));
		assertThat(doc.parentLinks()).extracting(ParentLinkDoc::parent, ParentLinkDoc::child, ParentLinkDoc::type)
			.containsExactlyInAnyOrder(tuple("rt-I2", "rt-I4", "birth"), tuple("rt-I1", "rt-I4", "birth"),
					tuple("rt-I2", "rt-I5", "birth"), tuple("rt-I1", "rt-I5", "birth"),
					tuple("rt-I2", "rt-I6", "adoptive"), tuple("rt-I1", "rt-I6", "adoptive"),
					tuple("rt-I3", "rt-I7", "birth"), tuple("rt-I1", "rt-I7", "birth"),
					tuple("rt-I2", "rt-I8", "birth"), tuple("rt-I1", "rt-I8", "birth"),
					tuple("rt-I8", "rt-I9", "birth"), tuple("rt-I10", "rt-I9", "birth"), tuple("rt-I11", "rt-I9", "step"));
		assertThat(partnerships(doc)).containsExactlyInAnyOrder(
				new PartnershipDoc(List.of("rt-I1", "rt-I2"), "married", "divorced", "1984-05-12", "1999"),
				new PartnershipDoc(List.of("rt-I1", "rt-I3"), "unknown", "current", null, null),
				new PartnershipDoc(List.of("rt-I10", "rt-I8"), "cohabiting", "separated", "2012", "2016"),
				new PartnershipDoc(List.of("rt-I10", "rt-I11"), "civil_partnership", "current", "2018-09-03", null),
				new PartnershipDoc(List.of("rt-I11", "rt-I12"), "unknown", "dissolved", null, null));
		assertThat(doc.multipleBirths()).containsExactly(new MultipleBirthDoc("rt-I4-birth", List.of("rt-I4", "rt-I5"), "identical"));
		assertThat(NetworkValidator.validate(doc, ExistingIds.NONE, GedcomTests.TODAY)).isEmpty();
	}

	@Test
	void exportedAndReadAgainUnderTheSamePrefixItIsTheSameDocument() throws IOException {
		NetworkDocument first = GedcomTests.convert("round-trip.ged", "rt").document();
		String exported = GedcomWriter.write(first, "test");
		Conversion again = reread(exported, "rt");
		assertThat(again.skipped()).isEmpty();
		NetworkDocument second = again.document();
		assertThat(second.persons()).containsExactlyInAnyOrderElementsOf(first.persons());
		assertThat(second.parentLinks()).containsExactlyInAnyOrderElementsOf(first.parentLinks());
		assertThat(partnerships(second)).isEqualTo(partnerships(first));
		assertThat(second.multipleBirths()).isEqualTo(first.multipleBirths());
		// And once more: what kinmap writes, it writes the same way every time.
		assertThat(GedcomWriter.write(second, "test")).isEqualTo(exported);
	}

	@Test
	void personsFromOtherSourcesGetXrefsOfTheirOwnAndKeepTheirSourceIdAndEveryKindOfLink() throws IOException {
		NetworkDocument doc = new NetworkDocument("t", List.of(
				person("xc-a", "CS-1001", "Ann", "Lee", "female"), person("xc-b", "@I1@", "Ben", "Lee", "male"),
				person("xc-c", "@I1@", "Cal", "Lee", "male"), person("xc-d", null, "Dee", "O'Neil @ home", "unknown"),
				person("xc-e", null, "Eli", "Lee", "male")),
				List.of(new ParentLinkDoc("xc-a", "xc-c", "birth", null, null, null),
						new ParentLinkDoc("xc-b", "xc-c", "birth", null, null, null),
						new ParentLinkDoc("xc-d", "xc-c", "special_guardian", null, null, null),
						new ParentLinkDoc("xc-e", "xc-c", "foster", null, null, null),
						new ParentLinkDoc("xc-a", "xc-e", "other", null, null, null)),
				List.of(new PartnershipDoc(List.of("xc-a", "xc-d"), "other", "widowed", "2001-02", "2010")),
				null, null, null, null, null, null, null, null, null, null);
		String exported = GedcomWriter.write(doc, null);
		assertThat(exported).contains("0 @I1@ INDI", "0 @K1@ INDI", "1 REFN CS-1001", "2 TYPE kinmap source id",
				"1 NAME Dee /O'Neil @@ home/", "2 PEDI special_guardian", "2 PEDI foster", "2 PEDI other",
				"1 CHAR UTF-8", "2 VERS 5.5.1");
		NetworkDocument back = reread(exported, "x").document();
		assertThat(back.persons()).extracting(PersonDoc::sourceId, PersonDoc::familyName)
			.containsExactlyInAnyOrder(tuple("CS-1001", "Lee"), tuple("@I1@", "Lee"), tuple("@I1@", "Lee"),
					tuple("@K3@", "O'Neil @ home"), tuple("@K4@", "Lee"));
		assertThat(back.parentLinks()).extracting(ParentLinkDoc::type)
			.containsExactlyInAnyOrder("birth", "birth", "special_guardian", "foster", "other");
		assertThat(back.partnerships()).extracting(PartnershipDoc::type, PartnershipDoc::status, PartnershipDoc::from,
				PartnershipDoc::to).containsExactly(tuple("other", "widowed", "2001-02", "2010"));
		assertThat(back.partnerships()).as("two birth parents who are not partners are not made into a couple")
			.hasSize(1);
	}

	private static PersonDoc person(String id, String sourceId, String given, String family, String sex) {
		return new PersonDoc(id, sourceId, given, family, null, sex, null, null, null, null, null, null, null, null, null, null,
				null, null, null, null);
	}
}
