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
 * <li>the advisory assignment of 1,000 children to the households' vacancies.</li>
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
			System.getProperty("bench.sections", "relatives,worklist,siblings,shortlist,assignment").split(","));

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
				"--kinmap.neo4j.page-cache=" + System.getProperty("bench.pageCache", "1g"));
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
		}
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
