package org.kinmap.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.kinmap.KinmapApplication;
import org.kinmap.TestAccounts;
import org.kinmap.bench.BenchReport;
import org.kinmap.bench.Samples;
import org.kinmap.bench.SyntheticAuthority;
import org.kinmap.exchange.NetworkImporter;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * Not a timed test: {@code mvn -B -q -Pbench test -Dtest=MatchingAtScaleBenchmark} runs it. Carer matching through
 * the product at authority scale: a seeded synthetic authority ({@link SyntheticAuthority}, 50,000 family persons
 * and 10,000 carer households by default, so about 1,000 looked-after children) imported through
 * {@link NetworkImporter} into a fresh store, the application started on it, then over HTTP:
 * <ul>
 * <li>{@code GET /api/children/{id}/carer-matches} for children in care drawn at random (seeded), after a warm-up:
 * p50, p95, p99 and the size of the answers (issue 8: under 100 ms);</li>
 * <li>{@code POST /api/matches/assignment} naming 1,000 children in care (or every one, if fewer), against every
 * household's vacancies (issue 8: under 10 s);</li>
 * <li>where the time goes inside one shortlist, by calling the matching beans directly.</li>
 * </ul>
 * System properties: {@code bench.familyPersons} (default 50000), {@code bench.households} (10000),
 * {@code bench.shortlists} (timed requests, 300), {@code bench.store} (a folder to keep the imported store in and
 * reuse on the next run with the same sizes; by default a new temporary store, deleted afterwards).
 */
class MatchingAtScaleBenchmark {

	private static final ObjectMapper JSON = new ObjectMapper();

	@Test
	void shortlistAndAssignmentThroughTheProduct() throws Exception {
		int familyPersons = Integer.getInteger("bench.familyPersons", 50_000);
		int minHouseholds = Integer.getInteger("bench.households", 10_000);
		int shortlists = Integer.getInteger("bench.shortlists", 300);
		String keep = System.getProperty("bench.store");
		Path store = keep == null ? Files.createTempDirectory("kinmap-matching-bench")
				: Path.of(keep, familyPersons + "-" + minHouseholds).toAbsolutePath();
		Path idsFile = store.resolve("children-in-care.txt");
		boolean reuse = keep != null && Files.exists(idsFile);

		BenchReport report = new BenchReport("matching-at-scale", "Carer matching at authority scale");
		report.line("Machine: %s; load average at the start %.1f", BenchReport.machine(), load());
		ConfigurableApplicationContext context = SpringApplication.run(KinmapApplication.class,
				"--kinmap.neo4j.data-dir=" + store.resolve("neo4j"), "--kinmap.neo4j.bolt-port=0", "--server.port=0",
				"--kinmap.fixtures.load=false", "--kinmap.today=2026-11-22", "--logging.level.root=WARN",
				"--logging.level.org.springframework.data.neo4j.cypher=ERROR");
		try {
			authorization = TestAccounts.benchmarkAuthorization(context);
			List<String> children;
			if (reuse) {
				children = Files.readAllLines(idsFile);
				report.line("Store reused from %s: %d children in care", store, children.size());
			}
			else {
				NetworkImporter importer = context.getBean(NetworkImporter.class);
				long start = System.nanoTime();
				SyntheticAuthority.Summary summary = new SyntheticAuthority(familyPersons, 8, minHouseholds).write(50,
						importer::importNetwork);
				report.line("Imported %,d persons (%,d in families), %,d households, %,d children in care, in %d documents: %.0f s",
						summary.persons(), summary.familyPersons(), summary.households(), summary.childrenInCare(),
						summary.documents(), (System.nanoTime() - start) / 1e9);
				children = summary.childrenInCareIds();
				if (keep != null) {
					Files.write(idsFile, children);
				}
			}
			String base = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
			HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

			report.heading("Shortlist for one child: GET /api/children/{id}/carer-matches");
			report.line("Load average (other builds share the machine): %.1f", load());
			Random random = new Random(11);
			for (int i = 0; i < 30; i++) {
				get(http, base + "/api/children/" + children.get(random.nextInt(children.size())) + "/carer-matches");
			}
			Samples samples = new Samples();
			long cpu = cpuNanos();
			long bytes = 0;
			long evaluated = 0;
			long eligible = 0;
			for (int i = 0; i < shortlists; i++) {
				String id = children.get(random.nextInt(children.size()));
				String[] body = new String[1];
				samples.time(() -> body[0] = get(http, base + "/api/children/" + id + "/carer-matches"));
				bytes += body[0].length();
				JsonNode answer = JSON.readTree(body[0]);
				evaluated += answer.path("householdsEvaluated").asLong();
				eligible += answer.path("householdsEligible").asLong();
			}
			report.line("%s; answers %.0f kB on average, %d households evaluated, %d eligible on average; CPU of the "
					+ "whole process (server and client) %.1f ms a request", samples.percentiles(), bytes / 1024.0 / shortlists,
					evaluated / shortlists, eligible / shortlists, (cpuNanos() - cpu) / 1e6 / shortlists);
			Samples all = new Samples();
			long allBytes = 0;
			int allRuns = Math.max(1, shortlists / 3);
			cpu = cpuNanos();
			for (int i = 0; i < allRuns; i++) {
				String id = children.get(random.nextInt(children.size()));
				String[] body = new String[1];
				all.time(() -> body[0] = get(http, base + "/api/children/" + id + "/carer-matches?excluded=all"));
				allBytes += body[0].length();
			}
			report.line("With every excluded household listed (excluded=all): %s; answers %.0f kB on average; CPU %.1f ms "
					+ "a request", all.percentiles(), allBytes / 1024.0 / allRuns, (cpuNanos() - cpu) / 1e6 / allRuns);

			phases(context, children, report);

			report.heading("Advisory assignment: POST /api/matches/assignment");
			report.line("Load average (other builds share the machine): %.1f", load());
			List<String> named = new ArrayList<>(children.subList(0, Math.min(1000, children.size())));
			String request = JSON.writeValueAsString(Map.of("children", named));
			for (int run = 1; run <= 3; run++) {
				long start = System.nanoTime();
				long cpuStart = cpuNanos();
				String body = post(http, base + "/api/matches/assignment", request);
				double seconds = (System.nanoTime() - start) / 1e9;
				double cpuSeconds = (cpuNanos() - cpuStart) / 1e9;
				JsonNode answer = JSON.readTree(body);
				report.line("Run %d: %d children x %d vacancies: %.1f s (CPU %.1f s); %d placed, total score %.1f, %d sibling "
						+ "groups (%d together)", run, answer.path("childrenConsidered").asInt(), answer.path("vacancies").asInt(),
						seconds, cpuSeconds,
						answer.path("childrenPlaced").asInt(), answer.path("totalScore").asDouble(),
						answer.path("siblingGroups").size(), countTrue(answer.path("siblingGroups"), "together"));
			}
		}
		finally {
			context.close();
			if (keep == null) {
				FileSystemUtils.deleteRecursively(store);
			}
		}
		report.write();
	}

	/**
	 * Inside one shortlist: the households (as matching keeps them, and as read from the graph after an import), the
	 * child's profile, the evaluation, the whole service call and writing the answer.
	 */
	private static void phases(ConfigurableApplicationContext context, List<String> children, BenchReport report)
			throws IOException {
		MatchingQueries queries = context.getBean(MatchingQueries.class);
		CarerHouseholds carerHouseholds = context.getBean(CarerHouseholds.class);
		Samples read = new Samples();
		for (int i = 0; i < 5; i++) {
			read.time(() -> queries.households(null));
		}
		report.line("Inside: reading every household from the graph (once after each import) %s", read.percentiles());
		MatchingService service = context.getBean(MatchingService.class);
		ObjectMapper mapper = context.getBean(ObjectMapper.class);
		CarerMatcher matcher = CarerMatcher.standard();
		Samples households = new Samples();
		Samples child = new Samples();
		Samples evaluate = new Samples();
		Samples service10 = new Samples();
		Samples json = new Samples();
		Random random = new Random(5);
		for (int i = 0; i < 40; i++) {
			String id = children.get(random.nextInt(children.size()));
			boolean timed = i >= 10;
			long t0 = System.nanoTime();
			List<HouseholdProfile> all = carerHouseholds.all();
			long t1 = System.nanoTime();
			ChildProfile profile = queries.child(id).orElseThrow();
			long t2 = System.nanoTime();
			Placing placing = Placing.of(profile, queries.today());
			matcher.shortlist(placing, all, Weights.defaultsFor(placing), 10);
			long t3 = System.nanoTime();
			MatchViews.CarerMatches answer = service.forChild(id, 10, Map.of(), MatchingController.DEFAULT_EXCLUDED);
			long t4 = System.nanoTime();
			byte[] written = mapper.writeValueAsBytes(answer);
			long t5 = System.nanoTime();
			assertThat(written.length).isPositive();
			if (timed) {
				households.add(t1 - t0);
				child.add(t2 - t1);
				evaluate.add(t3 - t2);
				service10.add(t4 - t3);
				json.add(t5 - t4);
			}
		}
		report.line("Inside: the households as matching keeps them %s", households.percentiles());
		report.line("Inside: the child's profile %s", child.percentiles());
		report.line("Inside: constraints, criteria and ranking over the households %s", evaluate.percentiles());
		report.line("Inside: the whole service call (no HTTP, no JSON) %s", service10.percentiles());
		report.line("Inside: the answer as JSON %s", json.percentiles());
	}

	/**
	 * CPU time used by this JVM so far (every thread: the application, its database and the HTTP client): on a
	 * machine shared with other builds, wall-clock figures say as much about the neighbours as about kinmap.
	 */
	private static long cpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}

	private static double load() {
		return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
	}

	private static int countTrue(JsonNode array, String field) {
		int n = 0;
		for (JsonNode e : array) {
			n += e.path(field).asBoolean() ? 1 : 0;
		}
		return n;
	}

	/** Signs the benchmark's requests in (Basic, an account with every role made for the run). */
	private static String authorization;

	private static String get(HttpClient http, String url) {
		return send(http, HttpRequest.newBuilder(URI.create(url)).header("Authorization", authorization).GET().build());
	}

	private static String post(HttpClient http, String url, String json) {
		return send(http, HttpRequest.newBuilder(URI.create(url)).header("Authorization", authorization)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json)).timeout(Duration.ofMinutes(10)).build());
	}

	private static String send(HttpClient http, HttpRequest request) {
		try {
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + ": " + response.body());
			}
			return response.body();
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}
}
