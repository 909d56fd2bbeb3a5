package org.kinmap.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kinmap.GraphSnapshot;
import org.kinmap.KinmapIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

@KinmapIntegrationTest
class NetworkImportIT {

	@Autowired
	TestRestTemplate http;

	@Autowired
	Neo4jClient neo4j;

	String smallFamily;

	@BeforeEach
	void readDocument() throws Exception {
		smallFamily = new ClassPathResource("networks/small-family.json").getContentAsString(StandardCharsets.UTF_8);
	}

	ResponseEntity<Map> post(String json) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return http.postForEntity("/api/networks", new HttpEntity<>(json, headers), Map.class);
	}

	java.util.Optional<String> givenName(String id) {
		return neo4j.query("MATCH (p:Person {id: $id}) RETURN p.givenName").bind(id).to("id").fetchAs(String.class).one();
	}

	@Test
	void importingTheSameDocumentTwiceChangesNothing() {
		assertThat(post(smallFamily).getStatusCode()).isEqualTo(HttpStatus.OK);
		List<String> before = GraphSnapshot.of(neo4j);

		ResponseEntity<Map> again = post(smallFamily);

		assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(again.getBody()).containsEntry("nodesCreated", 0).containsEntry("relationshipsCreated", 0)
			.containsEntry("nodesDeleted", 0).containsEntry("relationshipsDeleted", 0);
		assertThat((Map<String, Object>) again.getBody().get("records")).containsEntry("persons", 9).containsEntry("placements", 2);
		assertThat(GraphSnapshot.of(neo4j)).isEqualTo(before);
	}

	@Test
	void aChangedDocumentUpdatesInPlace() {
		post(smallFamily);
		String changed = smallFamily.replace("\"givenName\": \"Megan\"", "\"givenName\": \"Meg\"")
			.replace("{\"id\": \"t-pl-kofi\", \"child\": \"t-kofi\", \"household\": \"t-h-brook\", \"type\": \"U4\", \"start\": \"2024-01-10\"}",
					"{\"id\": \"t-pl-kofi\", \"child\": \"t-kofi\", \"household\": \"t-h-brook\", \"type\": \"U4\", \"start\": \"2024-01-10\", \"end\": \"2026-10-01\", \"endReason\": \"Moved to a long-term placement\"}");
		assertThat(changed).isNotEqualTo(smallFamily);

		ResponseEntity<Map> response = post(changed);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(response.getBody()).as("one node: the revision in the aunt's history (casework)").containsEntry("nodesCreated", 1);
		assertThat(givenName("t-aunt")).contains("Meg");
		Map<?, ?> carer = http.getForObject("/api/carers/t-h-brook", Map.class);
		assertThat(((Map<?, ?>) carer.get("capacity")).get("placed")).isEqualTo(1);
		post(smallFamily);
		assertThat(givenName("t-aunt")).contains("Megan");
	}

	@Test
	void aBadDocumentIsRefusedWithEveryProblemAndChangesNothing() {
		post(smallFamily);
		List<String> before = GraphSnapshot.of(neo4j);
		String bad = """
				{"persons": [
				   {"id": "t-new", "givenName": "New", "sex": "F", "birthDate": "2031-01-01"},
				   {"id": "t-gran", "givenName": "Joan", "familyName": "Lee", "sex": "female", "birthDate": "1958"}],
				 "parentLinks": [{"parent": "t-nobody", "child": "t-new", "type": "birth"}],
				 "partnerships": [{"partners": ["t-gran", "t-gran"], "type": "married"}]}
				""";

		ResponseEntity<Map> response = post(bad);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
		assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(response.getBody()).containsEntry("title", "The network document was not imported");
		assertThat((List<Map<String, String>>) response.getBody().get("errors")).extracting(e -> e.get("pointer"))
			.containsExactlyInAnyOrder("/persons/0/sex", "/persons/0/birthDate", "/parentLinks/0/parent",
					"/partnerships/0/partners");
		assertThat(GraphSnapshot.of(neo4j)).isEqualTo(before);
	}

	@Test
	void problemsFoundOnlyWithTheWholeGraphRollBackEverything() {
		post(smallFamily);
		List<String> before = GraphSnapshot.of(neo4j);
		String cycle = """
				{"persons": [{"id": "t-gran", "givenName": "Joanna", "familyName": "Lee", "sex": "female", "birthDate": "1958"}],
				 "parentLinks": [{"parent": "t-amara", "child": "t-gran", "type": "adoptive"}]}
				""";
		ResponseEntity<Map> response = post(cycle);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
		assertThat(response.getBody().get("detail").toString()).contains("The document has 2 problems");
		assertThat(response.getBody().get("errors").toString()).contains("person t-gran would become their own ancestor");

		String secondPlacement = """
				{"placements": [{"id": "t-pl-amara-2", "child": "t-amara", "provider": "Oakwood House", "type": "K2", "start": "2026-11-01"}]}
				""";
		ResponseEntity<Map> placement = post(secondPlacement);
		assertThat(placement.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
		assertThat(placement.getBody().get("detail").toString())
			.startsWith("child t-amara would have more than one current placement");

		String thirdBirthParent = """
				{"persons": [{"id": "t-claimant", "givenName": "Sam", "familyName": "Other", "sex": "male", "birthDate": "1980"}],
				 "parentLinks": [{"parent": "t-claimant", "child": "t-kofi", "type": "birth"}]}
				""";
		assertThat(post(thirdBirthParent).getBody().get("detail").toString())
			.startsWith("person t-kofi would have more than two birth parents");
		assertThat(GraphSnapshot.of(neo4j)).isEqualTo(before);
	}

	@Test
	void unreadableDocumentsGetA400NamingWhere() {
		ResponseEntity<Map> truncated = post("{\"persons\": [{\"id\": \"x\",");
		assertThat(truncated.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(truncated.getBody().get("detail").toString()).startsWith("The request body is not valid JSON");

		ResponseEntity<Map> unknownField = post("{\"persons\": [{\"id\": \"x\", \"nmae\": \"A\"}]}");
		assertThat(unknownField.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(unknownField.getBody().get("detail").toString()).startsWith("Unknown field 'nmae' at /persons/0/nmae");

		ResponseEntity<Map> wrongType = post("{\"persons\": [{\"id\": \"x\", \"givenName\": \"A\", \"latitude\": \"north\"}]}");
		assertThat(wrongType.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(wrongType.getBody().get("detail").toString()).startsWith("The value at /persons/0/latitude has the wrong type");
	}
}
