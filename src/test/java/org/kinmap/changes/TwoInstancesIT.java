package org.kinmap.changes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.kinmap.KinmapApplication;
import org.kinmap.KinmapIntegrationTest;
import org.kinmap.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.neo4j.Neo4jConnectionDetails;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Two kinmap instances on one database, as an operator runs them: the integration tests' application (A, with the
 * embedded Neo4j) and a second application in this JVM (B) whose {@code spring.neo4j.uri} points at A's Bolt port.
 * Every write goes through one and is read on the other, without and with the sequence the write answered: a relative
 * added, a risk flag set, a placement made, a parent link's type changed; and writes by plain Cypher are noticed. All
 * persons and households here are fictional and new ({@code truth-*}); they are deleted afterwards (with Cypher, which
 * the copies notice like any other write that bypasses kinmap).
 */
@KinmapIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesIT {

	/** How long a write through kinmap may take to reach the other instance's answers without the sequence. */
	static final Duration FOLLOWS_WITHIN = Duration.ofSeconds(1);
	/** B checks for writes that bypass kinmap every second; reading the copies again takes a moment more. */
	static final Duration NOTICED_WITHIN = Duration.ofSeconds(15);

	@Autowired
	TestRestTemplate a;

	@Autowired
	ApplicationContext context;

	@Autowired
	Neo4jClient cypher;

	ConfigurableApplicationContext second;
	TestRestTemplate b;

	/** Leaves the test classes out of B's component scan, as Spring's test support does for A. */
	static final class NoTestClasses extends TypeExcludeFilter {
		@Override
		public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
			return reader.getResource().getURL().toString().contains("/test-classes/");
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof NoTestClasses;
		}

		@Override
		public int hashCode() {
			return NoTestClasses.class.hashCode();
		}
	}

	@BeforeAll
	void startTheSecondInstance() throws IOException {
		// B connects to A's Bolt address with A's credentials: A's connection details, and spring.neo4j.uri set so that
		// B starts no database of its own.
		Neo4jConnectionDetails bolt = context.getBean(Neo4jConnectionDetails.class);
		second = new SpringApplicationBuilder(KinmapApplication.class)
			.initializers(c -> {
				c.getBeanFactory().registerSingleton("noTestClasses", new NoTestClasses());
				c.getBeanFactory().registerSingleton("firstInstancesBolt", bolt);
			})
			.properties("spring.neo4j.uri=" + bolt.getUri(), "server.port=0", "kinmap.fixtures.load=false",
					"kinmap.today=2026-11-22", "kinmap.passwords.bcrypt-strength=4", "kinmap.changes.check-interval=1s",
					"spring.main.banner-mode=off")
			.run();
		b = new TestRestTemplate(new RestTemplateBuilder()
			.rootUri("http://127.0.0.1:" + second.getEnvironment().getProperty("local.server.port"))
			.basicAuthentication(TestAccounts.USERNAME, TestAccounts.PASSWORD));
		long sequence = post(b, """
				{"source": "kinmap tests: two instances", "persons": [
				  %s, %s, %s, %s, %s, %s, %s, %s],
				 "parentLinks": [
				  {"parent": "truth-mum", "child": "truth-kid", "type": "birth"},
				  {"parent": "truth-dad", "child": "truth-kid", "type": "birth"},
				  {"parent": "truth-mum", "child": "truth-bro", "type": "birth"},
				  {"parent": "truth-dad", "child": "truth-bro", "type": "birth"},
				  {"parent": "truth-gran", "child": "truth-mum", "type": "birth"}],
				 "households": [%s, %s],
				 "children": [
				  {"child": "truth-kid", "legalStatus": "C2", "lookedAfterSince": "2026-01-05", "permanencePlan": "long_term_fostering"},
				  {"child": "truth-other", "legalStatus": "C2", "lookedAfterSince": "2026-02-01", "permanencePlan": "long_term_fostering"}]}
				""".formatted(person("truth-mum", "Rhea", "female", "1990-04-02", false),
					person("truth-dad", "Owen", "male", "1988-01-15", false),
					person("truth-kid", "Milo", "male", "2016-05-20", false),
					person("truth-bro", "Jude", "male", "2018-09-01", false),
					person("truth-gran", "Iris", "female", "1962-07-07", false),
					person("truth-carer-a", "Nell", "female", "1975-03-03", false),
					person("truth-carer-b", "Ruth", "female", "1972-03-03", false),
					person("truth-other", "Ivy", "female", "2015-02-02", false), household("truth-home-a", "truth-carer-a"),
					household("truth-home-b", "truth-carer-b")));
		assertThat(sequence).as("a write answers with its sequence").isPositive();
	}

	@AfterAll
	void deleteEverythingAndStop() {
		try {
			cypher.query("MATCH (n) WHERE n.id STARTS WITH 'truth-' OR n.childId STARTS WITH 'truth-' DETACH DELETE n").run();
		}
		finally {
			if (second != null) {
				second.close();
			}
		}
	}

	@Test
	@Order(1)
	void aRelativeAddedOnOneInstanceIsOnTheOthersWorkListWithinASecond() {
		long sequence = post(b, """
				{"source": "kinmap tests: an aunt", "persons": [%s],
				 "parentLinks": [{"parent": "truth-gran", "child": "truth-aunt", "type": "birth"}]}
				""".formatted(person("truth-aunt", "Cleo", "female", "1993-06-06", false)));
		long applied = within(FOLLOWS_WITHIN, () -> context.getBean(ChangeFeed.class).applied() >= sequence);
		long took = within(FOLLOWS_WITHIN, () -> candidates(get(a, "/api/children/truth-kid/relatives?unassessed=true", 0))
			.contains("truth-aunt"));
		System.out.printf("TwoInstancesIT: every copy on A had applied B's write %d ms after B answered; the aunt was on"
				+ " A's work list %d ms later%n", applied, took);
	}

	@Test
	@Order(2)
	void theWritersNextRequestOnTheOtherInstanceSeesTheWriteAtOnce() {
		long sequence = post(b, """
				{"source": "kinmap tests: an uncle", "persons": [%s],
				 "parentLinks": [{"parent": "truth-gran", "child": "truth-uncle", "type": "birth"}]}
				""".formatted(person("truth-uncle", "Abel", "male", "1995-08-08", false)));
		assertThat(candidates(get(a, "/api/children/truth-kid/relatives?unassessed=true", sequence))).contains("truth-uncle");
	}

	@Test
	@Order(3)
	void aRiskFlagSetOnOneInstanceRemovesThePersonFromTheOthersCandidatesAndTheirHouseholdFromItsShortlist() {
		assertThat(matched(get(a, "/api/children/truth-kid/carer-matches?top=100&excluded=all", 0))).contains("truth-home-a");
		long sequence = post(b, """
				{"source": "kinmap tests: risk flags", "persons": [%s, %s]}
				""".formatted(person("truth-aunt", "Cleo", "female", "1993-06-06", true),
					person("truth-carer-a", "Nell", "female", "1975-03-03", true)));
		Map<String, Object> workList = get(a, "/api/children/truth-kid/relatives?unassessed=true", sequence);
		assertThat(candidates(workList)).doesNotContain("truth-aunt");
		assertThat(ids(workList.get("riskFlagged"))).contains("truth-aunt");
		Map<String, Object> matches = get(a, "/api/children/truth-kid/carer-matches?top=100&excluded=all", sequence);
		assertThat(matched(matches)).doesNotContain("truth-home-a");
		assertThat(excluded(matches)).contains("truth-home-a");
	}

	@Test
	@Order(4)
	void aPlacementMadeOnOneInstanceRemovesTheVacancyFromTheOthersShortlist() {
		assertThat(matched(get(b, "/api/children/truth-kid/carer-matches?top=100&excluded=all", 0))).contains("truth-home-b");
		long sequence = post(a, """
				{"source": "kinmap tests: a placement", "placements": [
				  {"id": "truth-pl-1", "child": "truth-other", "household": "truth-home-b", "type": "U4", "start": "2026-11-01"}]}
				""");
		Map<String, Object> matches = get(b, "/api/children/truth-kid/carer-matches?top=100&excluded=all", sequence);
		assertThat(matched(matches)).doesNotContain("truth-home-b");
		assertThat(excluded(matches)).contains("truth-home-b");
	}

	@Test
	@Order(5)
	void aParentLinksTypeChangedOnOneInstanceChangesTheOthersSiblingGroups() {
		assertThat(siblingKind(get(a, "/api/children/truth-kid/siblings", 0), "truth-bro")).isEqualTo("full");
		long sequence = post(b, """
				{"source": "kinmap tests: a step-father", "parentLinks": [
				  {"parent": "truth-dad", "child": "truth-bro", "type": "step"}]}
				""");
		assertThat(siblingKind(get(a, "/api/children/truth-kid/siblings", sequence), "truth-bro")).isEqualTo("half_maternal");
		long took = within(FOLLOWS_WITHIN, () -> "half_maternal"
			.equals(siblingKind(get(a, "/api/children/truth-kid/siblings", 0), "truth-bro")));
		System.out.printf("TwoInstancesIT: the changed link was in A's sibling group after %d ms%n", took);
	}

	@Test
	@Order(6)
	void writesByPlainCypherAreNoticed() {
		assertThat(candidates(get(a, "/api/children/truth-kid/relatives?unassessed=true", 0))).contains("truth-uncle");
		cypher.query("MATCH (u:Person {id: 'truth-uncle'}) SET u.riskToChildren = true").run();
		long took = within(NOTICED_WITHIN, () -> {
			Map<String, Object> workList = get(a, "/api/children/truth-kid/relatives?unassessed=true", 0);
			return !candidates(workList).contains("truth-uncle") && ids(workList.get("riskFlagged")).contains("truth-uncle");
		});
		System.out.printf("TwoInstancesIT: a risk flag set with Cypher was noticed on A after %d ms%n", took);

		cypher.query("MATCH (g:Person {id: 'truth-gran'}) CREATE (g)-[:PARENT_OF {type: 'birth'}]->"
				+ "(:Person {id: 'truth-aunt-2', givenName: 'Tess', familyName: 'Truth', sex: 'female', birthDate: '1997',"
				+ " riskToChildren: false})").run();
		took = within(NOTICED_WITHIN, () -> candidates(get(b, "/api/children/truth-kid/relatives?unassessed=true", 0))
			.contains("truth-aunt-2"));
		System.out.printf("TwoInstancesIT: a relative created with Cypher was noticed on B after %d ms%n", took);

		// A name changed with Cypher changes no count: the embedded database (A's) sees the transaction commit.
		cypher.query("MATCH (p:Person {id: 'truth-aunt-2'}) SET p.givenName = 'Tessa'").run();
		took = within(NOTICED_WITHIN, () -> names(get(b, "/api/children/truth-kid/relatives?unassessed=true", 0))
			.contains("Tessa Truth"));
		System.out.printf("TwoInstancesIT: a name changed with Cypher was noticed on B after %d ms%n", took);
	}

	@Test
	@Order(7)
	void eachInstanceSaysHowFarItHasAppliedAndEntriesEveryInstanceIsPastArePruned() {
		within(Duration.ofSeconds(15), () -> cypher.query("MATCH (f:ChangeFollower) WHERE f.seenAt > datetime() - duration('PT10S') "
				+ "RETURN count(f) AS n").fetchAs(Long.class).one().orElse(0L) >= 2);
		long floor = cypher.query("MATCH (f:ChangeFollower) WHERE f.seenAt > datetime() - duration('PT2M') RETURN min(f.sequence) AS s")
			.fetchAs(Long.class).one().orElseThrow();
		assertThat(floor).isPositive();
		long pruned = context.getBean(ChangeLog.class).prune(ChangeFeed.ALIVE, "PT0S");
		assertThat(pruned).isPositive();
		assertThat(cypher.query("MATCH (c:Change) WHERE c.sequence < $floor RETURN count(c) AS n").bind(floor).to("floor")
			.fetchAs(Long.class).one()).contains(0L);

		// Both instances still follow: a new relative through A is on B's work list.
		long sequence = post(a, """
				{"source": "kinmap tests: a cousin", "persons": [%s],
				 "parentLinks": [{"parent": "truth-aunt", "child": "truth-cousin", "type": "birth"}]}
				""".formatted(person("truth-cousin", "Finn", "male", "2014-01-01", false)));
		assertThat(sequence).isGreaterThan(floor);
		within(FOLLOWS_WITHIN, () -> ids(get(b, "/api/children/truth-kid/relatives", 0).get("relatives")).contains("truth-cousin"));
	}

	// ---- helpers

	private static String person(String id, String given, String sex, String born, boolean risk) {
		return """
				{"id": "%s", "givenName": "%s", "familyName": "Truth", "sex": "%s", "birthDate": "%s",
				 "latitude": 53.41, "longitude": -2.95, "riskToChildren": %s%s}"""
			.formatted(id, given, sex, born, risk, risk ? ", \"riskNote\": \"Fictional flag set by a test.\"" : "");
	}

	private static String household(String id, String member) {
		return """
				{"id": "%s", "name": "Fictional test household", "postcode": "KM1 1AA", "latitude": 53.41, "longitude": -2.95,
				 "members": [{"person": "%s", "role": "carer", "from": "2020-01-01"}],
				 "carer": {"agency": "Kinmouth Fostering Service", "agencyType": "local_authority",
				  "approvals": [{"id": "%s-ap", "kind": "long_term", "minAge": 0, "maxAge": 17, "maxChildren": 1,
				    "siblingGroupsConsidered": false, "approvedOn": "2020-01-01", "expiresOn": "2030-01-01"}],
				  "pets": {"dogs": 0, "cats": 0, "other": []}, "smoking": false, "languages": ["English"], "skills": []}}"""
			.formatted(id, member, id);
	}

	/** Posts a network document; returns the sequence the write answered with. */
	private static long post(TestRestTemplate http, String json) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		ResponseEntity<Map> response = http.postForEntity("/api/networks", new HttpEntity<>(json, headers), Map.class);
		assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.OK);
		return Long.parseLong(response.getHeaders().getFirst(ReadYourWrites.HEADER));
	}

	/** Reads, sending the sequence the caller has seen (0: none). */
	@SuppressWarnings("unchecked")
	private static Map<String, Object> get(TestRestTemplate http, String path, long sequence) {
		HttpHeaders headers = new HttpHeaders();
		if (sequence > 0) {
			headers.set(ReadYourWrites.HEADER, Long.toString(sequence));
		}
		ResponseEntity<Map> response = http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), Map.class);
		assertThat(response.getStatusCode()).as("%s %s", path, response.getBody()).isEqualTo(HttpStatus.OK);
		return response.getBody();
	}

	private static List<String> candidates(Map<String, Object> workList) {
		return ids(workList.get("candidates"));
	}

	@SuppressWarnings("unchecked")
	private static List<String> ids(Object rows) {
		return ((List<Map<String, Object>>) rows).stream().map(r -> (String) r.get("personId")).toList();
	}

	@SuppressWarnings("unchecked")
	private static List<String> names(Map<String, Object> workList) {
		return ((List<Map<String, Object>>) workList.get("candidates")).stream().map(r -> (String) r.get("name")).toList();
	}

	@SuppressWarnings("unchecked")
	private static List<String> matched(Map<String, Object> matches) {
		return ((List<Map<String, Object>>) matches.get("matches")).stream().map(m -> (String) m.get("householdId")).toList();
	}

	@SuppressWarnings("unchecked")
	private static List<String> excluded(Map<String, Object> matches) {
		return ((List<Map<String, Object>>) matches.get("excluded")).stream().map(m -> (String) m.get("householdId")).toList();
	}

	@SuppressWarnings("unchecked")
	private static String siblingKind(Map<String, Object> siblings, String sibling) {
		return ((List<Map<String, Object>>) siblings.get("siblings")).stream().filter(s -> sibling.equals(s.get("personId")))
			.map(s -> (String) s.get("kind")).findFirst().orElse(null);
	}

	/**
	 * Asks until the condition holds; fails if a request begun after {@code max} still finds it false. Returns when
	 * the request that found it true began (a request's own time on this busy machine is not the copy's lag).
	 */
	private static long within(Duration max, Supplier<Boolean> condition) {
		long start = System.nanoTime();
		while (true) {
			long asked = System.nanoTime() - start;
			if (condition.get()) {
				return asked / 1_000_000;
			}
			if (asked > max.toNanos()) {
				throw new AssertionError("Not within " + max);
			}
			try {
				Thread.sleep(5);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError(ex);
			}
		}
	}
}
