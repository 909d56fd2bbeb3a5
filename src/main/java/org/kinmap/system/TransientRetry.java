package org.kinmap.system;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.RetryableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs a whole transaction again when Neo4j says the failure is transient: a deadlock between concurrent writers
 * ({@code Neo.TransientError.Transaction.DeadlockDetected}), a lock that could not be had in time, a leader switch in a
 * cluster or a lost connection. Only for work that is safe to repeat (kinmap's imports upsert by id) and that is a
 * transaction of its own: inside a caller's transaction nothing is retried, because that transaction is already lost
 * and only its owner can start it again.
 *
 * <p>At most {@link #ATTEMPTS} attempts, with a short random pause growing with each (so that two writers that
 * deadlocked do not meet again at once); the last failure is thrown as it was.
 */
public final class TransientRetry {

	private static final Logger log = LoggerFactory.getLogger(TransientRetry.class);

	/** Attempts in all, the first included. */
	public static final int ATTEMPTS = 6;

	private TransientRetry() {
	}

	/** The work's result, after at most {@link #ATTEMPTS} attempts while it fails transiently. */
	public static <T> T run(String what, Supplier<T> transaction) {
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			return transaction.get();
		}
		for (int attempt = 1;; attempt++) {
			try {
				return transaction.get();
			}
			catch (RuntimeException ex) {
				if (attempt >= ATTEMPTS || !isTransient(ex)) {
					throw ex;
				}
				// DEBUG: the caller sees nothing of a retry that succeeds; one that fails for good is a WARN and a 503.
				log.debug("{}: attempt {} failed transiently ({}); running it again", what, attempt, code(ex));
				pause(attempt);
			}
		}
	}

	/** Whether Neo4j (or Spring, translating its error) says that the same work may well succeed if run again. */
	static boolean isTransient(Throwable thrown) {
		for (Throwable t = thrown; t != null; t = t.getCause()) {
			if (t instanceof RetryableException || t instanceof TransientDataAccessException) {
				return true;
			}
			if (t.getCause() == t) {
				break;
			}
		}
		return false;
	}

	/** Neo4j's status code, never its message (which may quote data). */
	static String code(Throwable thrown) {
		for (Throwable t = thrown; t != null; t = t.getCause()) {
			if (t instanceof Neo4jException neo4j && neo4j.code() != null) {
				return neo4j.code();
			}
		}
		return thrown.getClass().getSimpleName();
	}

	private static void pause(int attempt) {
		try {
			Thread.sleep(ThreadLocalRandom.current().nextLong(10, 60L * (1L << Math.min(attempt, 5))));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting to run a transaction again", ex);
		}
	}
}
