package org.kinmap.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.kinmap.KinmapIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Eight imports of overlapping documents at once, over HTTP: the same grandparents, parents and their links in every
 * document, and each document's children also linked to the next document's. Neo4j may deadlock some of them; the
 * importer runs those again. Every import succeeds and no person or link is stored twice.
 */
@KinmapIntegrationTest
class ConcurrentImportIT {

	static final int THREADS = 8;
	static final int ROUNDS = 3;

	@Autowired
	TestRestTemplate http;

	@Autowired
	Neo4jClient neo4j;

	@Test
	void overlappingImportsAtOnceAllSucceedAndDuplicateNothing() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		try {
			for (int round = 0; round < ROUNDS; round++) {
				String prefix = "cc" + round + "-";
				CountDownLatch start = new CountDownLatch(1);
				List<Future<ResponseEntity<String>>> answers = new ArrayList<>();
				for (int t = 0; t < THREADS; t++) {
					String doc = document(prefix, t);
					TestRestTemplate importer = importer(t);
					answers.add(pool.submit(() -> {
						start.await();
						return post(importer, doc);
					}));
				}
				start.countDown();
				for (Future<ResponseEntity<String>> answer : answers) {
					ResponseEntity<String> response = answer.get(3, TimeUnit.MINUTES);
					assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
				}
				assertOnePersonPerId(prefix);
				assertOneLinkPerPair(prefix);
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	void assertOnePersonPerId(String prefix) {
		List<Map<String, Object>> rows = new ArrayList<>(neo4j.query("""
				MATCH (p:Person) WHERE p.id STARTS WITH $prefix
				RETURN p.id AS id, count(*) AS n ORDER BY id""").bind(prefix).to("prefix").fetch().all());
		// 4 shared persons and 2 children per document.
		assertThat(rows).hasSize(4 + 2 * THREADS);
		assertThat(rows).allSatisfy(r -> assertThat(r.get("n")).as("nodes with id " + r.get("id")).isEqualTo(1L));
	}

	void assertOneLinkPerPair(String prefix) {
		long duplicated = neo4j.query("""
				MATCH (a:Person)-[r]->(b:Person) WHERE a.id STARTS WITH $prefix
				WITH a, b, type(r) AS type, count(r) AS n WHERE n > 1
				RETURN count(*)""").bind(prefix).to("prefix").fetchAs(Long.class).one().orElseThrow();
		assertThat(duplicated).isZero();
		long links = neo4j.query("""
				MATCH (a:Person)-[r]->(b:Person) WHERE a.id STARTS WITH $prefix
				RETURN count(r)""").bind(prefix).to("prefix").fetchAs(Long.class).one().orElseThrow();
		// Per document: 2 parents x 2 children; shared: 2 grandparents x 1 parent, 1 partnership; a sibling link
		// between the document's own children and one to the next document's first child.
		assertThat(links).isEqualTo(THREADS * 4L + 2 + 1 + THREADS * 2L);
	}

	static final String PASSWORD = "importer-password-long";

	/**
	 * One administrator may run one import at a time (a second is a 429 while the first runs), so each thread imports
	 * as an administrator of its own, as eight people of an authority would. Their accounts are made once.
	 */
	TestRestTemplate importer(int thread) {
		String username = "it.importer-" + thread;
		if (!http.getForObject("/api/accounts", String.class).contains("\"" + username + "\"")) {
			ResponseEntity<String> created = http.postForEntity("/api/accounts", Map.of("username", username,
					"displayName", "Importer " + thread, "password", PASSWORD, "roles", List.of("ADMIN")), String.class);
			assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
		}
		return http.withBasicAuth(username, PASSWORD);
	}

	static ResponseEntity<String> post(TestRestTemplate importer, String json) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return importer.postForEntity("/api/networks", new HttpEntity<>(json, headers), String.class);
	}

	/** Half the documents list their parent links the other way round, so that writers lock persons in another order. */
	static String parentLinks(String p, int t, String child1, String child2) {
		List<String> links = new ArrayList<>(List.of(link(p + "gran", p + "mum"), link(p + "grandad", p + "mum"),
				link(p + "mum", child1), link(p + "dad", child1), link(p + "mum", child2), link(p + "dad", child2)));
		if (t % 2 == 1) {
			java.util.Collections.reverse(links);
		}
		return "[" + String.join(", ", links) + "]";
	}

	static String link(String parent, String child) {
		return "{\"parent\": \"" + parent + "\", \"child\": \"" + child + "\", \"type\": \"birth\"}";
	}

	/** A fictional family: shared grandparents and parents, the document's two children, the next one's first child. */
	static String document(String p, int t) {
		int next = (t + 1) % THREADS;
		String child1 = p + "c" + t + "a";
		String child2 = p + "c" + t + "b";
		String neighbour = p + "c" + next + "a";
		return """
				{"source": "concurrent import test %2$d",
				 "persons": [
				  {"id": "%1$sgran", "givenName": "Ada", "familyName": "Test", "sex": "female", "birthDate": "1950"},
				  {"id": "%1$sgrandad", "givenName": "Bert", "familyName": "Test", "sex": "male", "birthDate": "1948"},
				  {"id": "%1$smum", "givenName": "Cleo", "familyName": "Test", "sex": "female", "birthDate": "1980"},
				  {"id": "%1$sdad", "givenName": "Dev", "familyName": "Test", "sex": "male", "birthDate": "1979"},
				  {"id": "%3$s", "givenName": "Eli", "familyName": "Test", "sex": "male", "birthDate": "2010"},
				  {"id": "%4$s", "givenName": "Fay", "familyName": "Test", "sex": "female", "birthDate": "2012"},
				  {"id": "%5$s", "givenName": "Eli", "familyName": "Test", "sex": "male", "birthDate": "2010"}],
				 "parentLinks": %6$s,
				 "partnerships": [{"partners": ["%1$smum", "%1$sdad"], "type": "married"}],
				 "siblingLinks": [
				  {"siblings": ["%3$s", "%4$s"], "type": "full"},
				  {"siblings": ["%4$s", "%5$s"], "type": "full"}]}
				""".formatted(p, t, child1, child2, neighbour, parentLinks(p, t, child1, child2));
	}
}
