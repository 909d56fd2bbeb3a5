package org.kinmap.siblings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.IntFunction;

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
 * Not a timed test: {@code mvn -B -q -Pbench test -Dtest=SiblingsAtScaleBenchmark} runs it. The four sibling
 * endpoints a manager's meeting uses, over HTTP, on a seeded synthetic authority: every split group
 * ({@code /api/sibling-groups?split=true}), the summary, one group's detail and one child's siblings, each as p50,
 * p95 and p99 over as many runs as fit in a time budget.
 *
 * <p>The authority is imported once through {@link NetworkImporter} into a store under {@code target/bench-stores}
 * and kept there for later runs (delete the folder, or {@code mvn clean}, to import it again); every run starts a
 * fresh application context on it, as a restart would.
 *
 * <p>System properties: {@code bench.persons} (family persons, default 30,000), {@code bench.seed} (default 2026),
 * {@code bench.minHouseholds} (default 500), {@code bench.seconds} (the time budget per endpoint, default 60),
 * {@code bench.label} (default {@code after}), {@code bench.answers} (how many groups and children to keep the
 * answers of, default 20), {@code bench.minRuns} (runs per endpoint however long they take, default 20). Each run keeps its figures and its answers (the JSON bodies of the
 * endpoints for a fixed set of groups and children) under {@code target/bench/siblings-<scale>/<label>}; a run
 * labelled other than {@code before} prints the {@code before} figures beside its own and whether every answer is
 * byte for byte the same.
 */
class SiblingsAtScaleBenchmark {

	static final String ALL_KINDS = "kinds=full,half,step,adoptive,raised_together,unknown";

	final int persons = Integer.getInteger("bench.persons", 30_000);
	final long seed = Long.getLong("bench.seed", 2026);
	final int minHouseholds = Integer.getInteger("bench.minHouseholds", 500);
	final double budgetSeconds = Double.parseDouble(System.getProperty("bench.seconds", "60"));
	final String label = System.getProperty("bench.label", "after");
	final int answerSamples = Integer.getInteger("bench.answers", 20);
	final int minRuns = Integer.getInteger("bench.minRuns", 20);
	final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
	final ObjectMapper json = new ObjectMapper();

	@Test
	void theFourSiblingEndpointsAtScale() throws Exception {
		String scale = persons + "-" + seed + "-" + minHouseholds;
		Path store = Path.of("target", "bench-stores", "siblings-" + scale).toAbsolutePath();
		Path marker = store.resolve("synthetic-authority.properties");
		if (!Files.exists(marker)) {
			importAuthority(store, marker);
		}
		Properties made = new Properties();
		try (var in = Files.newInputStream(marker)) {
			made.load(in);
		}
		List<String> inCare = List.of(made.getProperty("childrenInCareIds").split(","));

		BenchReport report = new BenchReport("SiblingsAtScaleBenchmark-" + scale + "-" + label,
				"Sibling groups at scale (" + label + ")");
		report.line("machine: %s", BenchReport.machine());
		report.line("synthetic authority: seed %d, %s persons (%s in families), %s carer households, %d children in care, "
				+ "%s sibling groups split by the generator; imported in %s s", seed, made.getProperty("persons"),
				made.getProperty("familyPersons"), made.getProperty("households"), inCare.size(),
				made.getProperty("splitGroups"), made.getProperty("importSeconds"));

		long started = System.nanoTime();
		ConfigurableApplicationContext context = start(store);
		report.line("application context started on the store in %.1f s", (System.nanoTime() - started) / 1e9);
		try {
			String base = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
			Path answers = Path.of("target", "bench", "siblings-" + scale, label);
			FileSystemUtils.deleteRecursively(answers);
			Files.createDirectories(answers);

			long first = System.nanoTime();
			String splitList = get(base + "/api/sibling-groups?split=true");
			report.line("first request after start (split groups): %.0f ms", (System.nanoTime() - first) / 1e6);
			JsonNode split = json.readTree(splitList);
			List<String> splitIds = new ArrayList<>();
			split.forEach(g -> splitIds.add(g.get("id").asText()));
			JsonNode summary = json.readTree(get(base + "/api/sibling-groups/summary"));
			report.line("answers: %d split groups (looked-after children apart); summary: %d groups, %d with a looked-after "
					+ "child, %d split, %d split including home or adopted, %d unassessed, %d with a reunification option",
					splitIds.size(), summary.get("groups").asInt(), summary.get("groupsWithLookedAfterChildren").asInt(),
					summary.get("splitGroups").asInt(), summary.get("splitIncludingHomeOrAdopted").asInt(),
					summary.get("unassessedSplits").asInt(), summary.get("groupsWithReunificationOption").asInt());
			assertThat(splitIds).isNotEmpty();

			// The answers, kept to compare with another run's.
			Map<String, String> kept = new LinkedHashMap<>();
			kept.put("split", splitList);
			kept.put("split-all-kinds", get(base + "/api/sibling-groups?split=true&" + ALL_KINDS));
			kept.put("in-care", get(base + "/api/sibling-groups?inCare=true"));
			kept.put("summary", get(base + "/api/sibling-groups/summary"));
			kept.put("summary-all-kinds", get(base + "/api/sibling-groups/summary?" + ALL_KINDS));
			int groupSamples = Math.min(answerSamples, splitIds.size());
			for (int i = 0; i < groupSamples; i++) {
				String id = splitIds.get(i * splitIds.size() / groupSamples);
				kept.put("group-" + id, get(base + "/api/sibling-groups/" + id));
			}
			for (int i = 0; i < answerSamples; i++) {
				String child = inCare.get(i * inCare.size() / answerSamples);
				kept.put("siblings-" + child, get(base + "/api/children/" + child + "/siblings"));
				kept.put("siblings-all-kinds-" + child, get(base + "/api/children/" + child + "/siblings?" + ALL_KINDS));
			}
			for (var e : kept.entrySet()) {
				Files.writeString(answers.resolve(e.getKey() + ".json"), e.getValue());
			}

			// Children in care who have brothers or sisters, for one child's siblings.
			java.util.Set<String> grouped = new java.util.HashSet<>();
			json.readTree(kept.get("in-care")).forEach(g -> g.get("members").forEach(m -> grouped.add(m.get("personId").asText())));
			List<String> withSiblings = inCare.stream().filter(grouped::contains).toList();

			report.heading("Timings over HTTP (" + (int) budgetSeconds + " s per endpoint, at least " + minRuns + " runs)");
			Map<String, Samples> timings = new LinkedHashMap<>();
			Properties figures = new Properties();
			Map<String, IntFunction<String>> endpoints = new LinkedHashMap<>();
			endpoints.put("GET /api/sibling-groups?split=true", n -> base + "/api/sibling-groups?split=true");
			endpoints.put("GET /api/sibling-groups/summary", n -> base + "/api/sibling-groups/summary");
			endpoints.put("GET /api/sibling-groups/{id}", n -> base + "/api/sibling-groups/" + splitIds.get(n * 7 % splitIds.size()));
			endpoints.put("GET /api/children/{id}/siblings",
					n -> base + "/api/children/" + withSiblings.get(n * 13 % withSiblings.size()) + "/siblings");
			endpoints.forEach((endpoint, url) -> {
				Samples s = measure(url);
				timings.put(endpoint, s);
				report.line("%s: %s", endpoint, s.percentiles());
				figures.setProperty(endpoint, String.format("p50 %s ms, p95 %s ms, p99 %s ms", ms(s.p50()), ms(s.millis(0.95)),
						ms(s.millis(0.99))));
			});
			try (var out = Files.newOutputStream(answers.resolve("figures.properties"))) {
				figures.store(out, "SiblingsAtScaleBenchmark " + label);
			}

			Path before = answers.resolveSibling("before");
			if (!label.equals("before") && Files.exists(before.resolve("figures.properties"))) {
				report.heading("Before and after (" + label + ")");
				Properties old = new Properties();
				try (var in = Files.newInputStream(before.resolve("figures.properties"))) {
					old.load(in);
				}
				timings.keySet().forEach(endpoint -> report.line("%s: before %s; %s %s", endpoint, old.getProperty(endpoint),
						label, figures.getProperty(endpoint)));
				List<String> differ = new ArrayList<>();
				for (String name : kept.keySet()) {
					Path was = before.resolve(name + ".json");
					if (!Files.exists(was) || !Files.readString(was).equals(kept.get(name))) {
						differ.add(name);
					}
				}
				report.line("answers compared with before: %d of %d the same%s", kept.size() - differ.size(), kept.size(),
						differ.isEmpty() ? "" : "; different: " + differ);
			}
		}
		finally {
			context.close();
			report.write();
		}
	}

	Samples measure(IntFunction<String> url) {
		for (int i = 0; i < 3; i++) {
			get(url.apply(i));
		}
		Samples samples = new Samples();
		long until = System.nanoTime() + (long) (budgetSeconds * 1e9);
		for (int n = 0; n < 2000 && (n < minRuns || System.nanoTime() < until); n++) {
			String u = url.apply(n);
			samples.time(() -> get(u));
		}
		return samples;
	}

	String get(String url) {
		try {
			HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", authorization)
				.timeout(Duration.ofMinutes(10)).build(),
					HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() == 404) {
				return "404 " + response.body();
			}
			if (response.statusCode() != 200) {
				throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
			}
			return response.body();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	void importAuthority(Path store, Path marker) throws IOException {
		FileSystemUtils.deleteRecursively(store);
		Files.createDirectories(store);
		ConfigurableApplicationContext context = start(store);
		try {
			NetworkImporter importer = context.getBean(NetworkImporter.class);
			long started = System.nanoTime();
			int[] documents = { 0 };
			SyntheticAuthority.Summary made = new SyntheticAuthority(persons, seed, minHouseholds).write(50, doc -> {
				importer.importNetwork(doc);
				if (++documents[0] % 20 == 0) {
					System.out.printf("BENCH importing: %d documents, %.0f s%n", documents[0], (System.nanoTime() - started) / 1e9);
				}
			});
			Properties p = new Properties();
			p.setProperty("persons", String.valueOf(made.persons()));
			p.setProperty("familyPersons", String.valueOf(made.familyPersons()));
			p.setProperty("households", String.valueOf(made.households()));
			p.setProperty("families", String.valueOf(made.families()));
			p.setProperty("splitGroups", String.valueOf(made.splitGroups()));
			p.setProperty("importSeconds", String.format("%.0f", (System.nanoTime() - started) / 1e9));
			p.setProperty("childrenInCareIds", String.join(",", made.childrenInCareIds()));
			try (var out = Files.newOutputStream(marker)) {
				p.store(out, "The synthetic authority in this store");
			}
		}
		finally {
			context.close();
		}
	}

	/** Signs the benchmark's requests in (Basic, an account with every role made for the run). */
	static String authorization;

	static ConfigurableApplicationContext start(Path store) {
		ConfigurableApplicationContext context = SpringApplication.run(KinmapApplication.class, "--kinmap.neo4j.data-dir=" + store,
				"--kinmap.neo4j.bolt-port=0", "--server.port=0", "--kinmap.fixtures.load=false", "--kinmap.today=2026-11-22",
				"--logging.level.root=WARN", "--logging.level.org.springframework.data.neo4j.cypher=ERROR");
		authorization = TestAccounts.benchmarkAuthorization(context);
		return context;
	}

	static String ms(double millis) {
		return millis >= 100 ? String.format("%.0f", millis) : millis >= 10 ? String.format("%.1f", millis)
				: String.format("%.2f", millis);
	}
}
