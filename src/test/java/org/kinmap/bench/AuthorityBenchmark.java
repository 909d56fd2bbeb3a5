package org.kinmap.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.locks.LockSupport;

import org.junit.jupiter.api.Test;
import org.kinmap.KinmapApplication;
import org.kinmap.TestAccounts;
import org.kinmap.exchange.NetworkImporter;
import org.kinmap.kinship.RelativesBench;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The performance issue's benchmark: a synthetic authority ({@link SyntheticAuthority}) at each scale named in
 * {@code -Dbench.persons} (default 10000; e.g. {@code -Dbench.persons=10000,100000,1000000}) imported through
 * kinmap's own import path into a fresh embedded Neo4j, and into the two baselines; then, at each scale:
 * <ul>
 * <li>the relatives of random children in care, kinmap against the in-memory and PostgreSQL baselines;</li>
 * <li>the unassessed-relatives work list over HTTP, as a social worker's page asks for it;</li>
 * <li>every split sibling group across the authority;</li>
 * <li>a carer shortlist for one child against the authority's 10,000 (or more) carer households;</li>
 * <li>the advisory assignment of 1,000 children to the households' vacancies;</li>
 * <li>{@code tracker}: the permanence tracker of every child in care (GET /api/tracker) and one child's timeline;</li>
 * <li>{@code lag}: how far behind the change sequence the copies ran, on this instance and on a second one following
 * the database over Bolt, under a steady stream of writes, and the relatives meanwhile;</li>
 * <li>{@code memory}: the heap each copy held in memory takes, per person.</li>
 * </ul>
 * Not a test: {@code mvn -Pbench test -Dtest=AuthorityBenchmark -Dbench.persons=...} runs it, prints lines
 * beginning {@code BENCH} and writes {@code target/bench/authority-<persons>.md}. Start-up and idle heap are
 * {@code StartupBenchmark}'s.
 */
class AuthorityBenchmark {

	private static final long SEED = 20261122L;
	private static final int FAMILIES_PER_DOCUMENT = 50;
	private static final int MIN_HOUSEHOLDS = 10_000;
	/** {@code -Dbench.sections=relatives,shortlist} runs only those (the import always runs). */
	private static final java.util.Set<String> SECTIONS = java.util.Set.of(
			System.getProperty("bench.sections", "relatives,worklist,siblings,shortlist,assignment,tracker,lag,memory").split(","));
	/** The follower-lag section: how long the stream of writes runs, and how many writes a second it aims at. */
	private static final int LAG_SECONDS = Integer.getInteger("bench.lag.seconds", 60);
	private static final int LAG_RATE = Integer.getInteger("bench.lag.rate", 5);

	private final HttpClient http = HttpClient.newHttpClient();
	/** Signs the benchmark's requests in (Basic, an account with every role made for the run). */
	private String authorization;
	private final ObjectMapper json = new ObjectMapper();

	@Test
	void authorityAtScale() throws Exception {
		for (String scale : System.getProperty("bench.persons", "10000").split(",")) {
			run(Integer.parseInt(scale.trim().replace("_", "")));
		}
	}

	private void run(int scale) throws Exception {
		BenchReport report = new BenchReport("authority-" + scale,
				String.format("kinmap at %,d persons", scale));
		report.line("machine: %s", BenchReport.machine());
		report.line("command: mvn -Pbench test -Dtest=AuthorityBenchmark -Dbench.persons=%d", scale);
		Path work = Files.createTempDirectory("kinmap-bench-" + scale);
		// -Dbench.keep=DIR keeps kinmap's store there; a later run with the same DIR and scale skips the import.
		String keep = System.getProperty("bench.keep");
		Path store = keep == null ? work.resolve("neo4j") : Path.of(keep + "-" + scale);
		boolean imported = keep != null && Files.isDirectory(store);
		ConfigurableApplicationContext context = SpringApplication.run(KinmapApplication.class,
				"--kinmap.neo4j.data-dir=" + store, "--kinmap.neo4j.bolt-port=0", "--server.port=0",
				"--kinmap.fixtures.load=false", "--kinmap.today=2026-11-22", "--logging.level.root=WARN",
				"--logging.level.org.springframework.data.neo4j.cypher=ERROR",
				"--kinmap.neo4j.page-cache=" + System.getProperty("bench.pageCache", "1g"),
				// An import document of 50 families takes over the default minute on a machine shared with other builds.
				"--kinmap.neo4j.transaction-timeout=" + System.getProperty("bench.transactionTimeout", "10m"));
		try {
			authorization = TestAccounts.benchmarkAuthorization(context);
			measure(context, scale, work, imported, report);
			report.heading("Memory");
			report.line("kinmap's heap after a full collection, with this authority loaded and its family graph in memory "
					+ "(the baselines released): %d MB", heapAfterGc());
		}
		finally {
			context.close();
			report.write();
			FileSystemUtils.deleteRecursively(work);
		}
	}

	private static long heapAfterGc() throws InterruptedException {
		for (int i = 0; i < 3; i++) {
			System.gc();
			Thread.sleep(300);
		}
		return java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
	}

	private void measure(ConfigurableApplicationContext context, int scale, Path work, boolean imported,
			BenchReport report) throws Exception {
		try (RelativesBench.Baselines baselines = new RelativesBench.Baselines(work.resolve("postgres"))) {
			String base = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
			NetworkImporter importer = context.getBean(NetworkImporter.class);

			report.heading("Import");
			Samples imports = new Samples();
			long[] records = { 0 };
			SyntheticAuthority.Summary authority = new SyntheticAuthority(scale, SEED, MIN_HOUSEHOLDS)
				.write(FAMILIES_PER_DOCUMENT, doc -> {
					records[0] += doc.size();
					if (!imported) {
						imports.time(() -> importer.importNetwork(doc));
					}
					baselines.load(doc);
				});
			double importSeconds = imports.totalMillis() / 1e3;
			report.line("synthetic authority (seed %d): %,d persons (%,d in %,d family networks, the rest carers), "
					+ "%,d carer households, %,d children in care, %,d sibling groups placed together and %,d split",
					SEED, authority.persons(), authority.familyPersons(), authority.families(), authority.households(),
					authority.childrenInCare(), authority.placedTogether(), authority.splitGroups());
			if (imported) {
				report.line("kinmap's store was kept from an earlier run of this scale (-Dbench.keep): not imported again");
			}
			else {
				report.line("kinmap import path (validation, upserts and whole-graph checks, one transaction per document of "
					+ "%d family networks): %,d documents, %,d records in %.1f s: **%,.0f persons/s**, %,.0f records/s; "
					+ "per document %s", FAMILIES_PER_DOCUMENT, authority.documents(), records[0], importSeconds,
					authority.persons() / importSeconds, records[0] / importSeconds, imports.percentiles());
			}
			baselines.finishLoading(report, authority.persons());

			Random random = new Random(SEED);
			List<String> inCare = new ArrayList<>(authority.childrenInCareIds());
			Collections.shuffle(inCare, random);
			List<String> sample = inCare.subList(0, Math.min(inCare.size(), 300));

			if (SECTIONS.contains("relatives")) {
				report.heading("Relatives of random children in care (read the family neighbourhood, label to five degrees)");
				RelativesBench relatives = new RelativesBench(context);
				report.line("kinmap's family graph in memory: %s", relatives.awaitProjection());
				relatives.run(sample, 100, baselines, report);
			}

			if (SECTIONS.contains("worklist")) {
				report.heading("The unassessed-relatives work list over HTTP (GET /api/children/{id}/relatives?unassessed=true)");
				Samples workLists = new Samples();
				timeGets(base, sample.subList(0, Math.min(sample.size(), 200)), "/api/children/%s/relatives?unassessed=true",
						30, workLists);
				report.line("work list: %s", workLists.percentiles());
			}

			if (SECTIONS.contains("siblings")) {
				report.heading("Every split sibling group across the authority (GET /api/sibling-groups?split=true), and the summary");
				org.kinmap.kinship.FamilyGraph family = context.getBean(org.kinmap.kinship.FamilyGraph.class);
				while (!family.inMemory()) {
					Thread.sleep(50);
				}
				report.line("the walk out to each group and its links are read from the family graph in memory");
				Samples splits = new Samples();
				Samples summaries = new Samples();
				int groups = 0;
				JsonNode summary = null;
				for (int i = 0; i < 12; i++) {
					long start = System.nanoTime();
					JsonNode answer = get(base + "/api/sibling-groups?split=true");
					long between = System.nanoTime();
					summary = get(base + "/api/sibling-groups/summary");
					if (i >= 2) {
						splits.add(between - start);
						summaries.add(System.nanoTime() - between);
					}
					groups = answer.size();
				}
				report.line("%,d split groups: %s", groups, splits.percentiles());
				report.line("summary (%s groups in the authority): %s", summary.path("groups").asText(), summaries.percentiles());
			}

			if (SECTIONS.contains("shortlist")) {
				report.heading("A carer shortlist for one child (GET /api/children/{id}/carer-matches)");
				Samples shortlists = new Samples();
				timeGets(base, inCare.subList(0, Math.min(inCare.size(), 200)), "/api/children/%s/carer-matches", 30, shortlists);
				report.line("against %,d carer households: %s", authority.households(), shortlists.percentiles());
			}

			if (SECTIONS.contains("assignment")) {
				report.heading("Advisory assignment (POST /api/matches/assignment)");
				List<String> thousand = inCare.subList(0, Math.min(inCare.size(), 1000));
				String body = json.writeValueAsString(java.util.Map.of("children", thousand));
				Samples assignments = new Samples();
				JsonNode assignment = null;
				for (int i = 0; i < 3; i++) {
					long start = System.nanoTime();
					assignment = post(base + "/api/matches/assignment", body);
					if (i > 0) {
						assignments.add(System.nanoTime() - start);
					}
				}
				report.line("%,d children against every household's vacancies: %s; answer: %s", thousand.size(),
						assignments.percentiles(), describe(assignment));
			}

			if (SECTIONS.contains("tracker")) {
				report.heading("The permanence tracker (GET /api/tracker) and one child's timeline (GET /api/children/{id}/timeline)");
				Samples trackers = new Samples();
				JsonNode tracker = null;
				int runs = Integer.getInteger("bench.tracker.runs", 12);
				for (int i = 0; i < runs + 2; i++) {
					long start = System.nanoTime();
					tracker = get(base + "/api/tracker");
					if (i >= 2) {
						trackers.add(System.nanoTime() - start);
					}
				}
				int alerted = 0;
				for (JsonNode row : tracker.path("rows")) {
					alerted += row.path("alerts").isEmpty() ? 0 : 1;
				}
				report.line("tracker of %,d children in care (%,d with an alert; the first 2 requests not counted): %s",
						tracker.path("rows").size(), alerted, trackers.percentiles());
				Samples timelines = new Samples();
				int count = Math.min(sample.size(), Integer.getInteger("bench.tracker.timelines", 200));
				timeGets(base, sample.subList(0, count), "/api/children/%s/timeline", Math.min(30, count), timelines);
				report.line("timeline of one child: %s", timelines.percentiles());
			}

			if (SECTIONS.contains("lag")) {
				report.heading("Follower lag under a stream of writes, on this instance and a second one over Bolt");
				lag(context, base, authority, sample, report);
			}

			if (SECTIONS.contains("memory")) {
				report.heading("Memory held by each copy (heap after a full collection with a copy of it read and without)");
				memory(context, authority, report);
			}
		}
	}

	/**
	 * A steady stream of small imports through kinmap's HTTP API (each a new fictional person, a child of the
	 * great-grandmother of a random family: her family graph, her sibling groups and her descendants' neighbourhoods
	 * change), {@value #LAG_RATE}-ish a second for {@code bench.lag.seconds}, while a second instance follows the
	 * database over Bolt and this thread reads relatives of children in care from the family graph. For each write:
	 * how long after its answer (and after it was sent) each instance's copies had all applied it.
	 */
	private void lag(ConfigurableApplicationContext context, String base, SyntheticAuthority.Summary authority,
			List<String> sample, BenchReport report) throws Exception {
		long started = System.nanoTime();
		try (ConfigurableApplicationContext second = FollowerLag.second(context)) {
			String secondBase = "http://127.0.0.1:" + second.getEnvironment().getProperty("local.server.port");
			org.kinmap.kinship.FamilyGraph secondGraph = second.getBean(org.kinmap.kinship.FamilyGraph.class);
			while (!secondGraph.inMemory()) {
				Thread.sleep(50);
			}
			// The second instance keeps a sibling census once it is asked for one while its copies are current; then it
			// follows the writes too, as this instance's census (kept since the siblings section, if it ran) does.
			try (FollowerLag.Watch copies = new FollowerLag.Watch("second-start", second.getBean(org.kinmap.changes.ChangeFeed.class))) {
				while (!copies.current()) {
					Thread.sleep(50);
				}
			}
			get(secondBase + "/api/sibling-groups/summary");
			get(base + "/api/sibling-groups/summary");
			report.line("second instance (spring.neo4j.uri = the first one's Bolt port) started with its copies read in "
					+ "%.1f s", (System.nanoTime() - started) / 1e9);
			RelativesBench relatives = new RelativesBench(context);
			List<FollowerLag.Write> writes = java.util.Collections.synchronizedList(new ArrayList<>());
			java.util.concurrent.atomic.AtomicReference<Exception> failed = new java.util.concurrent.atomic.AtomicReference<>();
			String run = Long.toString(System.currentTimeMillis(), 36);
			Random random = new Random(SEED + 15);
			Samples reads = new Samples();
			java.util.concurrent.atomic.AtomicInteger fromMemory = new java.util.concurrent.atomic.AtomicInteger();
			try (FollowerLag.Watch first = new FollowerLag.Watch("first", context.getBean(org.kinmap.changes.ChangeFeed.class));
					FollowerLag.Watch other = new FollowerLag.Watch("second",
							second.getBean(org.kinmap.changes.ChangeFeed.class))) {
				long period = 1_000_000_000L / LAG_RATE;
				long end = System.nanoTime() + LAG_SECONDS * 1_000_000_000L;
				Thread writer = new Thread(() -> {
					try {
						long next = System.nanoTime();
						for (int i = 0; System.nanoTime() < end; i++) {
							LockSupport.parkNanos(next - System.nanoTime());
							next += period;
							String family = "sf" + random.nextInt(authority.families()) + "-p0";
							String id = "stream-" + run + "-" + i;
							String doc = """
									{"source": "authority benchmark: stream of writes", "persons": [
									 {"id": "%s", "givenName": "Wren", "familyName": "Stream", "sex": "%s", "birthDate": "2005-06-0%d"}],
									 "parentLinks": [{"parent": "%s", "child": "%s", "type": "birth"}]}"""
								.formatted(id, i % 2 == 0 ? "female" : "male", 1 + i % 9, family, id);
							long sent = System.nanoTime();
							HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + "/api/networks"))
								.header("Authorization", authorization).header("Content-Type", "application/json")
								.POST(HttpRequest.BodyPublishers.ofString(doc)).build(), HttpResponse.BodyHandlers.ofString());
							long answered = System.nanoTime();
							if (answer.statusCode() != 200) {
								throw new IllegalStateException("a write answered " + answer.statusCode() + ": " + answer.body());
							}
							writes.add(new FollowerLag.Write(Long.parseLong(answer.headers()
								.firstValue(org.kinmap.changes.ReadYourWrites.HEADER).orElseThrow()), sent, answered));
						}
					}
					catch (Exception ex) {
						failed.set(ex);
					}
				}, "bench-writes");
				writer.start();
				for (int i = 0; writer.isAlive(); i++) {
					reads.add(relatives.timeKinmap(sample.get(i % sample.size()), fromMemory));
				}
				writer.join();
				if (failed.get() != null) {
					throw failed.get();
				}
				long last = writes.get(writes.size() - 1).sequence();
				long deadline = System.nanoTime() + 30_000_000_000L;
				while ((first.reachedAt(last) == null || other.reachedAt(last) == null) && System.nanoTime() < deadline) {
					Thread.sleep(10);
				}
				Samples writeTimes = new Samples();
				writes.forEach(w -> writeTimes.add(w.answeredAt() - w.sentAt()));
				report.line("%,d writes in %d s (one import of one new person and a parent link each, %d a second aimed "
						+ "at, one at a time); each write took %s", writes.size(), LAG_SECONDS, LAG_RATE,
						writeTimes.percentiles());
				lagLine(report, "this instance (the writes' own)", writes, first);
				lagLine(report, "the second instance, over Bolt", writes, other);
			}
			report.line("relatives of children in care on this instance during the stream (read and labelled, from "
					+ "memory in %,d of %,d): %s", fromMemory.get(), reads.count(), reads.percentiles());
		}
	}

	/**
	 * The lag of one instance: from each write's answer (and from its sending) until its copies had all applied it; and
	 * of each copy alone, from the answer.
	 */
	private static void lagLine(BenchReport report, String instance, List<FollowerLag.Write> writes,
			FollowerLag.Watch watch) {
		List<String> copies = watch.copies();
		for (int c = 0; c < copies.size(); c++) {
			Samples copy = new Samples();
			for (FollowerLag.Write w : writes) {
				Long at = watch.reachedAt(c, w.sequence());
				if (at != null) {
					copy.add(Math.max(0, at - w.answeredAt()));
				}
			}
			report.line("%s, %s alone: applied after the answer %s", instance, copies.get(c), copy.percentiles());
		}
		Samples afterAnswer = new Samples();
		Samples afterSending = new Samples();
		int missing = 0;
		int overASecond = 0;
		for (FollowerLag.Write w : writes) {
			Long at = watch.reachedAt(w.sequence());
			if (at == null) {
				missing++;
				continue;
			}
			afterAnswer.add(Math.max(0, at - w.answeredAt()));
			afterSending.add(at - w.sentAt());
			if (at - w.answeredAt() > 1_000_000_000L) {
				overASecond++;
			}
		}
		report.line("%s: every copy had applied the write, after its answer: %s; after it was sent: %s; %d more than "
				+ "a second after the answer; %d not applied 30 s after the last write", instance,
				afterAnswer.percentiles(), afterSending.percentiles(), overASecond, missing);
	}

	/**
	 * The heap each copy holds: after full collections, heap in use with a new copy read whole from the database (as
	 * the application's own copies are) and without it, twice each; per person of the family graph, per household,
	 * per person in a sibling group.
	 */
	private void memory(ConfigurableApplicationContext context, SyntheticAuthority.Summary authority, BenchReport report)
			throws InterruptedException {
		// The application's own copies first: while they are being read, the heap moves by more than a copy weighs.
		try (FollowerLag.Watch own = new FollowerLag.Watch("memory", context.getBean(org.kinmap.changes.ChangeFeed.class))) {
			while (!own.current()) {
				Thread.sleep(50);
			}
		}
		int[] persons = new int[1];
		long graph = retained(() -> {
			Object copy = org.kinmap.kinship.FamilyGraphCopy.read(context);
			persons[0] = org.kinmap.kinship.FamilyGraphCopy.persons(copy);
			return copy;
		});
		report.line("family graph: %,d bytes for %,d persons: **%,d bytes a person**", graph, persons[0],
				graph / persons[0]);
		long households = retained(() -> org.kinmap.matching.CarerHouseholdsCopy.read(context));
		report.line("carer households: %,d bytes for %,d households: %,d bytes a household (%,d bytes a person of the "
				+ "authority)", households, authority.households(), households / authority.households(),
				households / persons[0]);
		int[] inGroups = new int[1];
		long census = retained(() -> {
			Object taken = org.kinmap.siblings.SiblingCensusCopy.take(context);
			inGroups[0] = org.kinmap.siblings.SiblingCensusCopy.persons(taken);
			return taken;
		});
		report.line("sibling group census (default kinds): %,d bytes for %,d persons in groups: %,d bytes a person in "
				+ "a group (%,d bytes a person of the authority)", census, inGroups[0], census / inGroups[0],
				census / persons[0]);
		report.line("all three: **%,d bytes a person of the authority**", (graph + households + census) / persons[0]);
	}

	/** Heap in use after full collections with what {@code build} answers held, less without it (mean of two runs). */
	private static long retained(java.util.function.Supplier<Object> build) throws InterruptedException {
		long[] runs = new long[2];
		for (int i = 0; i < runs.length; i++) {
			long without = usedAfterGc();
			Object held = build.get();
			long with = usedAfterGc();
			java.lang.ref.Reference.reachabilityFence(held);
			runs[i] = with - without;
		}
		return (runs[0] + runs[1]) / 2;
	}

	private static long usedAfterGc() throws InterruptedException {
		for (int i = 0; i < 3; i++) {
			System.gc();
			Thread.sleep(300);
		}
		return java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

	private void timeGets(String base, List<String> ids, String path, int warmUp, Samples samples) throws Exception {
		for (int i = 0; i < warmUp; i++) {
			get(base + String.format(path, ids.get(i % ids.size())));
		}
		for (String id : ids) {
			long start = System.nanoTime();
			get(base + String.format(path, id));
			samples.add(System.nanoTime() - start);
		}
	}

	private JsonNode get(String url) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", authorization).GET().build());
	}

	private JsonNode post(String url, String body) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", authorization)
			.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build());
	}

	private JsonNode send(HttpRequest request) throws IOException, InterruptedException {
		HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + ": " + response.body());
		}
		return json.readTree(response.body());
	}

	private static String describe(JsonNode assignment) {
		if (assignment == null) {
			return "none";
		}
		List<String> parts = new ArrayList<>();
		assignment.fieldNames().forEachRemaining(name -> {
			JsonNode value = assignment.get(name);
			if (value.isNumber() || value.isTextual() && value.asText().length() < 80) {
				parts.add(name + " " + value.asText());
			}
			else if (value.isArray()) {
				parts.add(name + " " + value.size());
			}
		});
		return String.join(", ", parts);
	}
}
