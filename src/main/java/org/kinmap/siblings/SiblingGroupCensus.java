package org.kinmap.siblings;

import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.PreDestroy;
import org.kinmap.network.NetworkImported;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Every sibling group of the authority, counted, for the two figures that count them all (the summary's groups and
 * children in groups) and to find a group by its id. Rule: counting connected components needs every family link in
 * the graph, which no query reaches without reading them all, so this is the one thing about groups kept in memory:
 * their ids, one member of each and how many there are, per set of kinds. Nothing else is kept; every answer about a
 * group is derived from the graph on the request.
 *
 * <p>A census is taken on first use (the whole graph, as every request did before) and is valid until an import
 * commits or the database's counts of persons and family links change (a document imported by another process);
 * after an import commits it is taken again in the background, a few seconds later, so that the next summary does
 * not wait. A request that finds it stale takes it again itself.
 */
@Component
class SiblingGroupCensus {

	private static final Logger log = LoggerFactory.getLogger(SiblingGroupCensus.class);

	/** How long after an import the census is taken again, so that a run of imports is followed by one census. */
	static final long REFRESH_DELAY_MS = 2000;

	/**
	 * One census.
	 *
	 * @param counts     the database's counts of persons and family links when it was taken
	 * @param generation how many imports had committed when it was taken
	 * @param persons    how many people are in groups
	 * @param memberOf   a member of each group, by group id
	 */
	record Census(List<Long> counts, long generation, int groups, int persons, Map<String, String> memberOf) {
	}

	private final SiblingGraph graph;
	private final Map<Set<SiblingKind>, Census> taken = new ConcurrentHashMap<>();
	private final AtomicLong imports = new AtomicLong();
	private final AtomicBoolean refreshScheduled = new AtomicBoolean();
	private final ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(r -> {
		Thread t = new Thread(r, "sibling-group-census");
		t.setDaemon(true);
		return t;
	});

	SiblingGroupCensus(SiblingGraph graph) {
		this.graph = graph;
	}

	/** The census for these kinds, taken again first if the graph has changed since. */
	Census of(Set<SiblingKind> kinds) {
		Set<SiblingKind> key = EnumSet.copyOf(kinds);
		Census census = taken.get(key);
		if (census != null && census.generation() == imports.get() && census.counts().equals(graph.familyCounts())) {
			return census;
		}
		return take(key);
	}

	/** One census at a time: a second request for a stale census waits for the first and uses its answer. */
	private synchronized Census take(Set<SiblingKind> kinds) {
		long generation = imports.get();
		List<Long> counts = graph.familyCounts();
		Census census = taken.get(kinds);
		if (census != null && census.generation() == generation && census.counts().equals(counts)) {
			return census;
		}
		long started = System.nanoTime();
		List<SiblingGroup> groups = new SiblingGrouping(kinds).groups(SiblingRelations.derive(graph.familyLinks()).values());
		Map<String, String> memberOf = new HashMap<>(groups.size() * 2);
		int persons = 0;
		for (SiblingGroup g : groups) {
			memberOf.put(g.id(), g.members().get(0));
			persons += g.members().size();
		}
		census = new Census(counts, generation, groups.size(), persons, Collections.unmodifiableMap(memberOf));
		taken.put(kinds, census);
		log.info("Sibling group census ({} kinds): {} groups of {} people in {} ms", kinds.size(), census.groups(),
				census.persons(), (System.nanoTime() - started) / 1_000_000);
		return census;
	}

	/** After an import commits: every census is stale; take those in use again shortly, in the background. */
	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void imported(NetworkImported event) {
		imports.incrementAndGet();
		if (!taken.isEmpty() && refreshScheduled.compareAndSet(false, true)) {
			refresher.schedule(this::refresh, REFRESH_DELAY_MS, TimeUnit.MILLISECONDS);
		}
	}

	private void refresh() {
		refreshScheduled.set(false);
		for (Set<SiblingKind> kinds : List.copyOf(taken.keySet())) {
			try {
				of(kinds);
			}
			catch (RuntimeException ex) {
				log.warn("Could not take the sibling group census again after an import; the next request will", ex);
				return;
			}
		}
	}

	@PreDestroy
	void stop() {
		refresher.shutdownNow();
	}
}
