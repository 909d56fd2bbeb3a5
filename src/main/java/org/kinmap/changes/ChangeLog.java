package org.kinmap.changes;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.kinmap.network.ParentLinkType;
import org.kinmap.system.CypherQueries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The change sequence in the database ({@code cypher/queries/changes}): every write through kinmap that touches data
 * held in memory records, in its own transaction, the next number of one sequence and what it touched. Rule: the
 * number is taken by incrementing a single {@code :ChangeSequence} node as the transaction's last statement, so its
 * write lock is held until commit; a second writer waits for it and reads the committed value. Numbers are therefore
 * given in commit order and without gaps (a rolled-back write gives its number back), and a follower that has seen
 * entry n has every entry below n committed: it can never skip one that commits later with a lower number.
 *
 * <p>Writes that bypass kinmap (cypher-shell, Neo4j Browser, a program of the authority's own) record nothing. The
 * {@link #recordOutsideWrites() check} finds the ones that change the counts of copied data, and records an entry
 * for them that makes every instance read its copies again.
 */
@Component
public class ChangeLog implements ChangeSource {

	private static final Logger log = LoggerFactory.getLogger(ChangeLog.class);

	public static final String NETWORK_IMPORT = "network-import";
	public static final String TOGETHER_OR_APART = "together-or-apart";
	/** An assessment of a relative for a child requested, moved on, approved (Regulation 24) or extended. */
	public static final String ASSESSMENT = "assessment";
	/** A family-finding log entry, contact attempt or search (org.kinmap.familyfinding). */
	public static final String FAMILY_FINDING = "family-finding";
	public static final String OUTSIDE_KINMAP = "outside-kinmap";
	/** A carer spreadsheet (exchange/CarersImport): carer households and their approvals. */
	public static final String CARERS_IMPORT = "carers-import";
	/** A review, plan, meeting, panel, care proceedings or allocation recorded for a child (tracker casework). */
	public static final String PERMANENCE_RECORD = "permanence-record";

	/** The id of the one {@code :ChangeSequence} node. */
	static final String SEQUENCE = "kinmap";

	/** More ids than this in one write are not listed: the entry says "everything" and copies are read again. */
	static final int MOST_LISTED = 5000;

	private final Neo4jClient neo4j;
	private final String recordQuery;
	private final String currentQuery;
	private final String afterQuery;
	private final String lockSequenceQuery;
	private final String setFingerprintQuery;
	private final String heartbeatQuery;
	private final String pruneQuery;
	private final String forgetFollowersQuery;
	private final String fingerprintQuery;
	private final TransactionTemplate transactions;

	ChangeLog(Neo4jClient neo4j, CypherQueries queries, PlatformTransactionManager transactions) {
		this.neo4j = neo4j;
		this.recordQuery = queries.require("changes/record");
		this.currentQuery = queries.require("changes/current");
		this.afterQuery = queries.require("changes/after");
		this.lockSequenceQuery = queries.require("changes/lock-sequence");
		this.setFingerprintQuery = queries.require("changes/set-fingerprint");
		this.heartbeatQuery = queries.require("changes/heartbeat");
		this.pruneQuery = queries.require("changes/prune");
		this.forgetFollowersQuery = queries.require("changes/forget-followers");
		this.fingerprintQuery = queries.require("changes/fingerprint");
		this.transactions = new TransactionTemplate(transactions);
	}

	/**
	 * A write begins: call first in the writer's transaction. It notes the counts of copied data before the write, so
	 * that the write can tell the check for outside writes what it changed itself.
	 */
	public Recording begin() {
		requireTransaction();
		return new Recording(current(), fingerprint());
	}

	/** One write's recording, begun in its transaction; {@link #record} is its last statement. */
	public final class Recording {

		private final long began;
		private final long[] before;

		private Recording(long began, long[] before) {
			this.began = began;
			this.before = before;
		}

		/**
		 * Records the write as the next entry of the sequence, in the writer's transaction (its last statement: the
		 * sequence's lock is held from here until commit). Once the transaction commits, the caller's later reads
		 * reflect it ({@link ReadYourWrites}).
		 *
		 * @return the write's sequence number (given back if the transaction rolls back)
		 */
		public long record(String kind, Collection<String> persons, Collection<String> households,
				Collection<String> placements) {
			requireTransaction();
			long[] after = fingerprint();
			long[] delta = new long[after.length];
			for (int i = 0; i < after.length; i++) {
				delta[i] = after[i] - before[i];
			}
			boolean everything = persons.size() + households.size() + placements.size() > MOST_LISTED;
			Map<String, Object> change = Map.of("kind", kind, "persons", everything ? List.of() : sorted(persons),
					"households", everything ? List.of() : sorted(households),
					"placements", everything ? List.of() : sorted(placements), "everything", everything,
					"delta", Arrays.stream(delta).boxed().toList(), "after", began);
			long sequence = neo4j.query(recordQuery).bind(SEQUENCE).to("id").bind(change).to("change")
				.fetchAs(Long.class).mappedBy((t, r) -> r.get("sequence").asLong()).one().orElseThrow();
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					ReadYourWrites.wrote(ChangeLog.this, sequence);
				}
			});
			return sequence;
		}
	}

	@Override
	public long current() {
		return neo4j.query(currentQuery).bind(SEQUENCE).to("id").fetchAs(Long.class)
			.mappedBy((t, r) -> r.get("sequence").asLong()).one().orElse(0L);
	}

	@Override
	@SuppressWarnings("unchecked")
	public List<Change> after(long sequence, int limit) {
		return neo4j.query(afterQuery).bind(sequence).to("after").bind(limit).to("limit").fetch().all()
			.stream()
			.map(r -> new Change(((Number) r.get("sequence")).longValue(), (String) r.get("kind"), ids(r.get("persons")),
					ids(r.get("households")), ids(r.get("placements")), Boolean.TRUE.equals(r.get("everything"))))
			.toList();
	}

	/**
	 * The check for writes that bypass kinmap, in a transaction of its own holding the sequence's lock: the counts of
	 * copied data now against those the writes through kinmap have kept on the sequence. If they differ, something
	 * else wrote: an entry "everything" is recorded (every instance reads its copies again) and the counts noted.
	 *
	 * @return the sequence of the entry recorded, or 0 if nothing was found (the transaction is rolled back)
	 */
	public long recordOutsideWrites() {
		return recordOutside(false);
	}

	/**
	 * Records an entry "everything" for a write that bypassed kinmap and was seen committing (by the embedded
	 * database's transaction listener, {@link OutsideWrites}), whatever it changed, and notes the counts afresh.
	 *
	 * @return the entry's sequence
	 */
	long recordOutsideWrite() {
		return recordOutside(true);
	}

	private long recordOutside(boolean seen) {
		Long recorded = transactions.execute(status -> {
			Map<String, Object> row = neo4j.query(lockSequenceQuery).bind(SEQUENCE).to("id").fetch().one().orElseThrow();
			long[] now = fingerprint();
			long[] kept = row.get("fingerprint") instanceof List<?> list
					? list.stream().mapToLong(v -> ((Number) v).longValue()).toArray() : null;
			if (!seen && kept != null && Arrays.equals(kept, now)) {
				status.setRollbackOnly();
				return 0L;
			}
			neo4j.query(setFingerprintQuery).bind(SEQUENCE).to("id").bind(Arrays.stream(now).boxed().toList())
				.to("fingerprint").run();
			if (!seen && kept == null) {
				return 0L; // the first check: nothing to compare with yet
			}
			long sequence = neo4j.query(recordQuery).bind(SEQUENCE).to("id")
				.bind(Map.of("kind", OUTSIDE_KINMAP, "persons", List.of(), "households", List.of(), "placements",
						List.of(), "everything", true, "delta", List.of(), "after", 0L))
				.to("change").fetchAs(Long.class).mappedBy((t, r) -> r.get("sequence").asLong()).one().orElseThrow();
			if (seen) {
				log.warn("Data held in memory was changed without kinmap (a transaction seen committing); every copy is "
						+ "read again (change {})", sequence);
			}
			else {
				log.warn("Data held in memory was changed without kinmap (counts {} became {}); every copy is read again "
						+ "(change {})", Arrays.toString(kept), Arrays.toString(now), sequence);
			}
			return sequence;
		});
		return recorded == null ? 0 : recorded;
	}

	/** This instance is alive and every one of its copies has applied {@code sequence}. */
	void heartbeat(String instance, long sequence) {
		neo4j.query(heartbeatQuery).bind(instance).to("instance").bind(sequence).to("sequence").run();
	}

	/** Deletes the entries every live instance is past; returns how many. */
	long prune(String alive, String keep) {
		return neo4j.query(pruneQuery).bind(alive).to("alive").bind(keep).to("keep")
			.fetchAs(Long.class).mappedBy((t, r) -> r.get("pruned").asLong()).one().orElse(0L);
	}

	/** Forgets this instance (it stops) and any not heard from for a long time. */
	void forget(String instance, String after) {
		neo4j.query(forgetFollowersQuery).bind(instance).to("instance").bind(after).to("forget").run();
	}

	/** The counts of copied data ({@code changes/fingerprint}). */
	long[] fingerprint() {
		List<String> otherTypes = Arrays.stream(ParentLinkType.values()).filter(t -> t != ParentLinkType.BIRTH)
			.map(ParentLinkType::code).toList();
		List<Object> counts = neo4j.query(fingerprintQuery).bind(otherTypes).to("otherParentTypes")
			.fetchAs(List.class).mappedBy((t, r) -> r.get("counts").asList(v -> (Object) v.asLong())).one().orElseThrow();
		return counts.stream().mapToLong(v -> (Long) v).toArray();
	}

	private static void requireTransaction() {
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException("A change is recorded in the writer's own transaction");
		}
	}

	private static List<String> sorted(Collection<String> ids) {
		return List.copyOf(new TreeSet<>(ids.stream().filter(Objects::nonNull).toList()));
	}

	@SuppressWarnings("unchecked")
	private static Set<String> ids(Object value) {
		return value == null ? Set.of() : Set.copyOf((List<String>) value);
	}
}
