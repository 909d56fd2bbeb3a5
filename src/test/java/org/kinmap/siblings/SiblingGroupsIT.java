package org.kinmap.siblings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.kinmap.KinmapIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The sibling API over two hand-built split groups imported on top of the fixtures: the Marsh children (half-siblings
 * by two fathers, an older brother at home, split contrary to their assessment, a carer who now has room for all)
 * and the Hale twins (placed apart, unassessed, no contact). Recording assessments changes the twins' state, so it
 * runs last. The document is imported with ids of this class's own ({@value #PREFIX}, not the document's {@code sib-}):
 * {@code SiblingScopeIT} imports the same families, and what is recorded here must not reach its copy, nor anything
 * it does reach this one, whichever class runs first in the one shared context.
 */
@KinmapIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@SuppressWarnings({ "unchecked", "rawtypes" })
class SiblingGroupsIT {

	static final String PREFIX = "sgi-";

	static final String MARSH = SiblingGroup.idOf(List.of("sgi-amy", "sgi-ben", "sgi-cal", "sgi-sam"));
	static final String HALE = SiblingGroup.idOf(List.of("sgi-tia", "sgi-tom"));

	@Autowired
	TestRestTemplate http;

	@BeforeAll
	void importTheFamilies() throws Exception {
		String json = new ClassPathResource("networks/split-siblings.json").getContentAsString(StandardCharsets.UTF_8)
			.replace("\"sib-", "\"" + PREFIX);
		assertThat(json).doesNotContain("\"sib-");
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		ResponseEntity<Map> response = http.postForEntity("/api/networks", new HttpEntity<>(json, headers), Map.class);
		assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.OK);
	}

	Map<String, Object> group(String id) {
		ResponseEntity<Map> response = http.getForEntity("/api/sibling-groups/" + id, Map.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		return response.getBody();
	}

	@Test
	void theMarshChildrenAreSplitContraryToTheirAssessment() {
		Map<String, Object> g = group(MARSH);
		assertThat(g.get("split")).isEqualTo(true);
		assertThat((List<Map<String, Object>>) g.get("members")).extracting(m -> m.get("personId") + " " + m.get("age") + " " + m.get("living"))
			.containsExactly("sgi-sam 16 at_home", "sgi-amy 9 carer_household", "sgi-ben 7 carer_household",
					"sgi-cal 4 carer_household");
		assertThat((List<Map<String, Object>>) g.get("relations"))
			.extracting(r -> ((Map) r.get("a")).get("personId") + "-" + ((Map) r.get("b")).get("personId") + " " + r.get("kind"))
			.containsExactly("sgi-amy-sgi-ben full", "sgi-amy-sgi-cal half_maternal", "sgi-amy-sgi-sam half_maternal",
					"sgi-ben-sgi-cal half_maternal", "sgi-ben-sgi-sam half_maternal", "sgi-cal-sgi-sam half_maternal");

		Map<String, Object> split = (Map<String, Object>) g.get("splitDetail");
		assertThat(split.get("assessmentState")).isEqualTo("contrary_to_assessment");
		assertThat(((Map) split.get("assessment")).get("id")).isEqualTo("sgi-toa-1");
		assertThat((List<Map<String, Object>>) split.get("households")).extracting(h -> h.get("key"))
			.containsExactly("sgi-h-holly", "sgi-h-oak", "sgi-h-mum");
		assertThat((List<Map<String, Object>>) split.get("distances")).extracting(d -> d.get("km"))
			.containsExactly(8.0, 3.5, 4.6);
		List<Map<String, Object>> pairs = (List<Map<String, Object>>) split.get("separatedPairs");
		assertThat(pairs).hasSize(5);
		assertThat(pairs).filteredOn(p -> Boolean.TRUE.equals(p.get("noContactRecorded")))
			.extracting(p -> ((Map) p.get("a")).get("personId") + "-" + ((Map) p.get("b")).get("personId"))
			.containsExactly("sgi-amy-sgi-cal", "sgi-ben-sgi-sam", "sgi-cal-sgi-sam");
		assertThat(pairs.get(0)).containsEntry("separatedOn", "2024-01-10").containsEntry("assessed", "together");
		assertThat(split.get("separatedOn")).isEqualTo("2024-01-10");
		assertThat((List<String>) split.get("changes")).contains(
				"Cal Pike became looked after on 2025-11-02, after the assessment.",
				"Oakes household could now take all 3 children together (room since 2026-09-01).",
				"Ashe household could now take all 3 children together (room since 2024-06-30).");
		assertThat((List<String>) split.get("changes")).first().isEqualTo("Cal Pike became looked after on 2025-11-02, after the assessment.");
		assertThat((List<String>) split.get("reviewReasons")).startsWith(
				"Amy Dunn and Ben Dunn live apart although the assessment recommended they live together.");

		List<Map<String, Object>> options = (List<Map<String, Object>>) g.get("reunificationOptions");
		assertThat(options.get(0)).containsEntry("householdId", "sgi-h-oak").containsEntry("moves", 1)
			.containsEntry("averageKm", 8.0);
		assertThat(options).extracting(o -> o.get("householdId")).contains("sgi-h-ash").doesNotContain("sgi-h-holly", "sgi-h-elm");
	}

	@Test
	void theHaleTwinsArePlacedApartUnassessedWithoutContact() {
		Map<String, Object> g = group(HALE);
		Map<String, Object> relation = ((List<Map<String, Object>>) g.get("relations")).get(0);
		assertThat(relation).containsEntry("kind", "full").containsEntry("multipleBirth", "twin")
			.containsEntry("zygosity", "fraternal");
		Map<String, Object> split = (Map<String, Object>) g.get("splitDetail");
		assertThat(split.get("assessmentState")).isEqualTo("unassessed");
		assertThat(split.get("separatedOn")).isEqualTo("2024-06-30");
		assertThat((List<Map<String, Object>>) split.get("separatedPairs")).singleElement()
			.satisfies(p -> assertThat(p).containsEntry("noContactRecorded", true));
		List<Map<String, Object>> options = (List<Map<String, Object>>) g.get("reunificationOptions");
		assertThat(options.get(0)).containsEntry("householdId", "sgi-h-elm").containsEntry("moves", 1)
			.containsEntry("averageKm", 10.0);
		assertThat(options).extracting(o -> o.get("householdId")).doesNotContain("sgi-h-ash");
	}

	@Test
	void listsFiltersAndOneChildsSiblings() {
		List<Map<String, Object>> split = http.getForObject("/api/sibling-groups?split=true", List.class);
		assertThat(split).extracting(g -> g.get("id")).contains(MARSH, HALE);
		assertThat(split).allSatisfy(g -> assertThat(g.get("split")).isEqualTo(true));
		List<Map<String, Object>> notInCare = http.getForObject("/api/sibling-groups?inCare=false", List.class);
		assertThat(notInCare).extracting(g -> g.get("id")).doesNotContain(MARSH, HALE);
		Map<String, Object> row = split.stream().filter(g -> MARSH.equals(g.get("id"))).findFirst().orElseThrow();
		assertThat(row).containsEntry("size", 4).containsEntry("lookedAfter", 3)
			.containsEntry("assessmentState", "contrary_to_assessment").containsEntry("reviewNeeded", true);

		Map<String, Object> amy = http.getForObject("/api/children/sgi-amy/siblings", Map.class);
		assertThat(amy).containsEntry("groupId", MARSH);
		assertThat((List<Map<String, Object>>) amy.get("siblings"))
			.extracting(s -> s.get("personId") + " " + s.get("kind") + " " + s.get("living"))
			.containsExactly("sgi-ben full carer_household", "sgi-cal half_maternal carer_household",
					"sgi-sam half_maternal at_home");

		Map<String, Object> withStep = http.getForObject("/api/sibling-groups/" + MARSH + "?kinds=full", Map.class);
		assertThat(withStep.get("status")).isEqualTo(404);
		Map<String, Object> fullOnly = http.getForObject("/api/children/sgi-amy/siblings?kinds=full", Map.class);
		assertThat((List<Map<String, Object>>) fullOnly.get("siblings")).extracting(s -> s.get("personId"))
			.containsExactly("sgi-ben");
	}

	@Test
	void theSummaryCountsTheseSplits() {
		Map<String, Object> summary = http.getForObject("/api/sibling-groups/summary", Map.class);
		assertThat((Integer) summary.get("splitGroups")).isGreaterThanOrEqualTo(2);
		assertThat((Integer) summary.get("splitsContraryToAssessment")).isGreaterThanOrEqualTo(1);
		assertThat((Integer) summary.get("unassessedSplits")).isGreaterThanOrEqualTo(1);
		assertThat((Integer) summary.get("separatedPairsWithoutContact")).isGreaterThanOrEqualTo(4);
		assertThat((Integer) summary.get("groupsWithReunificationOption")).isGreaterThanOrEqualTo(2);
		assertThat((List<String>) summary.get("kinds")).containsExactly("full", "half_maternal", "half_paternal",
				"half_unknown", "adoptive", "unknown", "raised_together");
	}

	@Test
	void unknownGroupsPersonsAndKindsAreProblems() {
		ResponseEntity<Map> missing = http.getForEntity("/api/sibling-groups/sg-000000000000", Map.class);
		assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(missing.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(http.getForEntity("/api/children/nobody/siblings", Map.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		ResponseEntity<Map> badKind = http.getForEntity("/api/sibling-groups?kinds=cousin", Map.class);
		assertThat(badKind.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(badKind.getBody()).containsEntry("detail",
				"Parameter 'kinds' cannot take 'cousin'; use any of full, half, step, adoptive, raised_together, unknown");
		assertThat(http.getForEntity("/api/sibling-groups?split=perhaps", Map.class).getStatusCode())
			.isEqualTo(HttpStatus.BAD_REQUEST);
	}
	ResponseEntity<Map> send(HttpMethod method, String path, String json) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return http.exchange(path, method, new HttpEntity<>(json, headers), Map.class);
	}

	static final String TWINS_APART = """
			{"children": ["sgi-tia", "sgi-tom"], "recommendation": "apart", "reasons": "Tom's needs call for a carer of his own for now",
			 "requestedOn": "2026-10-01", "concludedOn": "2026-11-01", "assessor": "R. Shah",
			 "views": [{"child": "sgi-tia", "views": "Wants to see Tom at weekends"}],
			 "pairs": [{"children": ["sgi-tom", "sgi-tia"], "quality": "warm", "placeTogether": false}]}
			""";

	@Test
	@Order(Integer.MAX_VALUE)
	void recordingAndReplacingAnAssessmentChangesTheSplitsState() {
		ResponseEntity<Map> created = send(HttpMethod.POST, "/api/together-or-apart-assessments", TWINS_APART);
		assertThat(created.getStatusCode()).as("%s", created.getBody()).isEqualTo(HttpStatus.CREATED);
		String id = (String) created.getBody().get("id");
		assertThat(created.getHeaders().getLocation()).hasToString("/api/together-or-apart-assessments/" + id);
		assertThat(created.getBody()).containsEntry("status", "positive").containsEntry("recommendation", "apart")
			.containsEntry("recommendationLabel", "placed apart").containsEntry("concludedOn", "2026-11-01");
		assertThat((List<Map<String, Object>>) created.getBody().get("pairs")).singleElement()
			.satisfies(p -> assertThat(p).containsEntry("children", List.of("sgi-tia", "sgi-tom"))
				.containsEntry("quality", "warm").containsEntry("placeTogether", false));
		assertThat((List<Map<String, Object>>) created.getBody().get("views")).singleElement()
			.satisfies(v -> assertThat(v).containsEntry("child", "sgi-tia"));

		Map<String, Object> split = (Map<String, Object>) group(HALE).get("splitDetail");
		assertThat(split.get("assessmentState")).isEqualTo("as_assessed");
		assertThat(split.get("reviewNeeded")).isEqualTo(false);

		ResponseEntity<Map> replaced = send(HttpMethod.PUT, "/api/together-or-apart-assessments/" + id,
				TWINS_APART.replace("\"recommendation\": \"apart\"", "\"recommendation\": \"together\"")
					.replace("\"placeTogether\": false", "\"placeTogether\": true"));
		assertThat(replaced.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(replaced.getBody()).containsEntry("id", id).containsEntry("recommendation", "together");
		assertThat(((Map<String, Object>) group(HALE).get("splitDetail")).get("assessmentState"))
			.isEqualTo("contrary_to_assessment");
		assertThat(http.getForObject("/api/together-or-apart-assessments/" + id, Map.class)).containsEntry("assessor", "R. Shah");
	}

	@Test
	@Order(Integer.MAX_VALUE)
	void badAssessmentsAreProblemsAndNothingIsWritten() {
		ResponseEntity<Map> bad = send(HttpMethod.POST, "/api/together-or-apart-assessments", """
				{"children": ["sgi-amy", "sgi-tia"], "recommendation": "apart", "concludedOn": "2026-11-01"}
				""");
		assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
		assertThat(bad.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(bad.getBody()).containsEntry("detail", "The assessment has 2 problems. Nothing was recorded.");
		assertThat((List<Map<String, Object>>) bad.getBody().get("errors")).extracting(e -> e.get("pointer") + " " + e.get("message"))
			.containsExactly("/children the children are not all brothers and sisters of one another in kinmap",
					"/reasons a recommendation to place children apart needs its reasons");
		assertThat(send(HttpMethod.PUT, "/api/together-or-apart-assessments/no-such", TWINS_APART).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(send(HttpMethod.POST, "/api/together-or-apart-assessments", "{\"children\": [], \"colour\": 1}")
			.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(http.getForEntity("/api/together-or-apart-assessments/sgi-toa-1", Map.class).getBody())
			.containsEntry("recommendation", "together");
	}
}
