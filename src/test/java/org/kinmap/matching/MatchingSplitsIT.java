package org.kinmap.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.kinmap.KinmapIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * {@code POST /api/matches} for a group no household can take together: the four Dumitru children (two under
 * five, two teenagers; no approval's age range covers all four), on the Kinmouth fixtures.
 */
@KinmapIntegrationTest
@SuppressWarnings("unchecked")
class MatchingSplitsIT {

	static final List<String> DUMITRU = List.of("p-dumitru-daria", "p-dumitru-elena", "p-dumitru-florin", "p-dumitru-ionut");

	@Autowired
	TestRestTemplate http;

	@Test
	void splitsAreOrderedByFewestHouseholdsThenScoreThenDistance() {
		Map<String, Object> body = http.postForObject("/api/matches", Map.of("children", DUMITRU, "top", 100), Map.class);
		assertThat(body).containsEntry("together", false);
		assertThat((String) body.get("summary")).startsWith("No household can take Daria, Elena, Florin and Ionuț together");
		Map<String, Object> together = (Map<String, Object>) body.get("togetherMatches");
		assertThat((List<?>) together.get("matches")).isEmpty();

		List<Map<String, Object>> splits = (List<Map<String, Object>>) body.get("splits");
		assertThat(splits).hasSizeGreaterThan(1);
		assertThat(splits.get(0).get("households")).isEqualTo(2);
		for (Map<String, Object> split : splits) {
			List<Map<String, Object>> parts = (List<Map<String, Object>>) split.get("parts");
			assertThat(parts).hasSize((Integer) split.get("households"));
			Set<String> children = new HashSet<>();
			Set<String> homes = new HashSet<>();
			for (Map<String, Object> part : parts) {
				((List<Map<String, Object>>) part.get("children")).forEach(c -> assertThat(children.add((String) c.get("id"))).isTrue());
				assertThat(homes.add((String) ((Map<String, Object>) part.get("household")).get("householdId")))
					.as("one household per part").isTrue();
			}
			assertThat(children).containsExactlyInAnyOrderElementsOf(DUMITRU);
		}
		for (int i = 1; i < splits.size(); i++) {
			Map<String, Object> a = splits.get(i - 1);
			Map<String, Object> b = splits.get(i);
			int ha = (Integer) a.get("households");
			int hb = (Integer) b.get("households");
			assertThat(ha).as("fewest households first").isLessThanOrEqualTo(hb);
			if (ha == hb) {
				double ta = ((Number) a.get("total")).doubleValue();
				double tb = ((Number) b.get("total")).doubleValue();
				assertThat(ta).as("then the highest score").isGreaterThanOrEqualTo(tb);
				if (ta == tb && a.get("spreadKm") != null && b.get("spreadKm") != null) {
					assertThat(((Number) a.get("spreadKm")).doubleValue()).as("then the least distance")
						.isLessThanOrEqualTo(((Number) b.get("spreadKm")).doubleValue());
				}
			}
		}
	}
}
