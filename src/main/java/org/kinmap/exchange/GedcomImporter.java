package org.kinmap.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.kinmap.exchange.GedcomConverter.Skipped;
import org.springframework.stereotype.Service;

/** Imports a GEDCOM 5.5.1 family tree as persons, parent links and partnerships (see {@link GedcomConverter}). */
@Service
class GedcomImporter {

	private final NetworkImporter importer;
	private final Clock clock;

	GedcomImporter(NetworkImporter importer, Clock clock) {
		this.importer = importer;
		this.clock = clock;
	}

	/**
	 * What a GEDCOM import did: the records in the file, what was written, and what was skipped and why.
	 *
	 * @param prefix      the prefix of every imported person's id ({@code prefix-I115})
	 * @param individuals INDI records in the file
	 * @param families    FAM records in the file
	 * @param charset     the character set the file was read in (from its byte-order mark or 1 CHAR)
	 */
	record GedcomReport(String prefix, int individuals, int families, int personsImported, int parentLinksImported,
			int partnershipsImported, List<Skipped> skipped, ImportReport written, int multipleBirthsImported,
			String charset) {
	}

	GedcomReport importGedcom(InputStream in, String prefix) throws IOException {
		GedcomReader.Records records = GedcomReader.read(in);
		GedcomConverter.Conversion c = new GedcomConverter(prefix, LocalDate.now(clock)).convert(records);
		NetworkDocument doc = c.document();
		ImportReport written = importer.importNetwork(doc);
		return new GedcomReport(prefix, c.individuals(), c.families(), doc.persons().size(), doc.parentLinks().size(),
				doc.partnerships().size(), c.skipped(), written, doc.multipleBirths().size(), records.charset());
	}

	/** A prefix from a file name: {@code royal92.ged} gives {@code royal92}. */
	static String prefixFor(String fileName) {
		String name = fileName == null ? "" : fileName.replaceAll("^.*[/\\\\]", "").replaceFirst("(?i)\\.ged$", "");
		String cleaned = name.replaceAll("[^A-Za-z0-9_.-]", "-").replaceAll("^[^A-Za-z0-9]+", "").toLowerCase(Locale.ROOT);
		if (cleaned.length() > 40) {
			cleaned = cleaned.substring(0, 40);
		}
		return cleaned.isEmpty() ? "gedcom" : cleaned;
	}
}
