package org.kinmap.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.TransientException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.TransientDataAccessResourceException;

class TransientRetryTests {

	static TransientException deadlock() {
		return new TransientException("Neo.TransientError.Transaction.DeadlockDetected", "deadlock");
	}

	@Test
	void aTransientFailureRunsTheWholeWorkAgain() {
		AtomicInteger attempts = new AtomicInteger();
		String result = TransientRetry.run("test", () -> {
			if (attempts.incrementAndGet() < 3) {
				// As Spring Data Neo4j translates it.
				throw new TransientDataAccessResourceException("translated", deadlock());
			}
			return "done";
		});
		assertThat(result).isEqualTo("done");
		assertThat(attempts).hasValue(3);
	}

	@Test
	void otherFailuresAreThrownAtOnce() {
		AtomicInteger attempts = new AtomicInteger();
		assertThatThrownBy(() -> TransientRetry.run("test", () -> {
			attempts.incrementAndGet();
			throw new DataIntegrityViolationException("constraint",
					new ClientException("Neo.ClientError.Schema.ConstraintValidationFailed", "exists"));
		})).isInstanceOf(DataIntegrityViolationException.class);
		assertThat(attempts).hasValue(1);
	}

	@Test
	void itGivesUpAfterABoundedNumberOfAttempts() {
		AtomicInteger attempts = new AtomicInteger();
		assertThatThrownBy(() -> TransientRetry.run("test", () -> {
			attempts.incrementAndGet();
			throw new IllegalStateException("wrapped", deadlock());
		})).isInstanceOf(IllegalStateException.class);
		assertThat(attempts).hasValue(TransientRetry.ATTEMPTS);
	}
}
