package org.kinmap.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kinmap.KinmapIntegrationTest;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * What start-up does with a schema migration lock it finds, on the tests' database standing in for an external server
 * shared by several instances (wait for it, remove it once stale, or refuse) and for the embedded store (remove it).
 * The real crash, a process killed while holding the lock, is {@code StoreCrashIT}'s.
 */
@KinmapIntegrationTest
class MigrationLockIT {

	static final Duration POLL = Duration.ofMillis(100);

	@Autowired
	Driver driver;

	@Autowired
	Neo4jClient neo4j;

	@AfterEach
	void noLockLeft() {
		neo4j.query("MATCH (l:__Neo4jMigrationsLock) WHERE l.name STARTS WITH 'test ' DELETE l").run();
	}

	void lock(String name) {
		// The node neo4j-migrations creates: CREATE (l:__Neo4jMigrationsLock {id: $id, name: $name}).
		neo4j.query("CREATE (:__Neo4jMigrationsLock {id: randomUUID(), name: $name})").bind(name).to("name").run();
	}

	long locks() {
		return neo4j.query("MATCH (l:__Neo4jMigrationsLock) RETURN count(l)").fetchAs(Long.class).one().orElseThrow();
	}

	@Test
	void noLockNoWait() {
		long start = System.nanoTime();
		SchemaMigrations.awaitOrRemoveStaleLock(driver, Duration.ofMinutes(10), POLL);
		// Waiting would last the stale age, ten minutes; one is far above a query's worst case on a busy machine.
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMinutes(1));
	}

	@Test
	void aLockStillHeldAfterTheStaleAgeIsRemoved() {
		lock("test stale");
		long start = System.nanoTime();
		SchemaMigrations.awaitOrRemoveStaleLock(driver, Duration.ofSeconds(2), POLL);
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofSeconds(2));
		assertThat(locks()).isZero();
	}

	@Test
	void aLockReleasedMeanwhileIsWaitedFor() throws Exception {
		lock("test live");
		CompletableFuture<Void> release = CompletableFuture.runAsync(this::noLockLeft,
				CompletableFuture.delayedExecutor(1, TimeUnit.SECONDS));
		SchemaMigrations.awaitOrRemoveStaleLock(driver, Duration.ofMinutes(10), POLL);
		release.get();
		assertThat(locks()).isZero();
	}

	@Test
	void withNoStaleAgeALockIsRefusedSayingWhatToDo() {
		lock("test refused");
		assertThatThrownBy(() -> SchemaMigrations.awaitOrRemoveStaleLock(driver, Duration.ZERO, POLL))
			.hasMessageContaining("MATCH (l:__Neo4jMigrationsLock) DELETE l")
			.hasMessageContaining("kinmap.migrations.stale-lock-after");
		assertThat(locks()).isEqualTo(1);
	}

	@Test
	void theEmbeddedStoreRemovesEveryLockAtOnce() {
		lock("test embedded 1");
		lock("test embedded 2");
		SchemaMigrations.removeLocksLeftBehind(driver);
		assertThat(locks()).isZero();
	}
}
