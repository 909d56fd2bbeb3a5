package org.kinmap.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import ac.simons.neo4j.migrations.core.ClasspathResourceScanner;
import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Applies the schema migrations in {@code cypher/migrations} (packaged at {@code classpath:cypher/migrations})
 * with neo4j-migrations before anything reads or writes. Applied files are never edited; a change is a new
 * {@code Vnnn__Description.cypher}.
 *
 * <p>Against an external server they are applied here, when this bean is created. With the in-process database,
 * {@link EmbeddedNeo4jStartup} applies them on its own thread as soon as the database is up; this bean waits for
 * them once every singleton exists, so the context is never ready (no request served, no runner run) before the
 * schema is.
 */
@Component
public class SchemaMigrations implements InitializingBean, SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(SchemaMigrations.class);

	private final Driver driver;
	private final EmbeddedNeo4jStartup embedded;

	SchemaMigrations(Driver driver, ObjectProvider<EmbeddedNeo4jStartup> embedded) {
		this.driver = driver;
		this.embedded = embedded.getIfAvailable();
	}

	@Override
	public void afterPropertiesSet() {
		if (embedded == null) {
			apply(driver);
		}
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (embedded != null) {
			embedded.awaitSchema();
		}
	}

	/** Applies the pending migrations over the given driver. */
	static void apply(Driver driver) {
		long started = System.nanoTime();
		MigrationsConfig config = MigrationsConfig.builder()
			.withLocationsToScan("classpath:cypher/migrations")
			.withResourceScanner(SchemaMigrations::scan)
			.withAutocrlf(true)
			.build();
		Migrations migrations = new Migrations(config, driver);
		migrations.apply().ifPresent(v -> log.info("Schema at version {}", v.getValue()));
		log.info("Schema migrations done in {} ms", (System.nanoTime() - started) / 1_000_000);
	}

	/**
	 * The files under the given class path locations (e.g. {@code /cypher/migrations}), found with Spring's
	 * resolver in those locations only. (neo4j-migrations' default scanner walks every jar on the class path to
	 * find them, which costs more than the migrations themselves.)
	 */
	static List<URL> scan(List<String> locations) {
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
		List<URL> urls = new ArrayList<>();
		try {
			for (String location : locations) {
				String path = location.replaceAll("^/+", "").replaceAll("/+$", "");
				for (Resource resource : resolver.getResources("classpath*:" + path + "/**/*")) {
					String name = resource.getFilename();
					if (resource.isReadable() && name != null && !name.isEmpty() && !name.endsWith(".class")) {
						urls.add(resource.getURL());
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list the schema migrations in " + locations, ex);
		}
		return urls;
	}
}
