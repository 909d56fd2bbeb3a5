package org.kinmap.system;

import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Applies the schema migrations in {@code cypher/migrations} (packaged at {@code classpath:cypher/migrations})
 * with neo4j-migrations before anything reads or writes. Applied files are never edited; a change is a new
 * {@code Vnnn__Description.cypher}.
 */
@Component
public class SchemaMigrations implements InitializingBean {

	private static final Logger log = LoggerFactory.getLogger(SchemaMigrations.class);

	private final Driver driver;

	SchemaMigrations(Driver driver) {
		this.driver = driver;
	}

	@Override
	public void afterPropertiesSet() {
		long started = System.nanoTime();
		MigrationsConfig config = MigrationsConfig.builder()
			.withLocationsToScan("classpath:cypher/migrations")
			.withAutocrlf(true)
			.build();
		Migrations migrations = new Migrations(config, driver);
		migrations.apply().ifPresent(v -> log.info("Schema at version {}", v.getValue()));
		log.info("Schema migrations done in {} ms", (System.nanoTime() - started) / 1_000_000);
	}
}
