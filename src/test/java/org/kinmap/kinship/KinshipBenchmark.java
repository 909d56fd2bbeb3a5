package org.kinmap.kinship;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kinmap.KinmapIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Not a timed test: {@code mvn -Pbench test} runs it and prints the engine's figures: a ~3,000-person GEDCOM
 * tree imported over HTTP, then the relatives of people in its youngest generation to the default depth, timed
 * over HTTP, and the neighbourhood query on its own. (The issue asks for well under a second.)
 */
@KinmapIntegrationTest
@SuppressWarnings({ "unchecked", "rawtypes" })
class KinshipBenchmark {

	@Autowired
	TestRestTemplate http;

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	org.kinmap.system.CypherQueries queries;

	@Test
	void relativesInAThreeThousandPersonTree() {
		SyntheticTree.Built tree = SyntheticTree.build(3000, 7);
		var body = new LinkedMultiValueMap<String, Object>();
		body.add("file", new ByteArrayResource(tree.gedcom().getBytes(StandardCharsets.UTF_8)) {
			@Override
			public String getFilename() {
				return "bench.ged";
			}
		});
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		long importStart = System.nanoTime();
		Map<String, Object> report = http.postForObject("/api/networks/gedcom?prefix=bench", new HttpEntity<>(body, headers),
				Map.class);
		long importMs = (System.nanoTime() - importStart) / 1_000_000;
		assertThat((Integer) report.get("personsImported")).as(String.valueOf(report.get("skipped"))).isGreaterThan(2900);

		List<String> people = tree.youngest().subList(0, Math.min(30, tree.youngest().size()));
		for (String p : people.subList(0, 5)) {
			http.getForObject("/api/persons/bench-" + p + "/relatives", Map.class);
		}
		List<Long> times = new ArrayList<>();
		List<Integer> counts = new ArrayList<>();
		for (String p : people) {
			long start = System.nanoTime();
			Map<String, Object> answer = http.getForObject("/api/persons/bench-" + p + "/relatives", Map.class);
			times.add((System.nanoTime() - start) / 1_000_000);
			counts.add(((List<?>) answer.get("relatives")).size());
		}
		List<Long> oneQuery = new ArrayList<>();
		List<Long> reached = new ArrayList<>();
		for (String p : people) {
			long start = System.nanoTime();
			long n = neo4j.query(queries.require("kinship/neighbourhood")).bind("bench-" + p).to("id").fetch().all().size();
			oneQuery.add((System.nanoTime() - start) / 1_000_000);
			reached.add(n);
		}
		Collections.sort(times);
		Collections.sort(oneQuery);
		long median = times.get(times.size() / 2);
		long worst = times.get(times.size() - 1);
		System.out.printf("BENCH kinship: %d persons imported in %d ms; relatives (maxDegree 5) of %d people: median %d ms, "
				+ "max %d ms, %d-%d relatives each; the neighbourhood query alone (10 hops) reading %d-%d persons: median %d ms, "
				+ "max %d ms%n", report.get("personsImported"), importMs, people.size(), median, worst,
				Collections.min(counts), Collections.max(counts), Collections.min(reached), Collections.max(reached),
				oneQuery.get(oneQuery.size() / 2), oneQuery.get(oneQuery.size() - 1));
	}
}
