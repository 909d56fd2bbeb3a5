package org.kinmap.exchange;

import java.text.Normalizer;

/**
 * Decodes ANSEL (ANSI/NISO Z39.47-1993, the Extended Latin Alphabet Coded Character Set for Bibliographic Use), the
 * character set GEDCOM 5.5.1 names as its default, with the characters GEDCOM adds to it (0xBE, 0xBF, 0xCD, 0xCE,
 * 0xCF). No maintained Java library decodes it (ICU has no ANSEL converter), so the table is here, written from the
 * standard's code table and checked character by character in {@code AnselTests}.
 *
 * <p>ANSEL writes a diacritic <em>before</em> the letter it marks ({@code 0xE2 e} is é); the decoder writes the
 * letter, then its combining marks, then composes them (Unicode NFC), so {@code 0xE2 e} becomes U+00E9 and a letter
 * with no precomposed form keeps its combining marks. Bytes 0x00 to 0x7F are ASCII; a byte the table does not define
 * becomes U+FFFD, never an error; a mark with no letter after it (before a line end, at the end) is dropped, since
 * it would otherwise compose with the letter before it.
 */
final class Ansel {

	/** 0xA0 to 0xFF: a spacing character, or a combining mark (0xE0 to 0xFE); 0 where ANSEL defines nothing. */
	private static final char[] HIGH = new char[96];

	static {
		char[][] table = {
				// Spacing graphic characters.
				{ 0xA1, '\u0141' }, // Ł capital L with stroke
				{ 0xA2, '\u00D8' }, // Ø capital O with stroke
				{ 0xA3, '\u0110' }, // Đ capital D with stroke
				{ 0xA4, '\u00DE' }, // Þ capital thorn
				{ 0xA5, '\u00C6' }, // Æ capital AE
				{ 0xA6, '\u0152' }, // Œ capital OE
				{ 0xA7, '\u02B9' }, // ʹ soft sign (prime)
				{ 0xA8, '\u00B7' }, // · middle dot
				{ 0xA9, '\u266D' }, // ♭ music flat
				{ 0xAA, '\u00AE' }, // ® registered sign
				{ 0xAB, '\u00B1' }, // ± plus-minus
				{ 0xAC, '\u01A0' }, // Ơ capital O with horn
				{ 0xAD, '\u01AF' }, // Ư capital U with horn
				{ 0xAE, '\u02BC' }, // ʼ alif (modifier apostrophe)
				{ 0xB0, '\u02BB' }, // ʻ ayn (turned comma)
				{ 0xB1, '\u0142' }, // ł small l with stroke
				{ 0xB2, '\u00F8' }, // ø small o with stroke
				{ 0xB3, '\u0111' }, // đ small d with stroke
				{ 0xB4, '\u00FE' }, // þ small thorn
				{ 0xB5, '\u00E6' }, // æ small ae
				{ 0xB6, '\u0153' }, // œ small oe
				{ 0xB7, '\u02BA' }, // ʺ hard sign (double prime)
				{ 0xB8, '\u0131' }, // ı small dotless i
				{ 0xB9, '\u00A3' }, // £ pound sign
				{ 0xBA, '\u00F0' }, // ð small eth
				{ 0xBC, '\u01A1' }, // ơ small o with horn
				{ 0xBD, '\u01B0' }, // ư small u with horn
				{ 0xBE, '\u25A1' }, // □ empty box (GEDCOM)
				{ 0xBF, '\u25A0' }, // ■ black box (GEDCOM)
				{ 0xC0, '\u00B0' }, // ° degree sign
				{ 0xC1, '\u2113' }, // ℓ script small l
				{ 0xC2, '\u2117' }, // ℗ sound recording copyright
				{ 0xC3, '\u00A9' }, // © copyright sign
				{ 0xC4, '\u266F' }, // ♯ music sharp
				{ 0xC5, '\u00BF' }, // ¿ inverted question mark
				{ 0xC6, '\u00A1' }, // ¡ inverted exclamation mark
				{ 0xC7, '\u00DF' }, // ß eszett (MARC-21 extension)
				{ 0xC8, '\u20AC' }, // € euro sign (MARC-21 extension)
				{ 0xCD, '\u0065' }, // e midline e (GEDCOM)
				{ 0xCE, '\u006F' }, // o midline o (GEDCOM)
				{ 0xCF, '\u00DF' }, // ß eszett (GEDCOM)
				// Combining marks, written before the letter they mark.
				{ 0xE0, '\u0309' }, // hook above
				{ 0xE1, '\u0300' }, // grave
				{ 0xE2, '\u0301' }, // acute
				{ 0xE3, '\u0302' }, // circumflex
				{ 0xE4, '\u0303' }, // tilde
				{ 0xE5, '\u0304' }, // macron
				{ 0xE6, '\u0306' }, // breve
				{ 0xE7, '\u0307' }, // dot above
				{ 0xE8, '\u0308' }, // diaeresis (umlaut)
				{ 0xE9, '\u030C' }, // caron (hacek)
				{ 0xEA, '\u030A' }, // ring above
				{ 0xEB, '\uFE20' }, // ligature, left half
				{ 0xEC, '\uFE21' }, // ligature, right half
				{ 0xED, '\u0315' }, // comma above right (high comma, off centre)
				{ 0xEE, '\u030B' }, // double acute
				{ 0xEF, '\u0310' }, // candrabindu
				{ 0xF0, '\u0327' }, // cedilla
				{ 0xF1, '\u0328' }, // ogonek (right hook)
				{ 0xF2, '\u0323' }, // dot below
				{ 0xF3, '\u0324' }, // double dot below
				{ 0xF4, '\u0325' }, // ring below
				{ 0xF5, '\u0333' }, // double underscore
				{ 0xF6, '\u0332' }, // underscore
				{ 0xF7, '\u0326' }, // left hook (comma below)
				{ 0xF8, '\u031C' }, // right cedilla (left half ring below)
				{ 0xF9, '\u032E' }, // upadhmaniya (breve below)
				{ 0xFA, '\uFE22' }, // double tilde, left half
				{ 0xFB, '\uFE23' }, // double tilde, right half
				{ 0xFE, '\u0313' }, // high comma, centred (comma above)
		};
		for (char[] entry : table) {
			HIGH[entry[0] - 0xA0] = entry[1];
		}
	}

	private Ansel() {
	}

	static boolean combining(int b) {
		return b >= 0xE0 && b <= 0xFE && HIGH[b - 0xA0] != 0;
	}

	/** The text of ANSEL bytes, composed (NFC). */
	static String decode(byte[] bytes, int offset, int length) {
		StringBuilder out = new StringBuilder(length);
		StringBuilder marks = new StringBuilder();
		for (int i = offset; i < offset + length; i++) {
			int b = bytes[i] & 0xFF;
			if (combining(b)) {
				marks.append(HIGH[b - 0xA0]);
				continue;
			}
			char c;
			if (b < 0x80) {
				c = (char) b;
			}
			else if (b >= 0xA0 && HIGH[b - 0xA0] != 0) {
				c = HIGH[b - 0xA0];
			}
			else {
				c = '\uFFFD';
			}
			if (marks.length() > 0 && (c == '\n' || c == '\r')) {
				marks.setLength(0); // a mark with no letter after it marks nothing: dropped
			}
			out.append(c);
			if (marks.length() > 0) {
				// In the order they came, as the Library of Congress's MARC-8 to Unicode mapping moves them.
				out.append(marks);
				marks.setLength(0);
			}
		}
		return Normalizer.normalize(out, Normalizer.Form.NFC);
	}
}
