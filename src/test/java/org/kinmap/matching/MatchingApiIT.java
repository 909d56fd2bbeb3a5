package org.kinmap.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kinmap.KinmapIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The matching API over HTTP, on the Khan family and four carer households imported next to the fixtures, once for
 * the class: no test changes them (the one that imports uses a household of its own).
 */
@KinmapIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SuppressWarnings({ "unchecked", "rawtypes" })
class MatchingApiIT {

	@Autowired
	TestRestTemplate http;

	@BeforeAll
	void importTheKhanFamily() throws Exception {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		String doc = Files.readString(Path.of("src/test/resources/networks/matching-family.json"));
		ResponseEntity<Map> imported = http.postForEntity("/api/networks", new HttpEntity<>(doc, headers), Map.class);
		assertThat(imported.getStatusCode().is2xxSuccessful()).as(String.valueOf(imported.getBody())).isTrue();
	}

	private static Map<String, Object> byId(List<Map<String, Object>> rows, String id) {
		return rows.stream().filter(r -> id.equals(r.get("householdId"))).findFirst()
			.orElseThrow(() -> new AssertionError(id + " not in " + rows.stream().map(r -> r.get("householdId")).toList()));
	}

	@Test
	void ranksTheSiblingsCarerFirstAndExcludesWithReasons() {
		Map<String, Object> body = http.getForObject("/api/children/mt-aisha/carer-matches?top=3", Map.class);
		List<Map<String, Object>> matches = (List<Map<String, Object>>) body.get("matches");
		List<Map<String, Object>> excluded = (List<Map<String, Object>>) body.get("excluded");

		Map<String, Object> first = matches.get(0);
		assertThat(first).containsEntry("householdId", "mt-h-sibling").containsEntry("rank", 1)
			.containsEntry("keepsSiblingsTogether", true);
		List<Map<String, Object>> domains = (List<Map<String, Object>>) first.get("domains");
		assertThat(domains).extracting(d -> d.get("domain")).containsExactly("views", "health", "education",
				"emotionalBehavioural", "identity", "familyRelationships", "socialPresentation", "selfCare", "contact");
		assertThat(domains).allSatisfy(d -> {
			assertThat((Integer) d.get("score")).isBetween(0, 100);
			assertThat((List<String>) d.get("reasons")).isNotEmpty();
		});
		assertThat(domains.get(5).get("reasons").toString()).contains("Carer already looks after Aisha's brother Sami Khan.");
		assertThat(matches).hasSizeLessThanOrEqualTo(3);

		assertThat((List<String>) byId(excluded, "mt-h-dogs").get("reasons")).containsExactly("Has 2 dogs; Aisha is afraid of dogs.");
		assertThat((List<String>) byId(excluded, "mt-h-risk").get("reasons"))
			.containsExactly("A household member (Rob Vale) is flagged as a risk to children.");
		Map<String, Object> current = byId(excluded, "mt-h-now");
		assertThat(current).containsEntry("currentCarer", true);
		assertThat(current.get("reasons").toString()).contains("Approved for short-term fostering only");
		assertThat(matches).noneMatch(m -> List.of("mt-h-dogs", "mt-h-risk", "mt-h-now").contains(m.get("householdId")));

		Map<String, Object> weights = (Map<String, Object>) body.get("weights");
		assertThat((Map<String, Object>) weights.get("weights")).containsEntry("contact", 1.5).containsEntry("identity", 1.0);
		assertThat((String) weights.get("basis")).startsWith("Long-term fostering with strong family links");
		assertThat((Integer) body.get("householdsEvaluated")).isGreaterThanOrEqualTo(4);
	}

	@Test
	void weightsCanBeChangedPerRequest() {
		Map<String, Object> body = http.getForObject("/api/children/mt-aisha/carer-matches?weight.identity=2&weight.contact=0",
				Map.class);
		Map<String, Object> weights = (Map<String, Object>) ((Map<String, Object>) body.get("weights")).get("weights");
		assertThat(weights).containsEntry("identity", 2.0).containsEntry("contact", 0.0);
		List<Map<String, Object>> domains = (List<Map<String, Object>>) ((List<Map<String, Object>>) body.get("matches")).get(0)
			.get("domains");
		assertThat(domains).filteredOn(d -> d.get("domain").equals("identity")).singleElement()
			.satisfies(d -> assertThat(d).containsEntry("weight", 2.0));
	}

	@Test
	void badParametersAndUnknownChildrenGetProblems() {
		ResponseEntity<Map> weight = http.getForEntity("/api/children/mt-aisha/carer-matches?weight.identity=heavy", Map.class);
		assertThat(weight.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(weight.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(weight.getBody()).containsEntry("detail", "Parameter 'weight.identity' must be a number from 0 to 10, not 'heavy'");
		assertThat(http.getForEntity("/api/children/mt-aisha/carer-matches?weight.looks=1", Map.class).getStatusCode())
			.isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(http.getForEntity("/api/children/mt-aisha/carer-matches?top=0", Map.class).getStatusCode())
			.isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(http.getForEntity("/api/children/mt-aisha/carer-matches?top=many", Map.class).getStatusCode())
			.isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(http.getForEntity("/api/children/mt-aisha/carer-matches?sort=name", Map.class).getStatusCode())
			.isEqualTo(HttpStatus.BAD_REQUEST);
		ResponseEntity<Map> unknown = http.getForEntity("/api/children/no-such-child/carer-matches", Map.class);
		assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(unknown.getBody()).containsEntry("detail", "No looked-after child has the id 'no-such-child'");
	}

	@Test
	void matchesASiblingGroupTogetherFirst() {
		Map<String, Object> request = Map.of("children", List.of("mt-aisha", "mt-sami"), "top", 5, "weights", Map.of("identity", "1.5"));
		ResponseEntity<Map> response = http.postForEntity("/api/matches", request, Map.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		Map<String, Object> body = response.getBody();
		assertThat(body).containsEntry("together", true);
		Map<String, Object> together = (Map<String, Object>) body.get("togetherMatches");
		List<Map<String, Object>> matches = (List<Map<String, Object>>) together.get("matches");
		assertThat(byId(matches, "mt-h-sibling")).containsEntry("vacancies", 3);
		assertThat((List<?>) body.get("splits")).isEmpty();
		assertThat(((Map<String, Object>) ((Map<String, Object>) together.get("weights")).get("weights")))
			.containsEntry("identity", 1.5);
		assertThat(http.postForEntity("/api/matches", Map.of("children", List.of("mt-aisha", "nobody")), Map.class).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(http.postForEntity("/api/matches", Map.of("children", List.of()), Map.class).getStatusCode())
			.isEqualTo(HttpStatus.BAD_REQUEST);
	}

	@Test
	void exclusionsAreCountedByRuleAndListedAsAsked() {
		Map<String, Object> all = http.getForObject("/api/children/mt-aisha/carer-matches?excluded=all", Map.class);
		List<Map<String, Object>> every = (List<Map<String, Object>>) all.get("excluded");
		assertThat((Integer) all.get("householdsExcluded")).isEqualTo(every.size())
			.isEqualTo((Integer) all.get("householdsEvaluated") - (Integer) all.get("householdsEligible"));
		Map<String, Integer> byRule = (Map<String, Integer>) all.get("exclusionsByRule");
		assertThat(byRule).containsEntry("no household member flagged as a risk",
				(int) every.stream().filter(x -> ((List<String>) x.get("reasons")).stream().anyMatch(r -> r.contains("flagged as a risk"))).count());
		assertThat(byRule.keySet()).first().isEqualTo("approval fits the plan");
		assertThat(http.getForObject("/api/children/mt-aisha/carer-matches", Map.class).get("excluded")).isEqualTo(every);

		// None asked for: the child's current carer is listed all the same, and the counts are still given.
		Map<String, Object> none = http.getForObject("/api/children/mt-aisha/carer-matches?excluded=0", Map.class);
		assertThat((List<Map<String, Object>>) none.get("excluded")).singleElement()
			.satisfies(x -> assertThat(x).containsEntry("householdId", "mt-h-now").containsEntry("currentCarer", true));
		assertThat(none).containsEntry("householdsExcluded", every.size()).containsEntry("exclusionsByRule", byRule);
		Map<String, Object> one = http.getForObject("/api/children/mt-aisha/carer-matches?excluded=1", Map.class);
		assertThat((List<Map<String, Object>>) one.get("excluded")).extracting(x -> x.get("householdId"))
			.contains(every.get(0).get("householdId"), "mt-h-now").hasSizeLessThanOrEqualTo(2);

		assertThat(http.getForEntity("/api/children/mt-aisha/carer-matches?excluded=some", Map.class).getStatusCode())
			.isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(http.getForEntity("/api/children/mt-aisha/carer-matches?excluded=-1", Map.class).getStatusCode())
			.isEqualTo(HttpStatus.BAD_REQUEST);
	}

	/**
	 * Matching keeps the carer households in memory between requests; an import that commits is seen by the next
	 * request (a new household, then a member flagged as a risk), and one that is rejected changes nothing.
	 */
	@Test
	void theNextShortlistSeesWhatAnImportChanged() {
		Map<String, Object> before = http.getForObject("/api/children/mt-aisha/carer-matches", Map.class);
		int evaluated = (Integer) before.get("householdsEvaluated");
		String id = "mt-h-new-" + System.nanoTime();
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		String household = """
				{"source": "kinmap tests: a new carer household", "persons": [{"id": "%1$s-carer", "givenName": "Ada",
				  "familyName": "Newman", "sex": "female", "birthDate": "1980-02-02"}],
				 "households": [{"id": "%1$s", "name": "Newman household", "postcode": "KM7 2BB", "latitude": 53.521,
				  "longitude": -2.701, "members": [{"person": "%1$s-carer", "role": "carer"}],
				  "carer": {"agency": "Kinmouth Council", "agencyType": "local_authority", "approvals": [{"id": "%1$s-ap",
				   "kind": "long_term", "minAge": 0, "maxAge": 18, "maxChildren": 2, "siblingGroupsConsidered": true,
				   "approvedOn": "2021-01-01", "expiresOn": "2029-01-01"}], "pets": {"dogs": 0, "cats": 0}, "smoking": false,
				   "languages": ["English"]}}]}
				""".formatted(id);
		assertThat(http.postForEntity("/api/networks", new HttpEntity<>(household, headers), Map.class).getStatusCode()
			.is2xxSuccessful()).isTrue();

		Map<String, Object> after = http.getForObject("/api/children/mt-aisha/carer-matches?top=100", Map.class);
		assertThat((Integer) after.get("householdsEvaluated")).isEqualTo(evaluated + 1);
		assertThat((List<Map<String, Object>>) after.get("matches")).extracting(m -> m.get("householdId")).contains(id);

		String risk = """
				{"source": "kinmap tests: a risk joins the new household", "persons": [{"id": "%1$s-lodger",
				  "givenName": "Lou", "familyName": "Dger", "sex": "male", "birthDate": "1970-03-03", "riskToChildren": true}],
				 "households": [{"id": "%1$s", "name": "Newman household", "postcode": "KM7 2BB", "latitude": 53.521,
				  "longitude": -2.701, "members": [{"person": "%1$s-carer", "role": "carer"}, {"person": "%1$s-lodger",
				  "role": "adult"}],
				  "carer": {"agency": "Kinmouth Council", "agencyType": "local_authority", "approvals": [{"id": "%1$s-ap",
				   "kind": "long_term", "minAge": 0, "maxAge": 18, "maxChildren": 2, "siblingGroupsConsidered": true,
				   "approvedOn": "2021-01-01", "expiresOn": "2029-01-01"}], "pets": {"dogs": 0, "cats": 0}, "smoking": false,
				   "languages": ["English"]}}]}
				""".formatted(id);
		assertThat(http.postForEntity("/api/networks", new HttpEntity<>(risk, headers), Map.class).getStatusCode()
			.is2xxSuccessful()).isTrue();
		String rejected = """
				{"source": "kinmap tests: invalid", "households": [{"id": "%1$s", "name": "Newman household",
				  "members": [{"person": "nobody-at-all", "role": "carer"}]}]}
				""".formatted(id);
		assertThat(http.postForEntity("/api/networks", new HttpEntity<>(rejected, headers), Map.class).getStatusCode()
			.is4xxClientError()).isTrue();

		Map<String, Object> flagged = http.getForObject("/api/children/mt-aisha/carer-matches?top=100", Map.class);
		assertThat((Integer) flagged.get("householdsEvaluated")).isEqualTo(evaluated + 1);
		assertThat((List<String>) byId((List<Map<String, Object>>) flagged.get("excluded"), id).get("reasons"))
			.containsExactly("A household member (Lou Dger) is flagged as a risk to children.");
	}
}
