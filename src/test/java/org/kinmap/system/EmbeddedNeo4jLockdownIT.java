package org.kinmap.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.kinmap.KinmapIntegrationTest;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.data.neo4j.core.transaction.Neo4jTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The embedded database is locked down: Bolt asks for the password, which sits in a file only its owner can read;
 * LOAD CSV cannot read the machine's files; every transaction has a timeout, on the database and through the driver.
 */
@KinmapIntegrationTest
class EmbeddedNeo4jLockdownIT {

	/** Runs for minutes unless something stops it. */
	static final String SLOW = "UNWIND range(1, 2000000000) AS i WITH i WHERE i < 0 RETURN count(i) AS n";

	@Autowired
	EmbeddedNeo4jStartup startup;

	@Autowired
	Driver driver;

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	PlatformTransactionManager transactions;

	Neo4jEmbeddedProperties properties;

	@org.junit.jupiter.api.BeforeEach
	void properties() {
		// The settings the store was started with, as EmbeddedNeo4jStarter bound them.
		properties = startup.properties();
	}

	String password() throws Exception {
		return Files.readString(properties.passwordFile(), StandardCharsets.UTF_8).trim();
	}

	@Test
	void boltRefusesNoCredentialsAndWrongOnes() throws Exception {
		try (Driver anonymous = GraphDatabase.driver(startup.boltUri(), AuthTokens.none())) {
			assertThatThrownBy(anonymous::verifyConnectivity).isInstanceOf(AuthenticationException.class);
		}
		// One wrong attempt only: three in a row would lock the user neo4j for everyone for a few seconds.
		try (Driver wrong = GraphDatabase.driver(startup.boltUri(), AuthTokens.basic("neo4j", "not-the-password"))) {
			assertThatThrownBy(wrong::verifyConnectivity).isInstanceOf(AuthenticationException.class);
		}
		try (Driver stranger = GraphDatabase.driver(startup.boltUri(), AuthTokens.basic("admin", password()))) {
			assertThatThrownBy(stranger::verifyConnectivity).isInstanceOf(AuthenticationException.class);
		}
		try (Driver right = GraphDatabase.driver(startup.boltUri(), AuthTokens.basic("neo4j", password()))) {
			right.verifyConnectivity();
		}
	}

	@Test
	void thePasswordIsGeneratedIntoAFileOnlyItsOwnerCanRead() throws Exception {
		assertThat(properties.password()).as("no password configured in the tests").isNull();
		assertThat(Files.getPosixFilePermissions(properties.passwordFile()))
			.containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
		assertThat(password()).hasSizeGreaterThanOrEqualTo(40);
		assertThat(properties.toString()).doesNotContain(password());
	}

	@Test
	void loadCsvCannotReadTheMachinesFiles() {
		assertThatThrownBy(() -> neo4j.query("LOAD CSV FROM 'file:///etc/passwd' AS line RETURN count(line)")
			.fetchAs(Long.class).one())
			.hasStackTraceContaining("allow_csv_import_from_file_urls");
	}

	@Test
	void theEmbeddedDatabaseStopsLongTransactions() {
		assertThat(properties.transactionTimeout()).isEqualTo(Duration.ofSeconds(60));
		String setting = neo4j.query("CALL dbms.listConfig('db.transaction.timeout') YIELD name, value RETURN value")
			.fetchAs(String.class).one().orElseThrow();
		assertThat(setting).isIn("60s", "1m", "60000ms");
	}

	@Test
	void springTransactionsHaveTheDefaultTimeout() {
		assertThat(((AbstractPlatformTransactionManager) transactions).getDefaultTimeout()).isEqualTo(60);
		// The same mechanism with a short timeout: a slow query in a managed transaction is stopped.
		Neo4jTransactionManager shortly = new Neo4jTransactionManager(driver);
		shortly.setDefaultTimeout(1);
		Neo4jClient client = Neo4jClient.create(driver);
		long start = System.nanoTime();
		assertThatThrownBy(() -> new TransactionTemplate(shortly)
			.execute(status -> client.query(SLOW).fetchAs(Long.class).one()))
			.satisfies(EmbeddedNeo4jLockdownIT::timedOut);
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
	}

	@Test
	void queriesOutsideSpringTransactionsHaveTheTimeoutToo() {
		assertThat(TransactionTimeouts.isWrapped(driver)).isTrue();
		// The application's driver wrapped once more, the same way, with a short timeout: an auto-commit query
		// through Neo4jClient, as the read API runs them, is stopped.
		Neo4jClient client = Neo4jClient.create(TransactionTimeouts.withTimeout(driver, Duration.ofSeconds(1)));
		long start = System.nanoTime();
		assertThatThrownBy(() -> client.query(SLOW).fetchAs(Long.class).one())
			.satisfies(EmbeddedNeo4jLockdownIT::timedOut);
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
	}

	static void timedOut(Throwable thrown) {
		Throwable t = thrown;
		while (t != null && !(t instanceof Neo4jException)) {
			t = t.getCause();
		}
		assertThat(t).as("a Neo4j error in " + thrown).isNotNull();
		assertThat(((Neo4jException) t).code()).startsWith("Neo.ClientError.Transaction.TransactionTimedOut");
	}
}
