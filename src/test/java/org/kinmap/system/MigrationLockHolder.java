package org.kinmap.system;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import ac.simons.neo4j.migrations.core.JavaBasedMigration;
import ac.simons.neo4j.migrations.core.MigrationContext;
import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * A child process's main for {@code StoreCrashIT}: starts kinmap's embedded store on the given data directory as the
 * application does (kinmap's migrations applied), then runs neo4j-migrations once more with one extra migration that
 * never ends. neo4j-migrations takes its lock as always before running it; the line {@value #HOLDING} says so, and the
 * test kills the process there.
 */
public final class MigrationLockHolder {

	static final String HOLDING = "HOLDING THE MIGRATION LOCK";

	public static void main(String[] args) throws Exception {
		Neo4jEmbeddedProperties properties = new Neo4jEmbeddedProperties(Path.of(args[0]), "127.0.0.1", 0, "32m", false,
				true, null, Duration.ofMinutes(10));
		EmbeddedNeo4jStartup startup = EmbeddedNeo4jStartup.begin(properties);
		startup.awaitSchema();
		Driver driver = GraphDatabase.driver(startup.boltUri(), startup.authToken());
		MigrationsConfig config = MigrationsConfig.builder()
			.withLocationsToScan("classpath:cypher/migrations")
			.withResourceScanner(SchemaMigrations::scan)
			.withAutocrlf(true)
			.withMigrationClassesDiscoverer(context -> List.of(new V9999__Hold_the_lock()))
			.build();
		new Migrations(config, driver).apply();
		throw new AssertionError("The migration that holds the lock ended");
	}

	/** Holds neo4j-migrations' lock until the process is killed. */
	static final class V9999__Hold_the_lock implements JavaBasedMigration {
		@Override
		public void apply(MigrationContext context) {
			try (var session = context.getSession()) {
				long locks = session.run("MATCH (l:__Neo4jMigrationsLock) RETURN count(l) AS n").single().get("n").asLong();
				System.out.println(HOLDING + " (" + locks + " lock node)");
			}
			System.out.flush();
			while (true) {
				try {
					Thread.sleep(60_000);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}
	}
}
