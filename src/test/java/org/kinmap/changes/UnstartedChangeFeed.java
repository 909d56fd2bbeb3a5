package org.kinmap.changes;

import java.time.Duration;

import org.springframework.context.ApplicationContext;

/**
 * A change feed on an application's change log that is never started, so that a copy built on it for a benchmark
 * (its memory measured apart from the application's own) registers a follower that never runs.
 */
public final class UnstartedChangeFeed {

	private UnstartedChangeFeed() {
	}

	public static ChangeFeed of(ApplicationContext context) {
		return new ChangeFeed(context.getBean(ChangeLog.class), Duration.ofMillis(200), Duration.ofSeconds(2),
				Duration.ofSeconds(1), Duration.ofSeconds(5));
	}
}
