package org.kinmap.system;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

/**
 * The in-process Neo4j, started on a thread of its own: first the database (the store, the Bolt connector), then
 * the schema migrations over Bolt. The application context goes on building everything that does not need the
 * database meanwhile (configuration, the web server, MVC, Jackson, actuator, the API docs) and waits only where it
 * does: {@link #database()} for the driver, {@link #awaitSchema()} before the context is ready. Both starts happen
 * exactly as they would on the main thread, only earlier; a failure of either fails the start-up as before.
 *
 * <p>{@link EmbeddedNeo4jStarter} begins it as soon as the environment is known, before the context refreshes.
 * This object owns the database: {@link #destroy()} (on context close, or when start-up fails) waits for the
 * start to finish and shuts the database down.
 */
final class EmbeddedNeo4jStartup implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4jStartup.class);

	/** The embedded database's one user, its administrator. */
	static final String USER = "neo4j";

	private final CompletableFuture<Started> database = new CompletableFuture<>();
	private final CompletableFuture<Void> schema = new CompletableFuture<>();
	private final Thread thread;
	private final Neo4jEmbeddedProperties properties;

	private record Started(DatabaseManagementService service, URI boltUri, AuthToken authToken) {
	}

	private EmbeddedNeo4jStartup(Neo4jEmbeddedProperties properties) {
		this.properties = properties;
		this.thread = new Thread(() -> start(properties), "kinmap-neo4j-start");
		this.thread.setDaemon(true);
	}

	/** Starts the database and then the migrations on a new thread, and returns at once. */
	static EmbeddedNeo4jStartup begin(Neo4jEmbeddedProperties properties) {
		properties.checkBoltExposure();
		if (!Neo4jEmbeddedProperties.isLoopback(properties.boltHost())) {
			log.warn("The embedded Neo4j's Bolt connector listens on {}, beyond this machine, and Bolt is not encrypted: "
					+ "the password and the data cross the network in clear (kinmap.neo4j.bolt-host)", properties.boltHost());
		}
		EmbeddedNeo4jStartup startup = new EmbeddedNeo4jStartup(properties);
		startup.thread.start();
		return startup;
	}

	private void start(Neo4jEmbeddedProperties properties) {
		Started started;
		try {
			started = startDatabase(properties);
			database.complete(started);
		}
		catch (Throwable ex) {
			database.completeExceptionally(ex);
			schema.completeExceptionally(ex);
			return;
		}
		try (Driver driver = GraphDatabase.driver(started.boltUri(), started.authToken(),
				Config.builder().withLogging(Logging.slf4j()).withNotificationConfig(Neo4jNotifications.WORTH_LOGGING).build())) {
			SchemaMigrations.removeLocksLeftBehind(driver);
			SchemaMigrations.apply(driver);
			schema.complete(null);
		}
		catch (Throwable ex) {
			schema.completeExceptionally(ex);
		}
	}

	private static Started startDatabase(Neo4jEmbeddedProperties properties) {
		Path home = properties.home();
		String password = properties.authEnabled() ? EmbeddedNeo4jPassword.of(properties) : null;
		long started = System.nanoTime();
		DatabaseManagementService service = new DatabaseManagementServiceBuilder(home)
			.setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address, new SocketAddress(properties.boltHost(), properties.boltPort()))
			.setConfig(BoltConnector.advertised_address, new SocketAddress(properties.boltHost(), properties.boltPort()))
			// Anything else that might listen does so on the same address, and nothing else does: no HTTP, no
			// server-side routing connector (kinmap and its tools talk to this one server directly).
			.setConfig(GraphDatabaseSettings.default_listen_address, new SocketAddress(properties.boltHost()))
			.setConfig(HttpConnector.enabled, false)
			.setConfig(HttpsConnector.enabled, false)
			.setConfig(GraphDatabaseSettings.routing_enabled, false)
			.setConfig(GraphDatabaseSettings.auth_enabled, properties.authEnabled())
			// LOAD CSV may not read the machine's files (file:///etc/passwd, the store's own password file).
			.setConfig(GraphDatabaseSettings.allow_file_urls, false)
			// No usage data leaves the machine, and no query or its parameters is written to a log of Neo4j's.
			.setConfig(GraphDatabaseSettings.udc_enabled, false)
			.setConfig(GraphDatabaseSettings.log_queries, GraphDatabaseSettings.LogQueryLevel.OFF)
			.setConfig(GraphDatabaseSettings.transaction_timeout, properties.transactionTimeout())
			.setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(properties.pageCache()))
			// Transaction logs grow as they are written, instead of each new file taking its full rotation size on disk
			// at once (256 MB for each of the two databases, for a sample authority of a few megabytes); a file is
			// rotated at 64 MB and two are kept besides the current one.
			.setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
			.setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
			.setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, ByteUnit.mebiBytes(64))
			.build();
		try {
			if (password != null) {
				setPassword(service, password);
			}
		}
		catch (RuntimeException ex) {
			service.shutdown();
			throw ex;
		}
		log.info("Embedded Neo4j started in {} ms with its store at {}", (System.nanoTime() - started) / 1_000_000, home);
		GraphDatabaseAPI db = (GraphDatabaseAPI) service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
		var address = db.getDependencyResolver()
			.resolveDependency(ConnectorPortRegister.class)
			.getLocalAddress(ConnectorType.BOLT);
		URI uri = URI.create("bolt://" + address.getHost() + ":" + address.getPort());
		log.info("Embedded Neo4j serves Bolt at {} ({})", uri,
				password == null ? "no authentication" : "user neo4j, password " + (properties.password() == null
						|| properties.password().isBlank() ? "in " + properties.passwordFile() : "from kinmap.neo4j.password"));
		return new Started(service, uri, password == null ? AuthTokens.none() : AuthTokens.basic(USER, password));
	}

	/**
	 * Gives the {@code neo4j} user the password, with no change required at first sign-in. Run on every start, so that
	 * a changed {@code kinmap.neo4j.password} takes effect; Neo4j refuses to set the password it already has, which
	 * is then fine.
	 */
	private static void setPassword(DatabaseManagementService service, String password) {
		try {
			service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
					"ALTER USER " + USER + " SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
		}
		catch (QueryExecutionException ex) {
			boolean unchanged = "Neo.ClientError.Statement.ArgumentError".equals(ex.getStatusCode())
					&& String.valueOf(ex.getMessage()).contains("cannot be the same");
			if (!unchanged) {
				throw new IllegalStateException("Cannot set the password of the embedded Neo4j's user neo4j: "
						+ ex.getMessage() + " (kinmap.neo4j.password, or the password file)", ex);
			}
		}
	}

	/** The started database; waits for the start, and throws what made it fail. */
	DatabaseManagementService database() {
		return join(database).service();
	}

	/** Where the database serves Bolt; waits for the start. */
	URI boltUri() {
		return join(database).boltUri();
	}

	/**
	 * The settings this database was started with. (Bound once, before the context refreshed: a property such as
	 * {@code ${random.uuid}} in the data directory may bind differently in the context's own properties bean.)
	 */
	Neo4jEmbeddedProperties properties() {
		return properties;
	}

	/** The credentials of the embedded database's {@code neo4j} user (none when authentication is off); waits for the start. */
	AuthToken authToken() {
		return join(database).authToken();
	}

	/** Waits until the schema migrations have been applied; throws what made them (or the start) fail. */
	void awaitSchema() {
		join(schema);
	}

	private static <T> T join(CompletableFuture<T> future) {
		try {
			return future.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException("The embedded Neo4j did not start", ex.getCause());
		}
	}

	@Override
	public void destroy() throws InterruptedException {
		thread.join();
		try {
			database.get().service().shutdown();
		}
		catch (ExecutionException ex) {
			// It never started: nothing to shut down.
		}
		if (properties.deleteOnClose()) {
			Path home = properties.home();
			try {
				org.springframework.util.FileSystemUtils.deleteRecursively(home);
			}
			catch (java.io.IOException ex) {
				log.warn("Could not delete the store at {}", home, ex);
			}
		}
	}
}
