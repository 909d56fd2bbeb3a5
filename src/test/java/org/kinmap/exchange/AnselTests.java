package org.kinmap.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.kinmap.exchange.GedcomConverter.Conversion;
import org.kinmap.exchange.NetworkDocument.PersonDoc;

/** ANSEL, and every character set a GEDCOM file can name, keep the accents of names. */
class AnselTests {

	static byte[] bytes(Object... parts) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (Object p : parts) {
			if (p instanceof String s) {
				out.writeBytes(s.getBytes(StandardCharsets.US_ASCII));
			}
			else {
				out.write((Integer) p);
			}
		}
		return out.toByteArray();
	}

	static String ansel(Object... parts) {
		byte[] b = bytes(parts);
		return Ansel.decode(b, 0, b.length);
	}

	@Test
	void aDiacriticBeforeItsLetterComposesWithIt() {
		assertThat(ansel("Zo", 0xE8, "e")).isEqualTo("Zoë");
		assertThat(ansel("Nu", 0xE2, "nez")).isEqualTo("Nuńez");
		assertThat(ansel("N", 0xE2, "u", 0xE4, "nez")).isEqualTo("Núñez");
		assertThat(ansel(0xE1, "A", 0xE3, "a", 0xE5, "o", 0xE6, "u", 0xE7, "z", 0xE9, "c", 0xEA, "a", 0xEE, "o"))
			.isEqualTo("Àâōŭżčåő");
		assertThat(ansel("Fran", 0xF0, "cois ", 0xF1, "a ", 0xF2, "s")).isEqualTo("François ą ṣ");
	}

	@Test
	void theSpacingCharactersOfTheTable() {
		assertThat(ansel(0xA1, 0xA2, 0xA3, 0xA4, 0xA5, 0xA6, 0xB1, 0xB2, 0xB3, 0xB4, 0xB5, 0xB6, 0xB8, 0xBA))
			.isEqualTo("ŁØĐÞÆŒłøđþæœıð");
		assertThat(ansel(0xB9, 0xC0, 0xC3, 0xC5, 0xC6, 0xCF, 0xC7, 0xC8, 0xAC, 0xBD)).isEqualTo("£°©¿¡ßß€Ơư");
	}

	@Test
	void twoMarksOnOneLetterAndALetterWithNoPrecomposedForm() {
		// Vietnamese ế: circumflex then acute, composed to one character.
		assertThat(ansel(0xE3, 0xE2, "e")).isEqualTo("\u1EBF");
		// q with a dot below has no precomposed form: the letter and its combining mark.
		assertThat(ansel(0xF2, "q")).isEqualTo("q\u0323");
	}

	@Test
	void undefinedBytesBecomeReplacementCharactersAndAsciiIsItself() {
		assertThat(ansel("a", 0x80, "b", 0xFF, "c", 0xA0)).isEqualTo("a\uFFFDb\uFFFDc\uFFFD");
		assertThat(ansel("0 HEAD\r\n1 CHAR ANSEL\n")).isEqualTo("0 HEAD\r\n1 CHAR ANSEL\n");
		assertThat(ansel("trailing mark", 0xE2)).as("a mark on nothing is dropped").isEqualTo("trailing mark");
		assertThat(ansel("a", 0xE2, "\nb")).isEqualTo("a\nb");
	}

	static final String FILE_TEXT = "0 HEAD\n1 CHAR %s\n0 @I1@ INDI\n1 NAME Zoë /Brontë-Núñez/\n0 @I2@ INDI\n1 NAME Łukasz /Wójcik/\n0 TRLR\n";

	static PersonDoc first(byte[] file) throws IOException {
		Conversion c = new GedcomConverter("cs", GedcomTests.TODAY).convert(GedcomReader.read(new ByteArrayInputStream(file)));
		return c.document().persons().get(0);
	}

	@Test
	void anAnselFileKeepsItsAccents() throws IOException {
		byte[] file = bytes("0 HEAD\n1 CHAR ANSEL\n0 @I1@ INDI\n1 NAME Zo", 0xE8, "e /Bront", 0xE8, "e-N", 0xE2, "u", 0xE4,
				"nez/\n0 @I2@ INDI\n1 NAME ", 0xA1, "ukasz /W", 0xE2, "ojcik/\n0 TRLR\n");
		var records = GedcomReader.read(new ByteArrayInputStream(file));
		assertThat(records.charset()).isEqualTo("ANSEL");
		assertThat(first(file)).extracting(PersonDoc::givenName, PersonDoc::familyName).containsExactly("Zoë", "Brontë-Núñez");
	}

	@Test
	void utf16WithAndWithoutAByteOrderMarkAnsiAndUtf8() throws IOException {
		for (Charset cs : new Charset[] { StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE }) {
			byte[] withMark = ("\uFEFF" + FILE_TEXT.formatted("UNICODE")).getBytes(cs);
			assertThat(GedcomReader.read(new ByteArrayInputStream(withMark)).charset()).isEqualTo(cs.name());
			assertThat(first(withMark).familyName()).isEqualTo("Brontë-Núñez");
			byte[] without = FILE_TEXT.formatted("UNICODE").getBytes(cs);
			assertThat(first(without).familyName()).as(cs + " without a mark").isEqualTo("Brontë-Núñez");
		}
		byte[] ansi = FILE_TEXT.replace("Łukasz", "Lukasz").formatted("ANSI").getBytes(GedcomCharset.WINDOWS_1252);
		assertThat(GedcomReader.read(new ByteArrayInputStream(ansi)).charset()).isEqualTo("windows-1252");
		assertThat(first(ansi).familyName()).isEqualTo("Brontë-Núñez");
		byte[] utf8 = FILE_TEXT.formatted("UTF-8").getBytes(StandardCharsets.UTF_8);
		assertThat(first(utf8).givenName()).isEqualTo("Zoë");
		byte[] bom = ("\uFEFF" + FILE_TEXT.formatted("UTF-8")).getBytes(StandardCharsets.UTF_8);
		assertThat(first(bom).givenName()).isEqualTo("Zoë");
	}

	@Test
	void noCharacterSetOrAnUnknownOneIsReadAsUtf8IfItIsAndAsWindows1252OtherwiseAndSaysSo() throws IOException {
		byte[] noChar = FILE_TEXT.replace("1 CHAR %s\n", "").replace("Łukasz", "Lukasz").getBytes(GedcomCharset.WINDOWS_1252);
		var records = GedcomReader.read(new ByteArrayInputStream(noChar));
		assertThat(records.charset()).isEqualTo("windows-1252");
		assertThat(records.charsetNote()).contains("names no character set").contains("not UTF-8");
		assertThat(first(noChar).givenName()).isEqualTo("Zoë");
		byte[] unknown = FILE_TEXT.formatted("KLINGON").getBytes(StandardCharsets.UTF_8);
		records = GedcomReader.read(new ByteArrayInputStream(unknown));
		assertThat(records.charset()).isEqualTo("UTF-8");
		assertThat(records.charsetNote()).contains("'KLINGON' is not one kinmap reads");
		assertThat(GedcomCharset.declared(bytes("0 HEAD\n0 @I1@ INDI\n1 CHAR ANSEL\n"))).as("only the header is read").isEmpty();
	}

	@Test
	void dualYearsInEveryForm() {
		assertThat(GedcomDates.read("1815/1816")).hasValue(new GedcomDates.Reading("1816", false));
		assertThat(GedcomDates.read("12 FEB 1850/51")).hasValue(new GedcomDates.Reading("1851-02-12", false));
		assertThat(GedcomDates.read("1709/0")).hasValue(new GedcomDates.Reading("1710", false));
		assertThat(GedcomDates.read("ABT 1699/1700")).hasValue(new GedcomDates.Reading("1700", true));
		assertThat(GedcomDates.dualYear(1815, "1900")).as("not the next year: not a dual year").isEqualTo(1815);
		assertThat(GedcomDates.dualYear(1999, "00")).isEqualTo(2000);
	}
}
