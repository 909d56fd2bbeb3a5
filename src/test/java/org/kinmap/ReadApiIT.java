package org.kinmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The read API over the fixtures' fictional authority. */
@KinmapIntegrationTest
class ReadApiIT {

	@Autowired
	TestRestTemplate http;

	@Test
	void listsEveryChildInCareWithTheirCurrentPlacement() {
		List<Map<String, Object>> children = http.getForObject("/api/children", List.class);
		assertThat(children).hasSizeGreaterThanOrEqualTo(40);
		// The fixtures' children all have a placement; children other classes import may have none yet.
		assertThat(children.stream().filter(c -> ((String) c.get("id")).startsWith("p-"))).hasSizeGreaterThanOrEqualTo(40)
			.allSatisfy(c -> {
			assertThat(c.get("id")).isNotNull();
			assertThat(c.get("legalStatus")).isNotNull();
			assertThat(c.get("currentPlacement")).as("current placement of %s", c.get("id")).isNotNull();
		});
	}

	@Test
	void showsAChildWithCareRecordPlacementsNeedsAndAssessments() {
		List<Map<String, Object>> children = http.getForObject("/api/children", List.class);
		String id = (String) children.get(0).get("id");
		Map<String, Object> child = http.getForObject("/api/children/" + id, Map.class);
		assertThat(child).containsKeys("care", "currentPlacement", "placements", "needs", "assessments", "contacts");
		assertThat((Map<String, Object>) child.get("needs")).containsOnlyKeys("views", "health", "education",
				"emotionalBehavioural", "identity", "familyRelationships", "socialPresentation", "selfCare", "contact");
	}

	@Test
	void showsCarerHouseholdsWithVacanciesDerivedFromPlacements() {
		List<Map<String, Object>> carers = http.getForObject("/api/carers", List.class);
		assertThat(carers).hasSizeGreaterThanOrEqualTo(60);
		assertThat(carers).allSatisfy(c -> assertThat((Integer) c.get("vacancies"))
			.isEqualTo(Math.max(0, (Integer) c.get("capacity") - (Integer) c.get("placed"))));
		List<Map<String, Object>> withRoom = http.getForObject("/api/carers?vacancies=true", List.class);
		assertThat(withRoom).isNotEmpty().allSatisfy(c -> assertThat((Integer) c.get("vacancies")).isPositive());
		String id = (String) carers.get(0).get("id");
		Map<String, Object> carer = http.getForObject("/api/carers/" + id, Map.class);
		assertThat(carer).containsKeys("members", "approvals", "capacity", "placedChildren");
	}

	@Test
	void showsAPersonWithTheirLinks() {
		List<Map<String, Object>> children = http.getForObject("/api/children", List.class);
		String id = (String) children.get(0).get("id");
		Map<String, Object> person = http.getForObject("/api/persons/" + id, Map.class);
		assertThat(person).containsEntry("lookedAfter", true);
		assertThat((List<?>) person.get("parents")).isNotNull();
	}

	@Test
	void unknownIdsAndBadParametersGetProblemResponses() {
		ResponseEntity<Map> person = http.getForEntity("/api/persons/no-such-person", Map.class);
		assertThat(person.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(person.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(person.getBody()).containsEntry("detail", "No person has the id 'no-such-person'");
		assertThat(http.getForEntity("/api/children/no-such-child", Map.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(http.getForEntity("/api/carers/no-such-carer", Map.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		ResponseEntity<Map> noFilter = http.getForEntity("/api/persons", Map.class);
		assertThat(noFilter.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(noFilter.getBody()).containsEntry("detail", "Give exactly one of the parameters sourceId and familyName");
		assertThat(http.getForEntity("/api/carers?vacancies=maybe", Map.class).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
	}

	@Test
	void servesHealthAndOpenApi() {
		assertThat(http.getForObject("/actuator/health", Map.class)).containsEntry("status", "UP");
		Map<String, Object> api = http.getForObject("/v3/api-docs", Map.class);
		assertThat(((Map<String, Object>) api.get("paths"))).containsKeys("/api/networks", "/api/children",
				"/api/children/{id}", "/api/carers", "/api/carers/{id}", "/api/persons/{id}");
	}
}
