package org.kinmap.changes;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps one {@link FollowedCopy} at a known sequence: on its own thread it reads the entries after the copy's
 * sequence every poll (one indexed query) and has the copy apply them, strictly in sequence order and one batch at a
 * time, so two refreshes of one person can never be applied out of order.
 *
 * <p>Rules, each for a reason:
 * <ul>
 * <li><b>Load at a known sequence.</b> A copy is read whole only after reading the sequence, and is then at that
 * sequence: a write that commits while the copy is being read has a higher number and is applied after, never lost
 * between the end of the load and the copy being marked ready.</li>
 * <li><b>A gap means entries were pruned</b> while this instance was taken for dead: the copy is read again.</li>
 * <li><b>An entry "everything"</b> (a write too large to list, or one that bypassed kinmap) has the copy read again;
 * meanwhile it does not answer and readers ask Neo4j. So do three failed rounds in a row.</li>
 * <li><b>A copy answers only when fresh</b> ({@link #current()}): it has applied every entry committed before a poll
 * that began less than {@code stale-after} ago (one second), so no answer misses a write through kinmap committed
 * longer ago than that; and it has reached the sequence the caller has seen ({@link ReadYourWrites}), waiting for it
 * at most {@code read-wait}. Otherwise the caller asks Neo4j.</li>
 * </ul>
 */
public final class Follower {

	private static final Logger log = LoggerFactory.getLogger(Follower.class);

	/** How many entries one poll reads at most. */
	static final int BATCH = 500;
	/** Rounds failed in a row after which the copy is read whole again rather than the same entries retried. */
	static final int FAILURES_BEFORE_RELOAD = 3;

	private final String name;
	private final FollowedCopy copy;
	private final ChangeSource source;
	private final long pollNanos;
	private final long readWaitNanos;
	private final long staleAfterNanos;
	private final LongSupplier clock;
	private final Object progress = new Object();

	private volatile long sequence = -1;
	private volatile boolean loaded;
	private volatile boolean reloadWanted = true;
	private volatile long confirmedAt;
	private volatile boolean running;
	private Thread thread;
	private long failures;

	/** Runs between a copy's load and its being marked loaded: a seam for the race tests. */
	volatile Runnable afterLoad = () -> {
	};

	Follower(String name, FollowedCopy copy, ChangeSource source, Duration poll, Duration readWait, Duration staleAfter,
			LongSupplier clock) {
		this.name = name;
		this.copy = copy;
		this.source = source;
		this.pollNanos = poll.toNanos();
		this.readWaitNanos = readWait.toNanos();
		this.staleAfterNanos = staleAfter.toNanos();
		this.clock = clock;
	}

	/** The copy's name, for the log. */
	public String name() {
		return name;
	}

	/** The last entry the copy has applied (-1 before it is first loaded). */
	public long sequence() {
		return sequence;
	}

	/**
	 * Whether the copy may answer this caller now: loaded, fresh, and at the caller's sequence, waiting for it at
	 * most the read wait. If not, the caller asks Neo4j.
	 */
	public boolean current() {
		if (!loaded) {
			return false;
		}
		long required = ReadYourWrites.required(source);
		if (sequence < required) {
			long deadline = clock.getAsLong() + readWaitNanos;
			synchronized (progress) {
				while (sequence < required || !loaded) {
					long left = deadline - clock.getAsLong();
					if (left <= 0) {
						return false;
					}
					try {
						progress.wait(Math.max(1, left / 1_000_000));
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
						return false;
					}
				}
			}
		}
		return loaded && clock.getAsLong() - confirmedAt < staleAfterNanos;
	}

	/** One round: load the copy if it must be, else apply the entries committed since its sequence. */
	void step() {
		long polledAt = clock.getAsLong();
		if (reloadWanted || sequence < 0) {
			load();
			return;
		}
		List<Change> changes = source.after(sequence, BATCH);
		if (changes.isEmpty()) {
			confirmed(polledAt);
			return;
		}
		List<Change> run = new ArrayList<>();
		long next = sequence + 1;
		for (Change c : changes) {
			if (c.sequence() != next) {
				break;
			}
			run.add(c);
			next++;
		}
		if (run.isEmpty()) {
			log.warn("{}: the change sequence jumps from {} to {} (entries pruned while this instance was away); "
					+ "reading the copy again", name, sequence, changes.get(0).sequence());
			load();
			return;
		}
		if (run.stream().anyMatch(Change::everything)) {
			log.info("{}: change {} asks every copy to be read again", name,
					run.stream().filter(Change::everything).findFirst().orElseThrow().sequence());
			load();
			return;
		}
		copy.apply(run);
		synchronized (progress) {
			sequence = run.get(run.size() - 1).sequence();
			if (run.size() == changes.size() && changes.size() < BATCH) {
				confirmedAt = polledAt;
			}
			progress.notifyAll();
		}
	}

	private void load() {
		loaded = false;
		long started = clock.getAsLong();
		long at = source.current();
		copy.load();
		afterLoad.run();
		synchronized (progress) {
			sequence = at;
			loaded = true;
			reloadWanted = false;
			confirmedAt = started;
			progress.notifyAll();
		}
		log.info("{}: read at change {} in {} ms", name, at, (clock.getAsLong() - started) / 1_000_000);
	}

	private void confirmed(long polledAt) {
		synchronized (progress) {
			confirmedAt = polledAt;
			progress.notifyAll();
		}
	}

	/** Starts following on a thread of its own. */
	synchronized void start() {
		if (running) {
			return;
		}
		running = true;
		thread = new Thread(this::run, "kinmap-follow-" + name.replace(' ', '-'));
		thread.setDaemon(true);
		thread.start();
	}

	synchronized void stop() {
		running = false;
		if (thread != null) {
			thread.interrupt();
		}
	}

	private void run() {
		while (running) {
			try {
				step();
				failures = 0;
			}
			catch (RuntimeException ex) {
				if (!running) {
					return; // stopped while reading: the application is closing
				}
				failures++;
				if (failures % FAILURES_BEFORE_RELOAD == 0) {
					reloadWanted = true; // an entry that cannot be applied must not hold the copy back for ever
				}
				if (failures == 1 || failures % 100 == 0) {
					log.warn("{}: could not follow the change sequence ({} times in a row); readers ask Neo4j meanwhile",
							name, failures, ex);
				}
			}
			try {
				Thread.sleep(Math.max(1, pollNanos / 1_000_000) * (failures > 0 ? 5 : 1));
			}
			catch (InterruptedException ex) {
				return;
			}
		}
	}
}
