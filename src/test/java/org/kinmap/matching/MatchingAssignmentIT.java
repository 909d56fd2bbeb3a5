package org.kinmap.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kinmap.KinmapIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** {@code POST /api/matches/assignment} over HTTP on the Kinmouth fixtures (today 2026-11-22). */
@KinmapIntegrationTest
@SuppressWarnings({ "unchecked", "rawtypes" })
class MatchingAssignmentIT {

	@Autowired
	TestRestTemplate http;

	private ResponseEntity<Map> post(String json) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return http.postForEntity("/api/matches/assignment", new HttpEntity<>(json, headers), Map.class);
	}

	private static List<Map<String, Object>> list(Map<String, Object> body, String key) {
		return (List<Map<String, Object>>) body.get(key);
	}

	private static String id(Map<String, Object> row) {
		return (String) ((Map<String, Object>) row.get("child")).get("id");
	}

	@Test
	void assignsTheChildrenWaitingForAPermanentPlacement() {
		ResponseEntity<Map> response = post("{}");
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		Map<String, Object> body = response.getBody();
		assertThat((String) body.get("advice")).startsWith("Advisory");
		List<Map<String, Object>> proposals = list(body, "proposals");
		List<Map<String, Object>> unplaced = list(body, "unplaced");
		List<String> considered = new java.util.ArrayList<>();
		proposals.forEach(p -> considered.add(id(p)));
		unplaced.forEach(u -> considered.add(id(u)));
		assertThat(considered).hasSize((Integer) body.get("childrenConsidered"));
		// Waiting: Kwame Mensah (long-term fostering, with short-term carers); not waiting: Atta, with long-term carers.
		assertThat(considered).contains("p-mensah-kwame", "p-doyle-ruby").doesNotContain("p-mensah-atta",
				"p-mcdonagh-johnny");

		Map<String, Integer> given = new HashMap<>();
		for (Map<String, Object> p : proposals) {
			Map<String, Object> household = (Map<String, Object>) p.get("household");
			given.merge((String) household.get("householdId"), 1, Integer::sum);
			assertThat(((Number) household.get("score")).doubleValue()).isBetween(0.0, 100.0);
			assertThat(list(p, "domains")).hasSize(9).allSatisfy(d -> assertThat((List<?>) d.get("reasons")).isNotEmpty());
			assertThat((Integer) household.get("placesLeft")).isGreaterThanOrEqualTo(0);
		}
		// Kwame can go only where a long-term approval for 0-12 has a place and no wheelchair is needed.
		assertThat(proposals).filteredOn(p -> id(p).equals("p-mensah-kwame")).singleElement()
			.satisfies(p -> assertThat(p.get("runnerUp")).isNotNull());
		// Ruby's plan is a connected-person order: no household fits it, and the reason says so.
		assertThat(unplaced).filteredOn(u -> id(u).equals("p-doyle-ruby")).singleElement().satisfies(u -> {
			assertThat(u).containsEntry("feasibleHouseholds", 0);
			assertThat((String) u.get("reason")).startsWith("No household passes the hard constraints for Ruby")
				.contains("fail 'approval fits the plan'");
			assertThat((Map<String, Integer>) u.get("exclusionsByRule")).containsKey("approval fits the plan");
		});
		assertThat((Integer) body.get("vacanciesLeft") + proposals.size()).isEqualTo(body.get("vacancies"));
	}

	@Test
	void assignsTheChildrenNamedKeepingTheMensahTwinsTogether() {
		ResponseEntity<Map> response = post("{\"children\": [\"p-mensah-kwame\", \"p-mensah-atta\", \"p-ahmed-ibrahim\"], "
				+ "\"weights\": {\"identity\": \"2\"}}");
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		Map<String, Object> body = response.getBody();
		assertThat(body).containsEntry("childrenConsidered", 3).containsEntry("weightsChanged", List.of("identity 2"));
		assertThat(list(body, "siblingGroups")).singleElement().satisfies(g -> {
			assertThat(g).containsEntry("together", true).containsEntry("householdId", "h-car-019");
		});
		assertThat(list(body, "proposals")).filteredOn(p -> id(p).startsWith("p-mensah")).hasSize(2).allSatisfy(p -> {
			assertThat(((Map<String, Object>) p.get("household")).get("householdId")).isEqualTo("h-car-019");
			assertThat(p).containsEntry("withSiblings", true);
		});
		assertThat(list(body, "proposals")).filteredOn(p -> id(p).equals("p-ahmed-ibrahim")).singleElement()
			.satisfies(p -> assertThat((String) p.get("weightsBasis")).contains("identity 2.0"));
	}

	@Test
	void badBodiesGetProblems() {
		ResponseEntity<Map> empty = post("{\"children\": []}");
		assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(empty.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(post("{\"children\": [\"p-mensah-kwame\", \"p-mensah-kwame\"]}").getStatusCode())
			.isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(post("{\"children\": [\"p-mensah-kwame\"], \"weights\": {\"looks\": \"1\"}}").getStatusCode())
			.isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(post("{\"children\": [\"\"]}").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(post("{\"children\": ").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		ResponseEntity<Map> unknown = post("{\"children\": [\"p-mensah-kwame\", \"nobody\"]}");
		assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(unknown.getBody()).containsEntry("detail", "No looked-after child has the id 'nobody'");
	}
}
