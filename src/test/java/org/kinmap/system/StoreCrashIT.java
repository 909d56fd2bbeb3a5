package org.kinmap.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kinmap.KinmapApplication;
import org.springframework.core.io.ClassPathResource;

/**
 * A start-up killed (SIGKILL) while it holds neo4j-migrations' lock does not stop kinmap from starting again on the
 * same store; and the password generated at that first start is in a file of the owner's only and in no log line.
 * Both processes are separate JVMs: the first ({@link MigrationLockHolder}) starts the store as kinmap does and takes the
 * lock the way neo4j-migrations does, the second is kinmap itself, its {@code import} command (it starts the whole
 * application without the web server, and exits when done). Two kinmap start-ups in all, so it runs with the other
 * crash tests: {@code mvn -B verify -Pcrash}.
 */
class StoreCrashIT {

	static final Duration START = Duration.ofMinutes(5);
	static final Path LOGS = Path.of("target", "crash");

	@TempDir
	Path dir;

	@Test
	void aStartUpKilledWhileHoldingTheMigrationLockDoesNotStopTheNextStart() throws Exception {
		Path store = dir.resolve("store");
		long started = System.nanoTime();
		try (ChildJvm holder = ChildJvm.start(MigrationLockHolder.class, LOGS.resolve("lock-holder.log"), List.of(),
				store.toString())) {
			holder.awaitLine(MigrationLockHolder.HOLDING + " \\(1 lock node\\)", START);
			holder.kill();
		}
		long killed = System.nanoTime();

		Path passwordFile = store.resolve("neo4j-password");
		assertThat(Files.getPosixFilePermissions(passwordFile))
			.containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
		String password = Files.readString(passwordFile, StandardCharsets.UTF_8).trim();
		assertThat(password).hasSizeGreaterThanOrEqualTo(40);

		Path document = dir.resolve("small-family.json");
		Files.writeString(document, new ClassPathResource("networks/small-family.json").getContentAsString(StandardCharsets.UTF_8));
		ChildJvm next = ChildJvm.start(KinmapApplication.class, LOGS.resolve("restart-after-lock.log"),
				List.of("kinmap.neo4j.data-dir=" + store, "kinmap.neo4j.bolt-port=0", "logging.level.org.kinmap=DEBUG"),
				"import", document.toString());
		assertThat(next.awaitExit(START)).as(next.tail()).isZero();
		long restarted = System.nanoTime();
		String output = next.output();
		assertThat(output).contains("Removed 1 schema migration lock(s) left behind by a start-up that did not finish");
		assertThat(output).contains("small-family.json: imported");
		System.out.printf("StoreCrashIT: lock holder up and killed in %.1f s; the next start imported and exited in %.1f s%n",
				(killed - started) / 1e9, (restarted - killed) / 1e9);

		List<Path> logs = new ArrayList<>(List.of(LOGS.resolve("lock-holder.log"), LOGS.resolve("restart-after-lock.log")));
		try (Stream<Path> neo4jLogs = Files.walk(store.resolve("logs"))) {
			neo4jLogs.filter(Files::isRegularFile).forEach(logs::add);
		}
		for (Path log : logs) {
			assertThat(Files.readString(log, StandardCharsets.ISO_8859_1)).as(log.toString()).doesNotContain(password);
		}
	}
}
