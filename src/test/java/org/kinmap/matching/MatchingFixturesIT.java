package org.kinmap.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.kinmap.KinmapIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The expected matching answers of {@code fixtures/README.md} (Kinmouth on 2026-11-22) over HTTP. The README's
 * appendix A5 is plan-blind (a current short- or long-term approval is enough); matching also applies the plan
 * ("approval fits the plan"), so where a child's plan is long-term fostering the short-term-only households of A5
 * are excluded for that reason alone, and the tests say so.
 */
@KinmapIntegrationTest
@SuppressWarnings("unchecked")
class MatchingFixturesIT {

	@Autowired
	TestRestTemplate http;

	private Map<String, Object> matches(String childId) {
		ResponseEntity<Map> response = http.getForEntity("/api/children/" + childId + "/carer-matches?top=100", Map.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		return response.getBody();
	}

	private static List<Map<String, Object>> list(Map<String, Object> body, String key) {
		return (List<Map<String, Object>>) body.get(key);
	}

	/** Households on the shortlist among {@code h-car-*}, as their three-digit numbers. */
	private static Set<String> eligible(Map<String, Object> body) {
		return numbers(list(body, "matches").stream().map(m -> (String) m.get("householdId")));
	}

	private static Set<String> numbers(Stream<String> ids) {
		return ids.filter(id -> id.startsWith("h-car-")).map(id -> id.substring("h-car-".length()))
			.collect(Collectors.toCollection(TreeSet::new));
	}

	private static Set<String> set(String numbers) {
		return new TreeSet<>(List.of(numbers.split(" ")));
	}

	private static List<String> reasons(Map<String, Object> body, String householdId) {
		return list(body, "excluded").stream().filter(x -> householdId.equals(x.get("householdId"))).findFirst()
			.map(x -> (List<String>) x.get("reasons"))
			.orElseThrow(() -> new AssertionError(householdId + " is not excluded"));
	}

	@Test
	void johnnyMcDonaghIsNotOfferedHouseholdsWithDogs() {
		Map<String, Object> body = matches("p-mcdonagh-johnny");
		// His plan (return home) lets any placement approval fit, so the shortlist is exactly appendix A5's.
		assertThat(eligible(body)).isEqualTo(set("002 005 008 009 011 018 019 025 034 035 036 038 040 042 047 050 053 "
				+ "055 057 058 059"));
		assertThat(reasons(body, "h-car-010")).containsExactly("Has 2 dogs; Johnny is afraid of dogs.");
		for (String dogs : set("004 007 010 012 020 023 029 031 032 037 043 061 062 063")) {
			assertThat(reasons(body, "h-car-" + dogs)).as("h-car-" + dogs).anyMatch(r -> r.contains("Johnny is afraid of dogs."));
		}
		assertThat(list(body, "matches")).filteredOn(m -> "h-car-008".equals(m.get("householdId"))).singleElement()
			.satisfies(m -> assertThat(m).containsEntry("currentCarer", true));
	}

	@Test
	void ibrahimAhmedIsNotOfferedHouseholdsWithCats() {
		Map<String, Object> body = matches("p-ahmed-ibrahim");
		for (String cats : set("009 023 029 037 040 042 045 049 063")) {
			assertThat(reasons(body, "h-car-" + cats)).as("h-car-" + cats).anyMatch(r -> r.contains("Ibrahim is allergic to cats."));
		}
		Set<String> a5 = set("003 004 006 010 011 012 018 019 020 025 031 032 033 034 035 036 038 046 047 050 051 053 055 "
				+ "057 058 059 061");
		Set<String> shortTermOnly = set("010 011 018 020 032 034 036 055 061");
		Set<String> expected = new TreeSet<>(a5);
		expected.removeAll(shortTermOnly);
		assertThat(eligible(body)).isEqualTo(expected);
		for (String h : shortTermOnly) {
			assertThat(reasons(body, "h-car-" + h)).as("h-car-" + h)
				.containsExactly("Approved for short-term fostering only; a plan of long-term fostering needs long-term "
						+ "fostering or connected person (full approval).");
		}
		// The Hussains, his carers now: the place he fills counts as his.
		assertThat(list(body, "matches")).filteredOn(m -> "h-car-003".equals(m.get("householdId"))).singleElement()
			.satisfies(m -> assertThat(m).containsEntry("currentCarer", true));
	}

	@Test
	void rubyDoyleIsNotOfferedHouseholdsWithCats() {
		Map<String, Object> body = matches("p-doyle-ruby");
		for (String cats : set("009 023 029 037 040 042 045 049 063")) {
			assertThat(reasons(body, "h-car-" + cats)).as("h-car-" + cats).anyMatch(r -> r.contains("Ruby is allergic to cats."));
		}
		// Her plan is a connected-person special guardianship order: no h-car household's approval fits it, and
		// every connected-person household is full. A5 (plan-blind) lists 18; matching proposes none.
		assertThat(eligible(body)).isEmpty();
		assertThat(reasons(body, "h-car-002")).singleElement().asString().startsWith("Approved for short-term fostering only");
	}

	@Test
	void attaMensahIsEligibleOnlyAtTheTwoAccessibleHomes() {
		Map<String, Object> body = matches("p-mensah-atta");
		assertThat(list(body, "matches")).extracting(m -> m.get("householdId")).containsExactlyInAnyOrder("h-car-017", "h-car-019");
		assertThat(list(body, "matches")).filteredOn(m -> "h-car-017".equals(m.get("householdId"))).singleElement()
			.satisfies(m -> assertThat(m).containsEntry("currentCarer", true));
		assertThat(reasons(body, "h-car-057")).containsExactly("Not wheelchair accessible; Atta uses a wheelchair.");
	}

	@Test
	void onlyTheDohertysCanTakeTheFourMcDonaghChildrenTogether() {
		ResponseEntity<Map> response = http.postForEntity("/api/matches", Map.of("children",
				List.of("p-mcdonagh-bridget", "p-mcdonagh-patrick", "p-mcdonagh-johnny", "p-mcdonagh-mary"), "top", 10), Map.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		Map<String, Object> body = response.getBody();
		assertThat(body).containsEntry("together", true);
		Map<String, Object> together = (Map<String, Object>) body.get("togetherMatches");
		assertThat(list(together, "matches")).extracting(m -> m.get("householdId")).containsExactly("h-car-009");
		assertThat(reasons(together, "h-car-010")).anyMatch(r -> r.contains("Johnny is afraid of dogs."))
			.anyMatch(r -> r.contains("Mary is 3"));
		assertThat(reasons(together, "h-car-011")).anyMatch(r -> r.contains("Mary is 3"));
	}

	@Test
	void onlyTheAsantesCanTakeTheMensahTwinsTogether() {
		Map<String, Object> body = http.postForObject("/api/matches",
				Map.of("children", List.of("p-mensah-kwame", "p-mensah-atta")), Map.class);
		assertThat(body).containsEntry("together", true);
		Map<String, Object> together = (Map<String, Object>) body.get("togetherMatches");
		assertThat(list(together, "matches")).extracting(m -> m.get("householdId")).containsExactly("h-car-019");
	}
}
