package org.kinmap.kinship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kinmap.KinmapIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The kinship endpoints over HTTP, on the Marsh-Quinn test family (today is 2026-11-22). */
@KinmapIntegrationTest
@SuppressWarnings({ "unchecked", "rawtypes" })
class KinshipApiIT {

	@Autowired
	TestRestTemplate http;

	@BeforeEach
	void importTheFamily() throws Exception {
		String json = new ClassPathResource("networks/kinship-family.json").getContentAsString(StandardCharsets.UTF_8);
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		ResponseEntity<Map> imported = http.postForEntity("/api/networks", new HttpEntity<>(json, headers), Map.class);
		assertThat(imported.getStatusCode()).as(String.valueOf(imported.getBody())).isEqualTo(HttpStatus.OK);
	}

	static Map<String, Object> byId(List<Map<String, Object>> list, String id) {
		return list.stream().filter(m -> id.equals(m.get("personId"))).findFirst()
			.orElseThrow(() -> new AssertionError(id + " not in " + list));
	}

	@Test
	void listsEveryRelativeWithTheLegalLabelGenerationsSideKindAndFlags() {
		Map<String, Object> answer = http.getForObject("/api/children/k-lily/relatives", Map.class);
		assertThat(answer).containsEntry("maxDegree", 5).containsEntry("name", "Lily Marsh-Quinn");
		List<Map<String, Object>> relatives = (List<Map<String, Object>>) answer.get("relatives");
		assertThat(relatives).extracting(r -> r.get("personId"), r -> r.get("relationship"), r -> r.get("generationsUp"),
				r -> r.get("generationsDown"), r -> r.get("side"), r -> r.get("kind"), r -> r.get("closeRelative"))
			.contains(tuple("k-mum", "mother", 1, 0, "maternal", "blood", false),
					tuple("k-dad", "father", 1, 0, "paternal", "blood", false),
					tuple("k-rose", "twin sister", 1, 1, "both", "blood", true),
					tuple("k-mgm", "maternal grandmother", 2, 0, "maternal", "blood", true),
					tuple("k-mgf", "maternal grandfather", 2, 0, "maternal", "blood", true),
					tuple("k-pgm", "paternal grandmother", 2, 0, "paternal", "blood", true),
					tuple("k-aunt", "aunt", 2, 1, "maternal", "blood", true),
					tuple("k-auntHusband", "uncle by marriage", 2, 1, "maternal", "by_marriage", true),
					tuple("k-uncle", "uncle", 2, 1, "maternal", "blood", true),
					tuple("k-exAunt", "former aunt by marriage", 2, 1, "maternal", "by_marriage", false),
					tuple("k-halfUncle", "half-uncle", 2, 1, "maternal", "half_blood", true),
					// The father and this uncle share only their recorded mother: full or half blood is not known.
					tuple("k-riskUncle", "uncle", 2, 1, "paternal", "blood_unknown", true),
					tuple("k-cousin", "first cousin", 2, 2, "maternal", "blood", false),
					tuple("k-mumPartner", "mother's partner", 1, 0, "maternal", "partner", false),
					tuple("k-stepMum", "step-mother", 1, 0, "paternal", "step", true),
					tuple("k-friend", "family friend", null, null, null, "connected_person", false));
		assertThat(relatives.get(0).get("personId")).isIn("k-mum", "k-dad", "k-stepMum", "k-mumPartner");
		Map<String, Object> grandad = byId(relatives, "k-mgf");
		assertThat(grandad).containsEntry("deceased", true);
		Map<String, Object> risk = byId(relatives, "k-riskUncle");
		assertThat(risk).containsEntry("riskToChildren", true).containsEntry("riskNote", "Schedule 1 offender");
		assertThat(byId(relatives, "k-rose")).containsEntry("under18", true).containsEntry("age", 8);
		Map<String, Object> aunt = byId(relatives, "k-aunt");
		assertThat(aunt).containsEntry("assessmentStatus", "positive");
		assertThat((List<Map<String, Object>>) aunt.get("assessments")).singleElement()
			.satisfies(a -> assertThat(a).containsEntry("type", "connected_person_reg24").containsEntry("expiresOn", "2026-12-10"));
		assertThat(byId(relatives, "k-pgm")).containsEntry("assessmentStatus", "withdrawn");
		assertThat(byId(relatives, "k-uncle")).containsEntry("assessmentStatus", "none");
		assertThat(byId(relatives, "k-friend")).containsEntry("nature", "family_friend");
		assertThat(relatives).noneMatch(r -> "k-gmEx".equals(r.get("personId")));
	}

	@Test
	void theWorkListRanksCloseRelativesFirstWithTheSentenceASocialWorkerReads() {
		Map<String, Object> answer = http.getForObject("/api/children/k-lily/relatives?unassessed=true", Map.class);
		List<Map<String, Object>> candidates = (List<Map<String, Object>>) answer.get("candidates");
		assertThat(candidates).extracting(c -> c.get("personId"))
			.containsExactly("k-mgm", "k-stepMum", "k-uncle", "k-halfUncle", "k-cousin", "k-friend", "k-mumPartner",
					"k-exAunt");
		assertThat(candidates.get(0)).containsEntry("rank", 1)
			.containsEntry("sentence", "Maternal grandmother, close relative (s105). Not yet assessed. Sees Lily weekly. "
					+ "Proposed at the family group conference. Aged 61; 71 when Lily turns 18. Under a mile from Hillside Primary.");
		assertThat(candidates).as("a withdrawn assessment still means considered").noneMatch(c -> "k-pgm".equals(c.get("personId")));
		assertThat(byId(candidates, "k-cousin").get("sentence").toString())
			.startsWith("First cousin, wider family. Not yet assessed. Raised with Lily.");
		assertThat(byId(candidates, "k-friend").get("sentence").toString())
			.startsWith("Family friend, connected person. Not yet assessed. Named by the child.");
		assertThat(byId(candidates, "k-halfUncle").get("sentence").toString()).contains("Address not recorded.");
		assertThat((List<Map<String, Object>>) candidates.get(0).get("factors")).extracting(f -> f.get("rule"))
			.containsExactly("closeRelative", "assessment", "closeness", "relationship", "proposed", "age", "distance");
		assertThat((List<Map<String, Object>>) answer.get("parents")).extracting(p -> p.get("personId"), p -> p.get("assessmentStatus"))
			.containsExactly(tuple("k-mum", "negative"), tuple("k-dad", "none"));
		assertThat((List<Map<String, Object>>) answer.get("riskFlagged")).singleElement()
			.satisfies(r -> assertThat(r).containsEntry("personId", "k-riskUncle")
				.containsEntry("note", "Flagged as a risk to children: Schedule 1 offender. Not a candidate."));
	}

	@Test
	void findsTheGapsInTheNetworkWithSuggestedActions() {
		Map<String, Object> answer = http.getForObject("/api/children/k-lily/network-gaps", Map.class);
		List<Map<String, Object>> gaps = (List<Map<String, Object>>) answer.get("gaps");
		assertThat(gaps).extracting(g -> g.get("code"))
			.containsExactly("no_way_to_contact", "reg24_expiring");
		assertThat(gaps).allSatisfy(g -> assertThat((String) g.get("suggestedAction")).isNotBlank());
		assertThat(gaps.get(0).get("personIds")).isEqualTo(List.of("k-halfUncle", "k-pgm"));
		assertThat(gaps.get(1).get("gap")).isEqualTo("The Regulation 24 temporary approval expires on 2026-12-10 (in 18 days) "
				+ "and no full connected-person assessment has been approved.");
		Map<String, Object> rose = http.getForObject("/api/children/k-rose/network-gaps", Map.class);
		assertThat((List<Map<String, Object>>) rose.get("gaps")).extracting(g -> g.get("code"))
			.contains("no_connected_persons", "reg24_expiring");
	}

	@Test
	void labelsFromAnyPersonsSide() {
		Map<String, Object> answer = http.getForObject("/api/persons/k-mgm/relatives?maxDegree=2", Map.class);
		List<Map<String, Object>> relatives = (List<Map<String, Object>>) answer.get("relatives");
		assertThat(relatives).extracting(r -> r.get("personId"), r -> r.get("relationship"))
			.contains(tuple("k-mum", "daughter"), tuple("k-lily", "granddaughter"), tuple("k-halfUncle", "son"),
					tuple("k-cousin", "granddaughter"), tuple("k-auntHusband", "son-in-law"), tuple("k-mgf", "husband"), tuple("k-exAunt", "former daughter-in-law"));
	}

	@Test
	void severalChildrenGetTheUnionWithEachChildsOwnLabel() {
		Map<String, Object> answer = http.getForObject("/api/relatives?children=k-lily,k-rose&unassessed=true", Map.class);
		List<Map<String, Object>> relatives = (List<Map<String, Object>>) answer.get("relatives");
		Map<String, Object> gran = byId(relatives, "k-mgm");
		assertThat((List<Map<String, Object>>) gran.get("children")).extracting(c -> c.get("childId"), c -> c.get("relationship"))
			.containsExactly(tuple("k-lily", "maternal grandmother"), tuple("k-rose", "maternal grandmother"));
		assertThat(relatives).noneMatch(r -> List.of("k-lily", "k-rose", "k-mum", "k-riskUncle").contains(r.get("personId")));
	}

	@Test
	void unknownChildrenAndBadDegreesAreProblems() {
		ResponseEntity<Map> unknown = http.getForEntity("/api/children/no-such-child/relatives", Map.class);
		assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(unknown.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(unknown.getBody()).containsEntry("detail", "No looked-after child has the id 'no-such-child'");
		assertThat(http.getForEntity("/api/children/k-mgm/relatives", Map.class).getStatusCode())
			.as("a person who is not looked after").isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(http.getForEntity("/api/persons/nobody/relatives", Map.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(http.getForEntity("/api/children/no-such-child/network-gaps", Map.class).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		ResponseEntity<Map> zero = http.getForEntity("/api/children/k-lily/relatives?maxDegree=0", Map.class);
		assertThat(zero.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(zero.getBody()).containsEntry("detail", "Parameter 'maxDegree' must be from 1 to 8; it was 0");
		assertThat(http.getForEntity("/api/children/k-lily/relatives?maxDegree=99&unassessed=true", Map.class).getStatusCode())
			.isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(http.getForEntity("/api/children/k-lily/relatives?maxDegree=abc", Map.class).getStatusCode())
			.isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(http.getForEntity("/api/relatives?children=,", Map.class).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
	}
}
