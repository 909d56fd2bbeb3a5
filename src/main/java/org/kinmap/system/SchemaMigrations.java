package org.kinmap.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ac.simons.neo4j.migrations.core.ClasspathResourceScanner;
import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import ac.simons.neo4j.migrations.core.MigrationsException;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
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
 *
 * <p><b>A start-up that died while migrating.</b> neo4j-migrations takes a lock first, a {@code __Neo4jMigrationsLock}
 * node, and deletes it when done. If the process dies in between (killed, power lost, stopped while starting) the
 * node stays, and every later start would fail on it until someone deleted it by hand. So before migrating:
 * <ul>
 * <li>with the in-process database, every lock node found is removed (one WARN line): Neo4j's own store lock proves
 * that no other process has this store open, and this process has not begun to migrate, so nobody holds it;</li>
 * <li>against an external server several kinmap instances may share the database and one of them may be migrating
 * right now, perhaps for minutes (a constraint on a large graph checks every node). A lock node carries no time, so
 * kinmap watches it: if it goes, the other instance has finished; if the same lock is still there after
 * {@code kinmap.migrations.stale-lock-after} (10 minutes by default, longer than any of kinmap's migrations should
 * take), its holder is taken to be dead and the lock is removed (WARN). With that property set to {@code 0} kinmap
 * never removes one and fails with a message saying how to.</li>
 * </ul>
 */
@Component
class SchemaMigrations implements InitializingBean, SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(SchemaMigrations.class);

	static final String LOCKED = "The schema migrations are locked (a __Neo4jMigrationsLock node): another kinmap "
			+ "instance is migrating this database, or one stopped while doing so. Start again once it is done; if no "
			+ "instance is migrating, delete the lock with MATCH (l:__Neo4jMigrationsLock) DELETE l, or set "
			+ "kinmap.migrations.stale-lock-after to have kinmap remove locks held that long.";

	/**
	 * The query files this class runs: read directly, on the driver, before Spring's {@code Neo4jClient} exists.
	 * Read when the class is first used, at start-up: a missing file fails it then.
	 */
	static final List<String> QUERY_FILES = List.of("system/migration-locks", "system/remove-migration-locks");

	private static final String LOCKS = statement(QUERY_FILES.get(0));
	private static final String REMOVE_LOCKS = statement(QUERY_FILES.get(1));

	private final Driver driver;
	private final EmbeddedNeo4jStartup embedded;
	private final Duration staleLockAfter;

	SchemaMigrations(Driver driver, ObjectProvider<EmbeddedNeo4jStartup> embedded,
			@Value("${kinmap.migrations.stale-lock-after:10m}") Duration staleLockAfter) {
		this.driver = driver;
		this.embedded = embedded.getIfAvailable();
		this.staleLockAfter = staleLockAfter;
	}

	@Override
	public void afterPropertiesSet() {
		if (embedded == null) {
			awaitOrRemoveStaleLock(driver, staleLockAfter, Duration.ofSeconds(2));
			apply(driver);
		}
	}

	/**
	 * Removes every migration lock: only for a database no other process can reach while this one migrates (the
	 * in-process store, locked by Neo4j for this process).
	 */
	static void removeLocksLeftBehind(Driver driver) {
		List<String> removed = removeLocks(driver, null);
		if (!removed.isEmpty()) {
			log.warn("Removed {} schema migration lock(s) left behind by a start-up that did not finish: the embedded "
					+ "store is this process's alone, so nobody else can hold one", removed.size());
		}
	}

	/**
	 * Against a shared database: returns once no migration lock is left, waiting while one is held, and removing one
	 * that has been there for {@code staleAfter} (see the class comment). {@code staleAfter} zero: fails at once if
	 * there is a lock.
	 */
	static void awaitOrRemoveStaleLock(Driver driver, Duration staleAfter, Duration poll) {
		Map<String, Long> firstSeen = new HashMap<>();
		boolean said = false;
		while (true) {
			List<String> held = locks(driver);
			if (held.isEmpty()) {
				if (said) {
					log.info("The schema migration lock was released; migrating");
				}
				return;
			}
			if (staleAfter.isZero() || staleAfter.isNegative()) {
				throw new IllegalStateException(LOCKED);
			}
			long now = System.nanoTime();
			held.forEach(id -> firstSeen.putIfAbsent(id, now));
			firstSeen.keySet().retainAll(held);
			for (String id : held) {
				if (now - firstSeen.get(id) >= staleAfter.toNanos()) {
					removeLocks(driver, id);
					log.warn("Removed a schema migration lock held for at least {} without being released: its holder is "
							+ "taken to have died (kinmap.migrations.stale-lock-after)", staleAfter);
				}
			}
			if (!said) {
				log.info("The schema migrations are locked by another process; waiting for the lock to go, at most {}",
						staleAfter);
				said = true;
			}
			try {
				Thread.sleep(poll.toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while waiting for the schema migration lock", ex);
			}
		}
	}

	private static List<String> locks(Driver driver) {
		try (Session session = driver.session()) {
			return session.run(LOCKS).list(r -> r.get("id").asString(null));
		}
	}

	private static List<String> removeLocks(Driver driver, String id) {
		try (Session session = driver.session()) {
			Map<String, Object> parameters = new HashMap<>();
			parameters.put("id", id);
			return session.executeWrite(tx -> tx.run(REMOVE_LOCKS, parameters).list(r -> r.get("id").asString(null)));
		}
	}

	private static String statement(String name) {
		try {
			return new ClassPathResource(CypherQueries.LOCATION + name + ".cypher").getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new MissingQueryFileException(name, ex);
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
		try {
			migrations.apply().ifPresent(v -> log.info("Schema at version {}", v.getValue()));
		}
		catch (MigrationsException ex) {
			// Taken by another instance between the check above and now.
			if (String.valueOf(ex.getMessage()).contains("__Neo4jMigrationsLock")) {
				throw new IllegalStateException(LOCKED, ex);
			}
			throw ex;
		}
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
