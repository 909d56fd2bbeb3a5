package org.kinmap.kinship;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.kinmap.bench.BenchReport;
import org.kinmap.bench.Samples;
import org.springframework.context.ApplicationContext;

/**
 * The relatives part of the performance benchmark: the same computation (a child's family neighbourhood, then
 * the kinship labeller to the default five degrees) over three stores of the same family graph: kinmap's Neo4j
 * read over Bolt, the in-memory adjacency arrays, and PostgreSQL with {@code WITH RECURSIVE}. Runs are interleaved
 * child by child so that a noisy machine slows all three alike, and every child's answer is compared across the
 * three: a baseline that answered differently would not be a baseline.
 */
public final class RelativesBench {

	static final String KINMAP = "kinmap (its family graph in memory)";
	static final String KINMAP_CYPHER = "kinmap's Cypher query over Bolt (before)";
	static final String MEMORY = "in-memory BFS baseline";
	static final String POSTGRES = "PostgreSQL WITH RECURSIVE baseline";

	private final NeighbourhoodReader neo4j;
	private final FamilyGraphProjection projection;
	private final KinshipService service;

	public RelativesBench(ApplicationContext context) {
		this.neo4j = context.getBean(NeighbourhoodReader.class);
		this.projection = context.getBean(FamilyGraphProjection.class);
		this.service = context.getBean(KinshipService.class);
	}

	/** Waits until kinmap has read its family graph into memory; answers how many persons it holds and how long its read from Neo4j took. */
	public String awaitProjection() throws InterruptedException {
		while (!projection.ready()) {
			Thread.sleep(50);
		}
		return String.format("%,d persons, read from Neo4j at start-up in %.1f s (then kept current by the change sequence)",
				projection.size(), projection.loadMillis() / 1e3);
	}

	/**
	 * Times each store for {@code children} (after {@code warmUp} untimed rounds), reports p50/p95/p99 for the read
	 * alone and for read plus labelling, the ratios to the in-memory baseline and PostgreSQL, and how many answers
	 * differed (there should be none).
	 */
	public Map<String, Samples> run(List<String> children, int warmUp, Baselines baselines, BenchReport report) {
		InMemoryFamilyGraph memory = baselines.memory;
		PostgresNeighbourhoods postgres = baselines.postgres;
		Map<String, Function<String, Genogram>> stores = new LinkedHashMap<>();
		stores.put(KINMAP, id -> neo4j.read(id, List.of()));
		stores.put(KINMAP_CYPHER, id -> neo4j.query(id, List.of()));
		stores.put(MEMORY, memory::neighbourhood);
		if (postgres != null) {
			stores.put(POSTGRES, postgres::genogram);
		}
		Map<String, Samples> read = new LinkedHashMap<>();
		Map<String, Samples> whole = new LinkedHashMap<>();
		stores.keySet().forEach(name -> {
			read.put(name, new Samples());
			whole.put(name, new Samples());
		});
		for (int i = 0; i < warmUp; i++) {
			String child = children.get(i % children.size());
			stores.values().forEach(store -> label(store.apply(child), child));
		}
		int differing = 0;
		long reachedTotal = 0;
		long relativesTotal = 0;
		List<String> examples = new ArrayList<>();
		for (String child : children) {
			Set<String> first = null;
			for (var store : stores.entrySet()) {
				long start = System.nanoTime();
				Genogram genogram = store.getValue().apply(child);
				long between = System.nanoTime();
				Set<String> relatives = label(genogram, child);
				long end = System.nanoTime();
				read.get(store.getKey()).add(between - start);
				whole.get(store.getKey()).add(end - start);
				if (first == null) {
					first = relatives;
					reachedTotal += genogram.size();
					relativesTotal += relatives.size();
				}
				else if (!first.equals(relatives)) {
					differing++;
					if (examples.size() < 3) {
						examples.add(child + " (" + store.getKey() + ")");
					}
				}
			}
		}
		report.line("%d children in care at random; the neighbourhood read holds %.0f persons on average, %.0f of them "
				+ "labelled relatives within five degrees", children.size(), (double) reachedTotal / children.size(),
				(double) relativesTotal / children.size());
		for (String name : stores.keySet()) {
			report.line("%s: read %s; read and labelled %s", name, read.get(name).percentiles(), whole.get(name).percentiles());
		}
		ratio(report, "kinmap / in-memory baseline (target: at most 3x)", whole.get(KINMAP), whole.get(MEMORY),
				read.get(KINMAP), read.get(MEMORY));
		ratio(report, "kinmap's Cypher query (before) / in-memory baseline", whole.get(KINMAP_CYPHER), whole.get(MEMORY),
				read.get(KINMAP_CYPHER), read.get(MEMORY));
		if (postgres != null) {
			ratio(report, "PostgreSQL / kinmap (target: at least 5x)", whole.get(POSTGRES), whole.get(KINMAP),
					read.get(POSTGRES), read.get(KINMAP));
			ratio(report, "PostgreSQL / kinmap's Cypher query (before)", whole.get(POSTGRES), whole.get(KINMAP_CYPHER),
					read.get(POSTGRES), read.get(KINMAP_CYPHER));
		}
		report.line("answers that differed between the stores: %d%s", differing,
				examples.isEmpty() ? "" : " (e.g. " + String.join(", ", examples) + ")");
		return whole;
	}

	/**
	 * The two baselines, loaded with the same documents as kinmap: the in-memory graph always, PostgreSQL where
	 * Debian's server is installed (otherwise {@link #postgresSkipped()} says why).
	 */
	public static final class Baselines implements AutoCloseable {

		private final InMemoryFamilyGraph memory = new InMemoryFamilyGraph();
		private final PostgresNeighbourhoods postgres;
		private final Samples memoryLoad = new Samples();
		private final Samples postgresLoad = new Samples();

		public Baselines(java.nio.file.Path workDir) {
			this.postgres = PostgresNeighbourhoods.start(workDir).orElse(null);
		}

		public void load(org.kinmap.exchange.NetworkDocument doc) {
			memoryLoad.time(() -> {
				memory.load(doc);
				return null;
			});
			if (postgres != null) {
				postgresLoad.time(() -> {
					postgres.load(doc);
					return null;
				});
			}
		}

		/** Ends loading (PostgreSQL builds its indexes and statistics) and reports the load times. */
		public void finishLoading(BenchReport report, int persons) {
			report.line("in-memory graph loaded %d persons in %.1f s", memory.size(), memoryLoad.totalMillis() / 1e3);
			if (postgres != null) {
				long start = System.nanoTime();
				postgres.finishLoading();
				double indexing = (System.nanoTime() - start) / 1e9;
				report.line("PostgreSQL loaded %d persons in %.1f s (COPY), then indexes and ANALYZE in %.1f s: %.0f persons/s; %s",
						persons, postgresLoad.totalMillis() / 1e3, indexing, persons / (postgresLoad.totalMillis() / 1e3 + indexing),
						postgres.describe());
			}
			else {
				report.line("PostgreSQL baseline skipped: %s", postgresSkipped());
			}
		}

		public static String postgresSkipped() {
			return PostgresNeighbourhoods.unavailableReason();
		}

		@Override
		public void close() throws Exception {
			if (postgres != null) {
				postgres.close();
			}
		}
	}

	/**
	 * One child's relatives as kinmap reads them (from the family graph in memory while it is current, else from
	 * Neo4j), read and labelled; answers the nanoseconds it took and counts the answers from memory in {@code fromMemory}.
	 */
	public long timeKinmap(String child, java.util.concurrent.atomic.AtomicInteger fromMemory) {
		long start = System.nanoTime();
		if (projection.ready()) {
			fromMemory.incrementAndGet();
		}
		label(neo4j.read(child, List.of()), child);
		return System.nanoTime() - start;
	}

	/** The product's answer over HTTP is timed by the caller; this is the service underneath, for a cross-check. */
	public int unassessed(String child) {
		return service.workList(child, KinshipService.DEFAULT_MAX_DEGREE).candidates().size();
	}

	private static Set<String> label(Genogram genogram, String child) {
		return new TreeSet<>(new KinshipLabeller(genogram).relativesOf(child, KinshipService.DEFAULT_MAX_DEGREE).keySet());
	}

	private static void ratio(BenchReport report, String what, Samples over, Samples under, Samples overRead,
			Samples underRead) {
		report.line("%s: %.1fx at p50, %.1fx at p95, %.1fx at p99 (the read alone: %.1fx at p50)", what,
				over.millis(0.5) / under.millis(0.5), over.millis(0.95) / under.millis(0.95),
				over.millis(0.99) / under.millis(0.99), overRead.millis(0.5) / underRead.millis(0.5));
	}
}
