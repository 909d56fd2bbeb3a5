package org.kinmap.exchange;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kinmap.exchange.GedcomReader.Decoded;

/**
 * The character set of a GEDCOM file, and its text. In order: a byte-order mark (UTF-8, UTF-16 little or big endian);
 * a file that starts {@code 0} followed by a zero byte, or a zero byte and {@code 0} (UTF-16 without a mark); else the
 * header's {@code 1 CHAR}: {@code UTF-8}, {@code UNICODE} (UTF-16), {@code ANSEL} ({@link Ansel}), {@code ANSI} and
 * {@code ASCII} (read as Windows-1252, of which ASCII is a part, since programs write "ASCII" over Windows text),
 * {@code IBMPC} (code page 437), {@code MACINTOSH} (Mac Roman), {@code LATIN1}/{@code ISO-8859-1}. With no
 * {@code CHAR}, or one kinmap does not know, the text is read as UTF-8 if it is UTF-8 and as Windows-1252 otherwise,
 * and the answer says so (except for UTF-8 text with no {@code CHAR}, the common case).
 */
final class GedcomCharset {

	static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	/** The header's character set line: {@code 1 CHAR ANSEL}; only the header is searched, before any record. */
	private static final Pattern CHAR = Pattern.compile("(?m)^[ \\t]*1[ \\t]+CHAR[ \\t]+([^\\r\\n]*)");
	private static final Pattern FIRST_RECORD = Pattern.compile("(?m)^[ \\t]*0[ \\t]+@");

	private GedcomCharset() {
	}

	static Decoded decode(byte[] b) {
		if (starts(b, 0xEF, 0xBB, 0xBF)) {
			return new Decoded(text(b, 3, StandardCharsets.UTF_8), "UTF-8", null);
		}
		if (starts(b, 0xFF, 0xFE)) {
			return new Decoded(text(b, 2, StandardCharsets.UTF_16LE), "UTF-16LE", null);
		}
		if (starts(b, 0xFE, 0xFF)) {
			return new Decoded(text(b, 2, StandardCharsets.UTF_16BE), "UTF-16BE", null);
		}
		if (starts(b, '0', 0)) {
			return new Decoded(text(b, 0, StandardCharsets.UTF_16LE), "UTF-16LE", null);
		}
		if (starts(b, 0, '0')) {
			return new Decoded(text(b, 0, StandardCharsets.UTF_16BE), "UTF-16BE", null);
		}
		Optional<String> declared = declared(b);
		String name = declared.map(d -> d.toUpperCase(Locale.ROOT).replaceAll("\\s+", " ")).orElse("");
		switch (name) {
			case "UTF-8", "UTF8":
				return new Decoded(text(b, 0, StandardCharsets.UTF_8), "UTF-8", null);
			case "ANSEL":
				return new Decoded(Ansel.decode(b, 0, b.length), "ANSEL", null);
			case "ANSI", "ASCII", "WINDOWS-1252", "CP1252", "IBM WINDOWS":
				return new Decoded(text(b, 0, WINDOWS_1252), "windows-1252", null);
			case "IBMPC", "IBM DOS", "CP437":
				return new Decoded(text(b, 0, Charset.forName("IBM437")), "IBM437", null);
			case "MACINTOSH", "MACROMAN":
				return new Decoded(text(b, 0, Charset.forName("x-MacRoman")), "x-MacRoman", null);
			case "LATIN1", "ISO-8859-1", "ISO8859-1":
				return new Decoded(text(b, 0, StandardCharsets.ISO_8859_1), "ISO-8859-1", null);
			default:
				String why = declared.isEmpty() ? "the file names no character set (1 CHAR)"
						: "the character set '" + declared.get() + "' is not one kinmap reads";
				Optional<String> utf8 = strictUtf8(b);
				// No CHAR and UTF-8 text (ASCII is too) is what most files without the line are: nothing to say.
				return utf8.map(t -> new Decoded(t, "UTF-8", declared.isEmpty() ? null : why + "; its text is UTF-8 and was read so"))
					.orElseGet(() -> new Decoded(text(b, 0, WINDOWS_1252), "windows-1252",
							why + "; its text is not UTF-8 and was read as Windows-1252"));
		}
	}

	/** The value of the header's {@code 1 CHAR}, read in ASCII (every 8-bit set GEDCOM names agrees with it there). */
	static Optional<String> declared(byte[] b) {
		String head = new String(b, 0, Math.min(b.length, 64 * 1024), StandardCharsets.ISO_8859_1);
		Matcher record = FIRST_RECORD.matcher(head);
		if (record.find()) {
			head = head.substring(0, record.start());
		}
		Matcher m = CHAR.matcher(head);
		return m.find() ? Optional.of(m.group(1).strip()).filter(s -> !s.isEmpty()) : Optional.empty();
	}

	private static boolean starts(byte[] b, int... prefix) {
		if (b.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((b[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	/** Text in a charset; what is not text in it becomes U+FFFD. */
	private static String text(byte[] b, int offset, Charset charset) {
		String s = new String(b, offset, b.length - offset, charset);
		return !s.isEmpty() && s.charAt(0) == '\uFEFF' ? s.substring(1) : s;
	}

	private static Optional<String> strictUtf8(byte[] b) {
		try {
			return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString());
		}
		catch (CharacterCodingException e) {
			return Optional.empty();
		}
	}
}
