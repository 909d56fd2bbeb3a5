package org.kinmap.changes;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * This instance's side of the change sequence: a {@link Follower} for each copy held in memory, started once the
 * application is ready (after the fixtures are loaded), and a watch that every {@code kinmap.changes.check-interval}
 * looks for writes that bypassed kinmap ({@link ChangeLog#recordOutsideWrites()}), says in the database which
 * sequence this instance's copies have reached (a heartbeat), and prunes entries every live instance is past.
 */
@Component
public class ChangeFeed {

	private static final Logger log = LoggerFactory.getLogger(ChangeFeed.class);

	/** An instance not heard from for this long is taken for dead: entries it has not applied may be pruned. */
	static final String ALIVE = "PT2M";
	/** Entries are kept at least this long, even when every instance is past them. */
	static final String KEEP = "PT10M";
	/** An instance not heard from for this long is forgotten. */
	static final String FORGET = "P1D";

	private final ChangeLog changes;
	private final Duration poll;
	private final Duration readWait;
	private final Duration staleAfter;
	private final Duration checkInterval;
	private final String instance = UUID.randomUUID().toString();
	private final List<Follower> followers = new CopyOnWriteArrayList<>();
	private final ScheduledExecutorService watch = Executors.newSingleThreadScheduledExecutor(r -> {
		Thread t = new Thread(r, "kinmap-change-watch");
		t.setDaemon(true);
		return t;
	});
	private final AtomicBoolean outsideWritePending = new AtomicBoolean();
	private volatile boolean started;
	private int rounds;

	ChangeFeed(ChangeLog changes, @Value("${kinmap.changes.poll-interval:200ms}") Duration poll,
			@Value("${kinmap.changes.read-wait:2s}") Duration readWait,
			@Value("${kinmap.changes.stale-after:1s}") Duration staleAfter,
			@Value("${kinmap.changes.check-interval:5s}") Duration checkInterval) {
		this.changes = changes;
		this.poll = poll;
		this.readWait = readWait;
		this.staleAfter = staleAfter;
		this.checkInterval = checkInterval;
	}

	/** A follower for this copy; it starts with the application (or at once, if it has started). */
	public Follower follow(String name, FollowedCopy copy) {
		Follower follower = new Follower(name, copy, changes, poll, readWait, staleAfter, System::nanoTime);
		followers.add(follower);
		if (started) {
			follower.start();
		}
		return follower;
	}

	/** The lowest sequence this instance's copies have all applied (-1 while one has not been read yet). */
	public long applied() {
		return followers.stream().mapToLong(Follower::sequence).min().orElse(-1);
	}

	/** This instance's followers, one per copy (for the benchmark's report of how far each is behind). */
	public List<Follower> followers() {
		return List.copyOf(followers);
	}

	@EventListener(ApplicationReadyEvent.class)
	void start() {
		started = true;
		followers.forEach(Follower::start);
		long every = Math.max(100, checkInterval.toMillis());
		watch.scheduleWithFixedDelay(this::watch, every, every, TimeUnit.MILLISECONDS);
	}

	/**
	 * A transaction that bypassed kinmap has committed a change to copied data ({@link OutsideWrites}): an entry
	 * "everything" is recorded at once on the watch's thread (one for a burst of them).
	 */
	void outsideWrite() {
		if (outsideWritePending.compareAndSet(false, true)) {
			watch.execute(() -> {
				outsideWritePending.set(false);
				try {
					changes.recordOutsideWrite();
				}
				catch (RuntimeException ex) {
					log.warn("Could not record a write made outside kinmap; the periodic check will look again", ex);
				}
			});
		}
	}

	/** One round of the watch: outside writes, the heartbeat and (every tenth round) pruning. */
	void watch() {
		try {
			changes.recordOutsideWrites();
			long applied = followers.isEmpty() ? changes.current() : applied();
			if (applied >= 0) {
				changes.heartbeat(instance, applied);
			}
			if (rounds++ % 10 == 0) {
				long pruned = changes.prune(ALIVE, KEEP);
				changes.forget("", FORGET);
				if (pruned > 0) {
					log.info("Pruned {} change entries every instance has applied", pruned);
				}
			}
		}
		catch (RuntimeException ex) {
			log.warn("The change watch failed this round; it runs again in {}", checkInterval, ex);
		}
	}

	@PreDestroy
	void stop() {
		watch.shutdownNow();
		followers.forEach(Follower::stop);
		try {
			changes.forget(instance, FORGET);
		}
		catch (RuntimeException ex) {
			log.debug("Could not remove this instance's heartbeat on the way out", ex);
		}
	}
}
