package org.kinmap.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kinmap.KinmapApplication;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;

/**
 * Crash safety of imports ({@code mvn -B verify -Pcrash}; several minutes, so not in the ordinary build). kinmap's
 * {@code import} command runs in a child JVM that is killed with SIGKILL twice on the same store: once while a large
 * document is being written, right after a small one was confirmed; once right after a confirmed import, before any
 * clean shutdown or checkpoint. The store is then opened again as kinmap opens it, and every document is wholly there
 * or wholly absent, every confirmed one there.
 */
class ImportCrashIT {

	static final Duration STEP = Duration.ofMinutes(6);
	static final Path LOGS = Path.of("target", "crash");
	static final int SMALL_FAMILIES = 10;
	static final int LARGE_FAMILIES = 5_000;

	@TempDir
	Path dir;

	@Test
	void killedImportsAreWhollyThereOrWhollyAbsentAndConfirmedOnesSurvive() throws Exception {
		Path store = dir.resolve("store");
		Path a = write("crash-a", SMALL_FAMILIES);
		Path large = write("crash-large", LARGE_FAMILIES);
		Path c = write("crash-c", SMALL_FAMILIES);
		List<String> properties = List.of("kinmap.neo4j.data-dir=" + store, "kinmap.neo4j.bolt-port=0",
				"kinmap.neo4j.transaction-timeout=10m", "logging.level.org.kinmap.exchange.NetworkImporter=DEBUG");
		long t0 = System.nanoTime();

		// 1. a is confirmed; killed while the large document's persons are written and the rest is still to come.
		boolean largeConfirmed;
		try (ChildJvm first = ChildJvm.start(KinmapApplication.class, LOGS.resolve("import-killed-during-large.log"),
				properties, "import", a.toString(), large.toString())) {
			first.awaitLine(Pattern.quote(a.toString()) + ": imported", STEP);
			first.awaitLine("upsert-persons: " + LARGE_FAMILIES * 4 + " rows", STEP);
			first.kill();
			largeConfirmed = first.output().contains(large + ": imported");
		}
		long t1 = System.nanoTime();

		// 2. killed the moment c's import is confirmed.
		try (ChildJvm second = ChildJvm.start(KinmapApplication.class, LOGS.resolve("import-killed-after-confirmed.log"),
				properties, "import", c.toString())) {
			second.awaitLine(Pattern.quote(c.toString()) + ": imported", STEP);
			second.kill();
		}
		long t2 = System.nanoTime();

		// 3. The store opens again (recovery from the transaction logs) and holds exactly what was confirmed.
		Neo4jEmbeddedProperties reopened = new Neo4jEmbeddedProperties(store, "127.0.0.1", 0, "32m", false, true, null,
				Duration.ofMinutes(1));
		EmbeddedNeo4jStartup startup = EmbeddedNeo4jStartup.begin(reopened);
		try {
			startup.awaitSchema();
			try (Driver driver = GraphDatabase.driver(startup.boltUri(), startup.authToken());
					Session session = driver.session()) {
				assertWhole(session, "crash-a", SMALL_FAMILIES, true);
				assertWhole(session, "crash-c", SMALL_FAMILIES, true);
				long largePersons = assertWhole(session, "crash-large", LARGE_FAMILIES, largeConfirmed);
				System.out.printf("ImportCrashIT: first child killed after %.1f s (large document %s), second after %.1f s, "
						+ "store reopened and checked in %.1f s%n", (t1 - t0) / 1e9,
						largePersons == 0 ? "absent" : "there whole", (t2 - t1) / 1e9, (System.nanoTime() - t2) / 1e9);
			}
		}
		finally {
			startup.destroy();
		}
	}

	/** Every family of the document there, or none of it (only none if it was not confirmed); the persons found. */
	static long assertWhole(Session session, String prefix, int families, boolean confirmed) {
		long persons = session.run("MATCH (p:Person) WHERE p.id STARTS WITH $prefix RETURN count(p) AS n",
				java.util.Map.of("prefix", prefix + "-")).single().get("n").asLong();
		long parentLinks = session.run("MATCH (:Person)-[r:PARENT_OF]->(c:Person) WHERE c.id STARTS WITH $prefix "
				+ "RETURN count(r) AS n", java.util.Map.of("prefix", prefix + "-")).single().get("n").asLong();
		long partnerships = session.run("MATCH (a:Person)-[r:PARTNER_OF]-(:Person) WHERE a.id STARTS WITH $prefix "
				+ "RETURN count(DISTINCT r) AS n", java.util.Map.of("prefix", prefix + "-")).single().get("n").asLong();
		List<Long> whole = List.of(families * 4L, families * 4L, (long) families);
		List<Long> found = List.of(persons, parentLinks, partnerships);
		if (confirmed) {
			assertThat(found).as(prefix + " was confirmed: persons, parent links, partnerships").isEqualTo(whole);
		}
		else {
			assertThat(found).as(prefix + ": persons, parent links, partnerships, all or nothing")
				.isIn(whole, List.of(0L, 0L, 0L));
		}
		return persons;
	}

	/** A fictional document of families of four: two parents, partners, and their two children. */
	Path write(String prefix, int families) throws Exception {
		List<String> persons = new ArrayList<>();
		List<String> links = new ArrayList<>();
		List<String> partnerships = new ArrayList<>();
		for (int f = 0; f < families; f++) {
			String p = prefix + "-" + f + "-";
			persons.add(person(p + "mum", "Ann", "female", "1980"));
			persons.add(person(p + "dad", "Bob", "male", "1978"));
			persons.add(person(p + "kid1", "Cal", "male", "2010"));
			persons.add(person(p + "kid2", "Dot", "female", "2013"));
			for (String parent : List.of("mum", "dad")) {
				for (String kid : List.of("kid1", "kid2")) {
					links.add("{\"parent\": \"" + p + parent + "\", \"child\": \"" + p + kid + "\", \"type\": \"birth\"}");
				}
			}
			partnerships.add("{\"partners\": [\"" + p + "mum\", \"" + p + "dad\"], \"type\": \"married\"}");
		}
		String json = "{\"source\": \"crash test " + prefix + "\",\n \"persons\": [" + String.join(",\n", persons)
				+ "],\n \"parentLinks\": [" + String.join(",\n", links) + "],\n \"partnerships\": ["
				+ String.join(",\n", partnerships) + "]}\n";
		Path file = dir.resolve(prefix + ".json");
		Files.writeString(file, json, StandardCharsets.UTF_8);
		return file;
	}

	static String person(String id, String given, String sex, String born) {
		return "{\"id\": \"" + id + "\", \"givenName\": \"" + given + "\", \"familyName\": \"Crashtest\", \"sex\": \"" + sex
				+ "\", \"birthDate\": \"" + born + "\"}";
	}
}
