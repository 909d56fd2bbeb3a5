package org.kinmap.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;

import org.kinmap.KinmapApplication;
import org.kinmap.changes.ChangeFeed;
import org.kinmap.changes.Follower;
import org.springframework.boot.autoconfigure.neo4j.Neo4jConnectionDetails;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

/**
 * The authority benchmark's follower-lag section, its parts: a second kinmap instance in this JVM on the first one's
 * database over Bolt (as an operator runs two, and as {@code TwoInstancesIT} does), and a watch that notes, for each
 * sequence number, when an instance's copies had all applied it.
 */
final class FollowerLag {

	private FollowerLag() {
	}

	/** One write of the stream: its sequence, when it was sent and when its answer came back (nanoTime). */
	record Write(long sequence, long sentAt, long answeredAt) {
	}

	/** Leaves the test classes out of the second instance's component scan, as Spring's test support does. */
	static final class NoTestClasses extends TypeExcludeFilter {
		@Override
		public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
			return reader.getResource().getURL().toString().contains("/test-classes/");
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof NoTestClasses;
		}

		@Override
		public int hashCode() {
			return NoTestClasses.class.hashCode();
		}
	}

	/** A second instance on the first one's database: its {@code spring.neo4j.uri} is the first one's Bolt address. */
	static ConfigurableApplicationContext second(ConfigurableApplicationContext first) {
		Neo4jConnectionDetails bolt = first.getBean(Neo4jConnectionDetails.class);
		return new SpringApplicationBuilder(KinmapApplication.class)
			.initializers(c -> {
				c.getBeanFactory().registerSingleton("noTestClasses", new NoTestClasses());
				c.getBeanFactory().registerSingleton("firstInstancesBolt", bolt);
			})
			.properties("spring.neo4j.uri=" + bolt.getUri(), "server.port=0", "kinmap.fixtures.load=false",
					"kinmap.today=2026-11-22", "logging.level.root=WARN", "spring.main.banner-mode=off")
			.run();
	}

	/**
	 * Looks at each of an instance's followers (one per copy) every 0.2 ms on a thread of its own, and notes when each
	 * copy first reached each sequence.
	 */
	static final class Watch implements AutoCloseable {

		private final List<Follower> followers;
		private final List<ConcurrentHashMap<Long, Long>> reachedAt = new ArrayList<>();
		private final Thread thread;
		private volatile boolean running = true;

		Watch(String name, ChangeFeed feed) {
			followers = feed.followers();
			followers.forEach(f -> reachedAt.add(new ConcurrentHashMap<>()));
			thread = new Thread(() -> {
				long[] last = new long[followers.size()];
				for (int i = 0; i < last.length; i++) {
					last[i] = followers.get(i).sequence();
				}
				while (running) {
					for (int i = 0; i < last.length; i++) {
						long now = followers.get(i).sequence();
						if (now > last[i]) {
							long at = System.nanoTime();
							for (long s = Math.max(last[i] + 1, now - 10_000); s <= now; s++) {
								reachedAt.get(i).putIfAbsent(s, at);
							}
							last[i] = now;
						}
					}
					LockSupport.parkNanos(200_000);
				}
			}, "bench-watch-" + name);
			thread.setDaemon(true);
			thread.start();
		}

		/** The copies' names, in the order {@link #reachedAt(int, long)} takes them. */
		List<String> copies() {
			return followers.stream().map(Follower::name).toList();
		}

		/** When this copy had applied this sequence (nanoTime), or null if it has not yet. */
		Long reachedAt(int copy, long sequence) {
			return reachedAt.get(copy).get(sequence);
		}

		/** When every copy had applied this sequence (nanoTime), or null if one has not yet. */
		Long reachedAt(long sequence) {
			long latest = Long.MIN_VALUE;
			for (int i = 0; i < followers.size(); i++) {
				Long at = reachedAt(i, sequence);
				if (at == null) {
					return null;
				}
				latest = Math.max(latest, at);
			}
			return latest;
		}

		/** Whether every copy is current (loaded and fresh). */
		boolean current() {
			return followers.stream().allMatch(Follower::current);
		}

		@Override
		public void close() throws InterruptedException {
			running = false;
			thread.join();
		}
	}
}
