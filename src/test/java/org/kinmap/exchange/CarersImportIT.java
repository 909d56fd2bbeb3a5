package org.kinmap.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kinmap.KinmapIntegrationTest;
import org.kinmap.TestAccounts;
import org.kinmap.exchange.CarersCsv.Column;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/** The carers spreadsheet over HTTP: written through the network import, all or nothing, by the roles that may. */
@KinmapIntegrationTest
@SuppressWarnings({ "unchecked", "rawtypes" })
class CarersImportIT {

	static final String HEADER = CarersCsv.headerLine();

	@Autowired
	TestRestTemplate http;

	@Autowired
	Neo4jClient neo4j;

	static ResponseEntity<Map> post(TestRestTemplate as, String csv, boolean validRowsOnly) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.parseMediaType("text/csv"));
		return as.postForEntity("/api/carers/import" + (validRowsOnly ? "?valid-rows-only=true" : ""),
				new HttpEntity<>(csv.getBytes(StandardCharsets.UTF_8), headers), Map.class);
	}

	Map<String, Object> household(String id) {
		return neo4j.query("""
				MATCH (h:Household {id: $id})
				RETURN h {.*, carer: h:CarerHousehold, members: [(p)-[:MEMBER_OF]->(h) | p.id],
				          approvals: [(h)-[:HAS_APPROVAL]->(a) | a {.id, .kind, .maxChildren}]} AS h""")
			.bind(id).to("id").fetch().one().map(r -> (Map<String, Object>) r.get("h")).orElse(null);
	}

	long count(String cypher, String value) {
		return neo4j.query(cypher).bind(value).to("value").fetchAs(Long.class).one().orElseThrow();
	}

	@Test
	void aValidFileIsWrittenWithPostcodesPlacedAndUnknownOnesReportedAndAgainChangesNothing() {
		String csv = "\uFEFF" + HEADER + "\r\n"
				+ CarersCsvTests.row("xc-h1", Map.of(Column.NAME, "\"Lee, Joan\"", Column.LATITUDE, "53.1",
						Column.LONGITUDE, "-2.5", Column.POSTCODE, "XC1 1AB"))
				+ "\r\n" + CarersCsvTests.row("xc-h2", Map.of(Column.POSTCODE, "xc1 1aa", Column.SKILLS, "teenagers"))
				+ "\r\n" + CarersCsvTests.row("xc-h3", Map.of(Column.POSTCODE, "XC7 7XX")) + "\r\n";
		ResponseEntity<Map> answer = post(http, csv, false);
		assertThat(answer.getStatusCode()).as(String.valueOf(answer.getBody())).isEqualTo(HttpStatus.OK);
		assertThat(answer.getBody()).containsEntry("rows", 3).containsEntry("householdsImported", 3)
			.containsEntry("rowsLeftOut", 0);
		assertThat((List<Map<String, Object>>) answer.getBody().get("warnings"))
			.extracting(w -> w.get("line"), w -> w.get("column")).containsExactly(tuple(4, "postcode"));

		assertThat(household("xc-h1")).containsEntry("name", "Lee, Joan").containsEntry("latitude", 53.1)
			.containsEntry("carer", true);
		assertThat((Double) household("xc-h2").get("latitude")).as("from the postcode directory").isBetween(53.40, 53.41);
		assertThat(household("xc-h3")).doesNotContainKey("latitude");
		assertThat(household("xc-h2").get("skills")).isEqualTo(List.of("teenagers"));
		assertThat(count("MATCH (c:Change {kind: $value}) RETURN count(c)", "carers-import")).isPositive();
		assertThat(count("MATCH (e:AuditEvent {action: $value}) RETURN count(e)", "import carers spreadsheet")).isPositive();

		Map<String, Object> again = post(http, csv, false).getBody();
		assertThat((Map<String, Object>) again.get("written")).containsEntry("nodesCreated", 0)
			.containsEntry("relationshipsCreated", 0).containsEntry("nodesDeleted", 0);
	}

	@Test
	void oneBadRowRefusesTheFileWithEveryProblemByLineAndColumn() {
		String csv = HEADER + "\n" + CarersCsvTests.row("xc-aon-1") + "\n"
				+ CarersCsvTests.row("xc-aon-2", Map.of(Column.APPROVAL_KIND, "forever", Column.DOGS, "-1")) + "\n";
		ResponseEntity<Map> answer = post(http, csv, false);
		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
		assertThat(answer.getBody()).containsEntry("type", "https://kinmap.org/problems/invalid-carers-file")
			.containsEntry("detail", "The file has 2 problems. Nothing was imported.");
		assertThat((List<Map<String, Object>>) answer.getBody().get("errors"))
			.extracting(e -> e.get("line"), e -> e.get("column"))
			.containsExactly(tuple(3, "approvalKind"), tuple(3, "dogs"));
		assertThat(household("xc-aon-1")).as("nothing written").isNull();
	}

	@Test
	void withValidRowsOnlyTheValidRowsAreWrittenAndTheOthersListed() {
		String csv = HEADER + "\n" + CarersCsvTests.row("xc-vro-1") + "\n"
				+ CarersCsvTests.row("xc-vro-2", Map.of(Column.MAX_CHILDREN, "")) + "\n";
		ResponseEntity<Map> answer = post(http, csv, true);
		assertThat(answer.getStatusCode()).as(String.valueOf(answer.getBody())).isEqualTo(HttpStatus.OK);
		assertThat(answer.getBody()).containsEntry("householdsImported", 1).containsEntry("rowsLeftOut", 1);
		assertThat((List<Map<String, Object>>) answer.getBody().get("problems"))
			.extracting(e -> e.get("line"), e -> e.get("column")).containsExactly(tuple(3, "maxChildren"));
		assertThat(household("xc-vro-1")).isNotNull();
		assertThat(household("xc-vro-2")).isNull();
	}

	@Test
	void membersAndOtherApprovalsAlreadyRecordedAreKept() {
		ResponseEntity<String> seeded = http.postForEntity("/api/networks", Map.of(
				"persons", List.of(Map.of("id", "xc-keep-carer", "givenName", "Kay", "familyName", "Keeper")),
				"households", List.of(Map.of("id", "xc-keep", "name", "Keeper household",
						"members", List.of(Map.of("person", "xc-keep-carer", "role", "carer")),
						"carer", Map.of("agencyType", "local_authority", "approvals", List.of(
								Map.of("id", "ap-xc-keep", "kind", "long_term", "maxChildren", 1),
								Map.of("id", "ap-xc-keep-breaks", "kind", "short_breaks", "maxChildren", 1)))))),
				String.class);
		assertThat(seeded.getStatusCode()).as(seeded.getBody()).isEqualTo(HttpStatus.OK);
		String csv = HEADER + "\n" + CarersCsvTests.row("xc-keep", Map.of(Column.APPROVAL_ID, "ap-xc-keep",
				Column.MAX_CHILDREN, "3")) + "\n";
		assertThat(post(http, csv, false).getStatusCode()).isEqualTo(HttpStatus.OK);
		Map<String, Object> h = household("xc-keep");
		assertThat(h.get("members")).isEqualTo(List.of("xc-keep-carer"));
		assertThat((List<Map<String, Object>>) h.get("approvals")).extracting(a -> a.get("id"), a -> a.get("kind"),
				a -> a.get("maxChildren"))
			.containsExactlyInAnyOrder(tuple("ap-xc-keep", "short_term", 3L), tuple("ap-xc-keep-breaks", "short_breaks", 1L));
	}

	@Test
	void homeFindersAndAdministratorsMayImportOthersMayNotAndTheTemplateIsServed() {
		TestRestTemplate homeFinder = http.withBasicAuth("carla.homes", TestAccounts.DEMO_PASSWORD);
		TestRestTemplate socialWorker = http.withBasicAuth("amy.social", TestAccounts.DEMO_PASSWORD);
		TestRestTemplate admin = http.withBasicAuth("fay.admin", TestAccounts.DEMO_PASSWORD);
		String csv = HEADER + "\n" + CarersCsvTests.row("xc-role-1") + "\n";
		assertThat(post(socialWorker, csv, false).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(household("xc-role-1")).isNull();
		assertThat(post(homeFinder, csv, false).getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(post(admin, csv, false).getStatusCode()).isEqualTo(HttpStatus.OK);

		ResponseEntity<String> template = homeFinder.getForEntity("/api/carers/import/template", String.class);
		assertThat(template.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(template.getHeaders().getContentType().isCompatibleWith(MediaType.parseMediaType("text/csv"))).isTrue();
		assertThat(template.getHeaders().getContentDisposition().getFilename()).isEqualTo("kinmap-carers-template.csv");
		assertThat(template.getBody()).startsWith(HEADER);
		assertThat(socialWorker.getForEntity("/api/carers/import/template", String.class).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
	}

	@Test
	void aMultipartUploadIsReadTheSameWay() {
		var body = new LinkedMultiValueMap<String, Object>();
		body.add("file", new ByteArrayResource((HEADER + "\n" + CarersCsvTests.row("xc-upload") + "\n")
			.getBytes(StandardCharsets.UTF_8)) {
			@Override
			public String getFilename() {
				return "carers.csv";
			}
		});
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		ResponseEntity<Map> answer = http.postForEntity("/api/carers/import", new HttpEntity<>(body, headers), Map.class);
		assertThat(answer.getStatusCode()).as(String.valueOf(answer.getBody())).isEqualTo(HttpStatus.OK);
		assertThat(household("xc-upload")).isNotNull();
	}
}
