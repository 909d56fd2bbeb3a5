package org.kinmap.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The audit trail is append-only because nothing in kinmap can change or remove an event: the only statement that
 * writes one creates it, and no other query file names it with a clause that writes.
 */
class AppendOnlyAuditTests {

	static final List<String> WRITES = List.of("SET ", "DELETE", "REMOVE ", "MERGE ", "CREATE ", "FOREACH");

	@Test
	void onlyTheRecordingStatementWritesAuditEventsAndItOnlyCreates() throws IOException {
		List<Path> files;
		try (Stream<Path> walk = Files.walk(Path.of("cypher"))) {
			files = walk.filter(p -> p.toString().endsWith(".cypher")).toList();
		}
		assertThat(files).isNotEmpty();
		for (Path file : files) {
			String code = Files.readAllLines(file).stream().filter(l -> !l.trim().startsWith("//"))
				.reduce("", (a, b) -> a + "\n" + b).toUpperCase(Locale.ROOT);
			if (!code.contains("AUDITEVENT")) {
				continue;
			}
			String name = file.getFileName().toString();
			if (name.equals("record-event.cypher")) {
				assertThat(code).as(name).contains("CREATE (E:AUDITEVENT)").doesNotContain("MERGE", "DELETE", "REMOVE", "MATCH");
			}
			else if (!file.toString().contains("migrations")) {
				assertThat(WRITES).as(name + " names audit events: it may only read them")
					.allSatisfy(write -> assertThat(code).doesNotContain(write));
			}
		}
	}

	@Test
	void theTrailHasNoMethodThatChangesOrRemovesAnEvent() {
		assertThat(Stream.of(AuditTrail.class.getDeclaredMethods()).map(m -> m.getName().toLowerCase(Locale.ROOT)))
			.noneMatch(n -> n.contains("delete") || n.contains("remove") || n.contains("update") || n.contains("change")
					|| n.contains("clear") || n.contains("prune"));
	}
}
