package org.kinmap.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.kinmap.GraphSnapshot;
import org.kinmap.KinmapIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The "hardened inputs" findings of issue 13, one test each. Every id here starts with "hx-". */
@KinmapIntegrationTest
@SuppressWarnings({ "unchecked", "rawtypes" })
class HardenedInputsIT {

	@Autowired
	TestRestTemplate http;

	@Autowired
	Neo4jClient neo4j;

	ResponseEntity<Map> post(String path, String json) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return http.postForEntity(path, new HttpEntity<>(json, headers), Map.class);
	}

	ResponseEntity<Map> importing(String json) {
		return post("/api/networks", json);
	}

	static String persons(List<String> ids) {
		return ids.stream().map(id -> "{\"id\": \"" + id + "\", \"givenName\": \"Test\", \"familyName\": \"Ladder\"}")
			.collect(Collectors.joining(",", "[", "]"));
	}

	static String links(List<String[]> links) {
		return links.stream().map(l -> "{\"parent\": \"" + l[0] + "\", \"child\": \"" + l[1] + "\", \"type\": \"" + l[2] + "\"}")
			.collect(Collectors.joining(",", "[", "]"));
	}

	static void assertProblem(ResponseEntity<?> response, HttpStatus status) {
		assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(status);
		assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
	}

	static List<String> pointers(ResponseEntity<Map> response) {
		return ((List<Map<String, String>>) response.getBody().get("errors")).stream().map(e -> e.get("pointer")).toList();
	}

	// 1. The whole-graph ancestry check

	@Test
	void aLadderOf26GenerationsImportsAndACycleOf70LinksIsRefused() {
		List<String> ids = new ArrayList<>();
		List<String[]> ladder = new ArrayList<>();
		for (int g = 0; g < 26; g++) {
			ids.add("hx-lad-a" + g);
			ids.add("hx-lad-b" + g);
			if (g > 0) {
				for (String p : List.of("a", "b")) {
					for (String c : List.of("a", "b")) {
						ladder.add(new String[] { "hx-lad-" + p + (g - 1), "hx-lad-" + c + g, "birth" });
					}
				}
			}
		}
		assertThat(importing("{\"persons\": " + persons(ids) + ", \"parentLinks\": " + links(ladder) + "}").getStatusCode())
			.isEqualTo(HttpStatus.OK);
		// Again, linking the ladder's top to a new person below its foot: the whole ladder is walked, and accepted.
		ResponseEntity<Map> again = importing("{\"persons\": " + persons(List.of("hx-lad-foot")) + ", \"parentLinks\": "
				+ links(List.<String[]>of(new String[] { "hx-lad-a25", "hx-lad-foot", "birth" })) + "}");
		assertThat(again.getStatusCode()).as(String.valueOf(again.getBody())).isEqualTo(HttpStatus.OK);

		List<String> chain = IntStream.range(0, 70).mapToObj(i -> "hx-cyc-" + i).toList();
		List<String[]> down = IntStream.range(0, 69).mapToObj(i -> new String[] { chain.get(i), chain.get(i + 1), "other" }).toList();
		assertThat(importing("{\"persons\": " + persons(chain) + ", \"parentLinks\": " + links(down) + "}").getStatusCode())
			.isEqualTo(HttpStatus.OK);
		List<String> before = GraphSnapshot.of(neo4j);

		ResponseEntity<Map> closing = importing("{\"parentLinks\": " + links(List.<String[]>of(new String[] { "hx-cyc-69", "hx-cyc-0",
				"adoptive" })) + "}");

		assertProblem(closing, HttpStatus.UNPROCESSABLE_ENTITY);
		assertThat(closing.getBody().get("errors").toString())
			.contains("person hx-cyc-0 would become their own ancestor with the links already in kinmap")
			.contains("person hx-cyc-69 would become their own ancestor");
		assertThat(pointers(closing)).containsOnly("/parentLinks");
		assertThat(GraphSnapshot.of(neo4j)).isEqualTo(before);
	}

	// 2. Coordinates

	static final String GEO = """
			{"persons": [
			   {"id": "hx-geo-mum", "givenName": "Gina", "familyName": "Geo", "sex": "female", "birthDate": "1985",
			    "latitude": 53.40, "longitude": -2.90},
			   {"id": "hx-geo-a", "givenName": "Ana", "familyName": "Geo", "sex": "female", "birthDate": "2015-02-01"},
			   {"id": "hx-geo-b", "givenName": "Ben", "familyName": "Geo", "sex": "male", "birthDate": "2017-03-01"}],
			 "parentLinks": [{"parent": "hx-geo-mum", "child": "hx-geo-a", "type": "birth"},
			                 {"parent": "hx-geo-mum", "child": "hx-geo-b", "type": "birth"}],
			 "households": [
			   {"id": "hx-geo-h1", "name": "Geo carers one", "latitude": 53.41, "longitude": -2.91,
			    "carer": {"agencyType": "local_authority", "approvals": [{"id": "hx-geo-h1-ap", "kind": "long_term",
			       "minAge": 0, "maxAge": 18, "maxChildren": 3, "siblingGroupsConsidered": true}]}},
			   {"id": "hx-geo-h2", "name": "Geo carers two", "latitude": 53.42, "longitude": -2.92,
			    "carer": {"agencyType": "local_authority", "approvals": [{"id": "hx-geo-h2-ap", "kind": "long_term",
			       "minAge": 0, "maxAge": 18, "maxChildren": 3, "siblingGroupsConsidered": true}]}}],
			 "children": [
			   {"child": "hx-geo-a", "legalStatus": "C2", "lookedAfterSince": "2025-01-10", "permanencePlan": "long_term_fostering"},
			   {"child": "hx-geo-b", "legalStatus": "C2", "lookedAfterSince": "2025-01-10", "permanencePlan": "long_term_fostering"}],
			 "placements": [
			   {"id": "hx-geo-pl-a", "child": "hx-geo-a", "household": "hx-geo-h1", "type": "U4", "start": "2025-01-10"},
			   {"id": "hx-geo-pl-b", "child": "hx-geo-b", "household": "hx-geo-h2", "type": "U4", "start": "2025-01-10"}],
			 "needs": [{"child": "hx-geo-a", "domains": {"education": {"school": "Geo Primary", "schoolLatitude": 53.43,
			    "schoolLongitude": -2.93, "keepSchool": true}}}]}
			""";

	@Test
	void coordinatesThatAreNoPlaceAreRefusedAtTheDoorWithTheirPointer() {
		List<String> before = GraphSnapshot.of(neo4j);
		ResponseEntity<Map> far = importing(GEO.replace("\"latitude\": 53.41,", "\"latitude\": 1e308,")
			.replace("\"schoolLatitude\": 53.43", "\"schoolLatitude\": 91")
			.replace("\"latitude\": 53.40, \"longitude\": -2.90", "\"latitude\": \"NaN\", \"longitude\": -2.90"));

		assertProblem(far, HttpStatus.UNPROCESSABLE_ENTITY);
		assertThat(pointers(far)).containsExactlyInAnyOrder("/persons/0/latitude", "/households/0/latitude",
				"/needs/0/domains/education/schoolLatitude");
		assertThat(GraphSnapshot.of(neo4j)).isEqualTo(before);
	}

	@Test
	void aStoredCoordinateThatIsNoPlaceIsReadAsUnknownAndTakesNoViewDown() {
		assertThat(importing(GEO).getStatusCode()).isEqualTo(HttpStatus.OK);
		try {
			neo4j.query("MATCH (h:Household {id: 'hx-geo-h1'}) SET h.latitude = 1e308").run();
			neo4j.query("MATCH (h:Household {id: 'hx-geo-h2'}) SET h.longitude = 'NaN'").run();
			neo4j.query("MATCH (p:Person {id: 'hx-geo-mum'}) SET p.latitude = 0.0 / 0.0").run();
			neo4j.query("MATCH (n:Need {id: 'hx-geo-a:education'}) SET n.schoolLatitude = 91").run();
			// Any import makes matching read the carer households again.
			assertThat(importing("{\"persons\": " + persons(List.of("hx-geo-touch")) + "}").getStatusCode()).isEqualTo(HttpStatus.OK);

			for (String path : List.of("/api/sibling-groups", "/api/sibling-groups/summary", "/api/children/hx-geo-a/siblings",
					"/api/children/hx-geo-a/carer-matches", "/api/children/hx-geo-a/relatives", "/api/carers/hx-geo-h1",
					"/api/carers/hx-geo-h2", "/api/persons/hx-geo-mum", "/api/children/hx-geo-a")) {
				ResponseEntity<String> answer = http.getForEntity(path, String.class);
				assertThat(answer.getStatusCode()).as(path + ": " + answer.getBody()).isEqualTo(HttpStatus.OK);
			}
			assertThat(http.getForObject("/api/carers/hx-geo-h1", Map.class)).doesNotContainKey("latitude");
			assertThat(post("/api/matches/assignment", "{\"children\": [\"hx-geo-a\", \"hx-geo-b\"]}").getStatusCode())
				.isEqualTo(HttpStatus.OK);
			assertThat(post("/api/matches", "{\"children\": [\"hx-geo-a\", \"hx-geo-b\"]}").getStatusCode()).isEqualTo(HttpStatus.OK);
		}
		finally {
			importing(GEO); // the document's own values again, for whoever reads these records next
		}
	}

	// 3. Silent loss

	@Test
	void twoDocumentsBackToBackAreRefused() {
		List<String> before = GraphSnapshot.of(neo4j);
		String one = "{\"persons\": " + persons(List.of("hx-two-a")) + "}";
		String two = "{\"persons\": " + persons(List.of("hx-two-b")) + "}";

		ResponseEntity<Map> answer = importing(one + two);

		assertProblem(answer, HttpStatus.BAD_REQUEST);
		assertThat(answer.getBody().get("detail").toString()).contains("more than one JSON value");
		assertThat(GraphSnapshot.of(neo4j)).isEqualTo(before);
	}

	@Test
	void aNeedDomainSentAsNullLeavesWhatIsRecordedAndAnEmptyOneClearsIt() {
		String recorded = """
				{"persons": [{"id": "hx-need-c", "givenName": "Nia", "familyName": "Need", "birthDate": "2016"}],
				 "needs": [{"child": "hx-need-c", "domains": {"health": {"allergies": ["peanuts"], "medication": ["inhaler"]},
				    "views": {"wishes": "To stay at her school"}}}]}
				""";
		assertThat(importing(recorded).getStatusCode()).isEqualTo(HttpStatus.OK);

		assertThat(importing("{\"needs\": [{\"child\": \"hx-need-c\", \"domains\": {\"health\": null, \"views\": {\"wishes\": "
				+ "\"To see her brother\"}}}]}").getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(need("health")).containsEntry("allergies", List.of("peanuts")).containsEntry("medication", List.of("inhaler"));
		assertThat(need("views")).containsEntry("wishes", "To see her brother");

		assertThat(importing("{\"needs\": [{\"child\": \"hx-need-c\", \"domains\": {\"health\": {}}}]}").getStatusCode())
			.isEqualTo(HttpStatus.OK);
		assertThat(need("health")).doesNotContainKeys("allergies", "medication");
	}

	Map<String, Object> need(String domain) {
		return neo4j.query("MATCH (n:Need {id: $id}) RETURN properties(n) AS p").bind("hx-need-c:" + domain).to("id")
			.fetchAs(Map.class).mappedBy((t, r) -> r.get("p").asMap()).one().orElseThrow();
	}

	@Test
	void aLoneSurrogateOrAControlCharacterIsRefusedWithItsPointer() {
		List<String> before = GraphSnapshot.of(neo4j);
		ResponseEntity<Map> answer = importing("""
				{"persons": [{"id": "hx-sur-a", "givenName": "\\ud800", "familyName": "Ok"},
				             {"id": "hx-sur-b", "givenName": "Nul\\u0000", "familyName": "Bell\\u0007"},
				             {"id": "hx-sur-c", "givenName": "\\ud83d\\ude00 Smile", "familyName": "Tab\\tok"}]}
				""");

		assertProblem(answer, HttpStatus.UNPROCESSABLE_ENTITY);
		assertThat(pointers(answer)).containsExactlyInAnyOrder("/persons/0/givenName", "/persons/1/givenName",
				"/persons/1/familyName");
		assertThat(GraphSnapshot.of(neo4j)).isEqualTo(before);
	}

	// 4. Inputs that answered 500

	@Test
	void aNullInAnyListIsAProblemWithItsPointer() {
		List<String> before = GraphSnapshot.of(neo4j);
		for (String section : List.of("persons", "parentLinks", "partnerships", "multipleBirths", "siblingLinks", "raisedTogether",
				"connectedPersons", "households", "children", "placements", "assessments", "needs", "contacts", "familyFinding")) {
			ResponseEntity<Map> answer = importing("{\"" + section + "\": [null]}");
			assertProblem(answer, HttpStatus.UNPROCESSABLE_ENTITY);
			assertThat(pointers(answer)).as(section).containsExactly("/" + section + "/0");
		}
		ResponseEntity<Map> inner = importing("""
				{"persons": [{"id": "hx-nul-a", "givenName": "A", "alsoKnownAs": [null]}, {"id": "hx-nul-b", "givenName": "B"}],
				 "partnerships": [{"partners": ["hx-nul-a", null], "type": "married"}],
				 "multipleBirths": [{"id": "hx-nul-mb", "members": ["hx-nul-a", null]}],
				 "households": [{"id": "hx-nul-h", "name": "H", "members": [null],
				                 "carer": {"agencyType": "independent", "approvals": [null], "skills": [null]}}],
				 "assessments": [{"id": "hx-nul-as", "type": "viability", "status": "requested", "subjects": [null], "children": ["hx-nul-b"]}]}
				""");
		assertProblem(inner, HttpStatus.UNPROCESSABLE_ENTITY);
		assertThat(pointers(inner)).containsExactlyInAnyOrder("/persons/0/alsoKnownAs/0", "/partnerships/0/partners/1",
				"/multipleBirths/0/members/1", "/households/0/members/0", "/households/0/carer/approvals/0",
				"/households/0/carer/skills/0", "/assessments/0/subjects/0");
		assertThat(GraphSnapshot.of(neo4j)).isEqualTo(before);

		ResponseEntity<Map> group = post("/api/matches", "{\"children\": [\"p-ahmed-zara\", null]}");
		assertProblem(group, HttpStatus.BAD_REQUEST);
		assertThat(group.getBody().get("detail")).isEqualTo("Every entry of 'children' must be a child's id");
		assertProblem(post("/api/matches/assignment", "{\"children\": [null]}"), HttpStatus.BAD_REQUEST);
	}

	@Test
	void aNameLongerThanItsLimitIsAProblemWithItsPointer() {
		ResponseEntity<Map> answer = importing("{\"persons\": [{\"id\": \"hx-long\", \"givenName\": \"" + "N".repeat(201)
				+ "\", \"familyName\": \"" + "F".repeat(100_000) + "\", \"riskToChildren\": true, \"riskNote\": \""
				+ "r".repeat(10_000) + "\"}]}");

		assertProblem(answer, HttpStatus.UNPROCESSABLE_ENTITY);
		assertThat(pointers(answer)).containsExactlyInAnyOrder("/persons/0/givenName", "/persons/0/familyName");
		assertThat(answer.getBody().get("errors").toString()).contains("familyName is 100000 characters long; the most it may have is 200");
	}

	@Test
	void gedcomCrossReferencesWithUnusualCharactersAreSkipped() {
		String gedcom = "0 HEAD\n0 @I 1%/..@ INDI\n1 NAME Odd /Xref/\n0 @I\u00e91@ INDI\n1 NAME Accent /Xref/\n"
				+ "0 @I2@ INDI\n1 NAME Plain /Xref/\n0 @F1@ FAM\n1 HUSB @I 1%/..@\n1 CHIL @I2@\n0 TRLR\n";

		ResponseEntity<Map> answer = GedcomImportIT.upload(http, gedcom.getBytes(java.nio.charset.StandardCharsets.UTF_8),
				"odd.ged", "hx-ged");

		assertThat(answer.getStatusCode()).as(String.valueOf(answer.getBody())).isEqualTo(HttpStatus.OK);
		assertThat(answer.getBody()).containsEntry("personsImported", 1);
		assertThat(answer.getBody().get("skipped").toString()).contains("@I 1%/..@", "cannot make a kinmap id");
	}

	@Test
	void aMultipartBodyWithoutItsClosingBoundaryIsA400Problem() {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.parseMediaType("multipart/form-data; boundary=hxboundary"));
		String body = "--hxboundary\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.ged\"\r\n"
				+ "Content-Type: application/octet-stream\r\n\r\n0 HEAD\r\n0 @I1@ INDI\r\n1 NAME Cut /Short/\r\n";

		ResponseEntity<Map> answer = http.exchange("/api/networks/gedcom", HttpMethod.POST, new HttpEntity<>(body, headers), Map.class);

		assertProblem(answer, HttpStatus.BAD_REQUEST);
	}

	@Test
	void theErrorPageAskedForDirectlyIsNotFound() {
		ResponseEntity<Map> answer = http.getForEntity("/error", Map.class);

		assertProblem(answer, HttpStatus.NOT_FOUND);
		assertThat(answer.getBody()).containsEntry("status", 404);
		assertProblem(http.getForEntity("/api/no-such-thing", Map.class), HttpStatus.NOT_FOUND);
	}

	// 5. Resource limits

	@Test
	void aDocumentWithThousandsOfProblemsListsTheFirstHundredAndCountsTheRest() {
		String refs = IntStream.range(0, 5000)
			.mapToObj(i -> "{\"parent\": \"hx-nobody-" + i + "\", \"child\": \"hx-none-" + i + "\", \"type\": \"birth\"}")
			.collect(Collectors.joining(",", "[", "]"));

		ResponseEntity<Map> answer = importing("{\"parentLinks\": " + refs + "}");

		assertProblem(answer, HttpStatus.UNPROCESSABLE_ENTITY);
		assertThat((List<?>) answer.getBody().get("errors")).hasSize(100);
		assertThat(answer.getBody()).containsEntry("more", 9900);
		assertThat(answer.getBody().get("detail")).isEqualTo("The document has 10000 problems. Nothing was imported.");
	}
}
