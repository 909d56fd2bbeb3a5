package org.kinmap.matching;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.kinmap.network.NetworkImported;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Every carer household as matching sees it ({@link HouseholdProfile}), read from the graph once and kept in memory
 * until an import commits: reading 10,000 households with their approvals, members and placed children took most of
 * a shortlist's time, and they change only when a network document is imported ({@link NetworkImported}; the importer
 * is kinmap's only writer of households, approvals, memberships, persons and placements). The profiles are
 * immutable, so every request can share one list.
 *
 * <p>An import that commits while the households are being read makes the list read stale at once: the next
 * request reads them again. This assumes that kinmap writes its graph alone, as it does with the embedded database;
 * a graph that other programs write to (an external server shared with them) would need those writes to announce
 * themselves the same way.
 */
@Component
class CarerHouseholds {

	private record Snapshot(long version, List<HouseholdProfile> households) {
	}

	private final MatchingQueries queries;
	private final AtomicLong version = new AtomicLong();
	private volatile Snapshot snapshot;

	CarerHouseholds(MatchingQueries queries) {
		this.queries = queries;
	}

	/** Every carer household, in id order (as {@code matching/households} returns them). */
	List<HouseholdProfile> all() {
		Snapshot s = snapshot;
		if (s != null && s.version() == version.get()) {
			return s.households();
		}
		synchronized (this) {
			s = snapshot;
			long wanted = version.get();
			if (s != null && s.version() == wanted) {
				return s.households();
			}
			List<HouseholdProfile> read = List.copyOf(queries.households(null));
			snapshot = new Snapshot(wanted, read);
			return read;
		}
	}

	/** An import has committed: the next request reads the households again. */
	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void imported(NetworkImported event) {
		version.incrementAndGet();
	}
}
