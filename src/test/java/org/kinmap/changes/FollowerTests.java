package org.kinmap.changes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The follower's rules without a database: a "database" of person values and its change sequence in memory, and a
 * copy of it that reads the database when asked. The two races of issue 15 are forced with hooks: a write committing
 * between the end of a load and the copy being marked loaded, and two refreshes of one person whose reads and puts
 * would interleave.
 */
class FollowerTests {

	/** The database: values by person id, and the change sequence, written together as one commit. */
	static final class Database implements ChangeSource {
		final Map<String, Integer> values = new ConcurrentHashMap<>();
		final List<Change> log = new CopyOnWriteArrayList<>();
		long last;

		synchronized long write(String person, int value) {
			values.put(person, value);
			long sequence = ++last;
			log.add(new Change(sequence, "test", Set.of(person), Set.of(), Set.of(), false));
			return sequence;
		}

		synchronized long writeEverything() {
			long sequence = ++last;
			log.add(new Change(sequence, ChangeLog.OUTSIDE_KINMAP, Set.of(), Set.of(), Set.of(), true));
			return sequence;
		}

		@Override
		public synchronized long current() {
			return last;
		}

		@Override
		public List<Change> after(long sequence, int limit) {
			return log.stream().filter(c -> c.sequence() > sequence).limit(limit).toList();
		}
	}

	/** The copy: reads the database whole, or re-reads the persons a change touched. */
	static class Copy implements FollowedCopy {
		final Database db;
		final Map<String, Integer> held = new ConcurrentHashMap<>();
		final AtomicInteger loads = new AtomicInteger();
		final AtomicInteger applying = new AtomicInteger();
		final AtomicInteger overlapped = new AtomicInteger();
		final List<Long> applied = new CopyOnWriteArrayList<>();

		Copy(Database db) {
			this.db = db;
		}

		@Override
		public void load() {
			loads.incrementAndGet();
			held.clear();
			held.putAll(db.values);
		}

		@Override
		public void apply(List<Change> changes) {
			if (applying.incrementAndGet() > 1) {
				overlapped.incrementAndGet();
			}
			try {
				for (Change c : changes) {
					applied.add(c.sequence());
					for (String p : c.persons()) {
						Integer read = db.values.get(p);
						between(p, read);
						held.put(p, read);
					}
				}
			}
			finally {
				applying.decrementAndGet();
			}
		}

		/** Between reading a person from the database and putting them in the copy. */
		void between(String person, Integer read) {
		}
	}

	final AtomicLong now = new AtomicLong(1_000_000_000L);

	Follower follower(Copy copy, Database db, Duration readWait) {
		return new Follower("test copy", copy, db, Duration.ofMillis(5), readWait, Duration.ofSeconds(1), System::nanoTime);
	}

	@AfterEach
	void noCallerCarriesOver() {
		ReadYourWrites.end();
	}

	@Test
	void aWriteCommittedBetweenTheEndOfALoadAndTheCopyBeingMarkedLoadedIsAppliedNotLost() {
		Database db = new Database();
		db.write("ada", 1);
		Copy copy = new Copy(db);
		Follower follower = follower(copy, db, Duration.ofMillis(50));
		AtomicLong written = new AtomicLong();
		follower.afterLoad = () -> {
			if (written.get() == 0) {
				written.set(db.write("bea", 7)); // commits after the copy read the database, before it is marked
			}
		};

		follower.step();
		assertThat(copy.held).containsOnlyKeys("ada");
		assertThat(follower.sequence()).as("loaded at the sequence read before the load").isEqualTo(1);
		ReadYourWrites.seen(written.get());
		assertThat(follower.current()).as("the writer's next read does not get the copy without its write").isFalse();

		follower.step();
		assertThat(copy.held).containsEntry("bea", 7);
		assertThat(follower.sequence()).isEqualTo(written.get());
		assertThat(follower.current()).isTrue();
	}

	@Test
	void twoRefreshesOfOnePersonAreAppliedInSequenceOrderEvenWhenTheSecondCommitsWhileTheFirstIsApplied()
			throws Exception {
		Database db = new Database();
		db.write("ada", 1);
		CountDownLatch firstRead = new CountDownLatch(1);
		CountDownLatch secondCommitted = new CountDownLatch(1);
		Copy copy = new Copy(db) {
			@Override
			void between(String person, Integer read) {
				if (read == 2) {
					firstRead.countDown();
					await(secondCommitted); // the first refresh holds an old value while the second write commits
				}
			}
		};
		Follower follower = follower(copy, db, Duration.ofSeconds(5));
		follower.start();
		try {
			awaitSequence(follower, 1);
			db.write("ada", 2);
			assertThat(firstRead.await(5, TimeUnit.SECONDS)).isTrue();
			long last = db.write("ada", 3);
			secondCommitted.countDown();
			ReadYourWrites.seen(last);
			assertThat(follower.current()).isTrue();
			assertThat(copy.held).containsEntry("ada", 3);
			assertThat(copy.overlapped).as("never two applications at once").hasValue(0);
			assertThat(copy.applied).as("in sequence order").containsExactly(2L, 3L);
		}
		finally {
			follower.stop();
		}
	}

	@Test
	void aCallerWaitsForItsOwnWriteAndAnotherCallerDoesNot() throws Exception {
		Database db = new Database();
		Copy copy = new Copy(db);
		Follower follower = follower(copy, db, Duration.ofSeconds(5));
		follower.start();
		try {
			awaitSequence(follower, 0);
			long mine = db.write("cat", 4);
			ReadYourWrites.seen(mine);
			assertThat(follower.current()).isTrue();
			assertThat(follower.sequence()).isGreaterThanOrEqualTo(mine);
			assertThat(copy.held).containsEntry("cat", 4);
		}
		finally {
			follower.stop();
		}
	}

	@Test
	void aGapInTheSequenceOrAnEntryForEverythingHasTheCopyReadAgain() {
		Database db = new Database();
		Copy copy = new Copy(db);
		Follower follower = follower(copy, db, Duration.ofMillis(10));
		follower.step();
		assertThat(copy.loads).hasValue(1);

		db.write("dan", 1);
		db.values.put("eve", 5); // written without kinmap: no entry
		db.writeEverything();
		follower.step();
		assertThat(copy.loads).as("read again").hasValue(2);
		assertThat(copy.held).containsEntry("eve", 5).containsEntry("dan", 1);
		assertThat(follower.sequence()).isEqualTo(2);

		db.write("fay", 1);
		db.write("gus", 1);
		db.log.remove(0); // pruned while this instance was away
		db.log.remove(0);
		db.log.remove(0);
		follower.step();
		assertThat(copy.loads).as("a gap: read again").hasValue(3);
		assertThat(copy.held).containsKeys("fay", "gus");
		assertThat(follower.sequence()).isEqualTo(4);
	}

	@Test
	void anEntryThatCannotBeAppliedHasTheCopyReadWholeAfterThreeFailedRounds() throws Exception {
		Database db = new Database();
		Copy copy = new Copy(db) {
			@Override
			public void apply(List<Change> changes) {
				throw new IllegalStateException("this entry cannot be applied");
			}
		};
		Follower follower = follower(copy, db, Duration.ofSeconds(5));
		follower.start();
		try {
			awaitSequence(follower, 0);
			long written = db.write("hal", 9);
			awaitSequence(follower, written);
			assertThat(copy.loads.get()).as("loaded, then read whole again").isGreaterThanOrEqualTo(2);
			assertThat(copy.held).containsEntry("hal", 9);
		}
		finally {
			follower.stop();
		}
	}

	@Test
	void aCopyThatHasNotHeardFromTheDatabaseForLongerThanStaleAfterDoesNotAnswer() {
		Database db = new Database();
		Copy copy = new Copy(db);
		Follower follower = new Follower("test copy", copy, db, Duration.ofMillis(5), Duration.ofMillis(10),
				Duration.ofSeconds(1), now::get);
		assertThat(follower.current()).as("not loaded").isFalse();
		follower.step();
		assertThat(follower.current()).isTrue();
		now.addAndGet(Duration.ofMillis(999).toNanos());
		assertThat(follower.current()).isTrue();
		now.addAndGet(Duration.ofMillis(2).toNanos());
		assertThat(follower.current()).as("no poll confirmed it for over a second").isFalse();
		follower.step();
		assertThat(follower.current()).isTrue();
	}

	private static void awaitSequence(Follower follower, long sequence) throws InterruptedException {
		for (int i = 0; i < 500 && follower.sequence() < sequence; i++) {
			Thread.sleep(10);
		}
		assertThat(follower.sequence()).isGreaterThanOrEqualTo(sequence);
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(5, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}
}
