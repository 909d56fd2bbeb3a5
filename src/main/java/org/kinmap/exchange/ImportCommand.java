package org.kinmap.exchange;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.kinmap.access.RecordAccess;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar kinmap.jar import FILE...}: imports network documents (and GEDCOM files, {@code *.ged}, with
 * their file name as the id prefix) from the command line (bulk loads),
 * each file in its own transaction, and exits 0 if all were imported, 1 otherwise. The web server is not
 * started in this mode. Against the embedded database the application must not be running at the same
 * time (the store is locked); point {@code spring.neo4j.uri} at a running server to load into it.
 */
@Component
public class ImportCommand implements ApplicationRunner, ExitCodeGenerator {

	static final String COMMAND = "import";

	private final NetworkImporter importer;
	private final NetworkDocumentReader reader;
	private final GedcomImporter gedcom;
	private final RecordAccess access;
	private int exitCode;

	ImportCommand(NetworkImporter importer, NetworkDocumentReader reader, GedcomImporter gedcom, RecordAccess access) {
		this.access = access;
		this.importer = importer;
		this.reader = reader;
		this.gedcom = gedcom;
	}

	public static boolean isImportCommand(String[] args) {
		return args.length > 0 && COMMAND.equals(args[0]);
	}

	@Override
	public void run(ApplicationArguments args) {
		String[] raw = args.getSourceArgs();
		if (!isImportCommand(raw)) {
			return;
		}
		if (raw.length < 2) {
			System.err.println("usage: java -jar kinmap.jar import FILE...");
			exitCode = 2;
			return;
		}
		for (String file : Arrays.copyOfRange(raw, 1, raw.length)) {
			try (InputStream in = Files.newInputStream(Path.of(file))) {
				if (file.toLowerCase(java.util.Locale.ROOT).endsWith(".ged")) {
					var report = gedcom.importGedcom(in, GedcomImporter.prefixFor(file));
					System.out.printf("%s: GEDCOM imported as %s-*: %d persons, %d parent links, %d partnerships; %d skipped%n",
							file, report.prefix(), report.personsImported(), report.parentLinksImported(),
							report.partnershipsImported(), report.skipped().size());
					report.skipped().forEach(s -> System.out.printf("  skipped %s: %s%n", s.record(), s.reason()));
					access.auditCommand("import GEDCOM", report.personsImported() + " persons imported");
					continue;
				}
				ImportReport report = importer.importNetwork(reader.read(in));
				access.auditCommand("import network document", report.summary());
				System.out.printf("%s: imported %s; %d nodes and %d relationships created%n", file, report.records(),
						report.nodesCreated(), report.relationshipsCreated());
			}
			catch (InvalidNetworkException ex) {
				System.err.printf("%s: not imported, %d problem(s):%n", file, ex.problems().size());
				ex.problems().forEach(p -> System.err.printf("  %s  %s%n", p.pointer(), p.message()));
				exitCode = 1;
			}
			catch (Exception ex) {
				System.err.printf("%s: not imported: %s%n", file, ex.getMessage());
				exitCode = 1;
			}
		}
	}

	@Override
	public int getExitCode() {
		return exitCode;
	}
}
