package org.kinmap.tracker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kinmap.KinmapIntegrationTest;
import org.kinmap.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Recording a child's reviews, plans, meetings, panels, care proceedings and allocation over HTTP, on fictional
 * children of its own (ids te-...; today is 2026-11-22): the tracker follows a review recorded, every refusal names
 * the request's field, and only the roles allowed (and allocated) may record.
 */
@KinmapIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SuppressWarnings({ "unchecked", "rawtypes" })
class PermanenceRecordsIT {

	/** Looked after since 1 October 2026: the first review was due within 20 working days and is not recorded. */
	static final String ADA = "te-ada-quill";
	/** Looked after since 2 November 2026; allocated to amy.social only. */
	static final String BO = "te-bo-quill";

	@Autowired
	TestRestTemplate http;

	@Autowired
	org.springframework.data.neo4j.core.Neo4jClient neo4j;

	TestRestTemplate as(String username) {
		return http.withBasicAuth(username, TestAccounts.DEMO_PASSWORD);
	}

	ResponseEntity<Map> send(String username, HttpMethod method, String path, String json) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return as(username).exchange(path, method, new HttpEntity<>(json, headers), Map.class);
	}

	ResponseEntity<Map> post(String username, String childId, String what, String json) {
		return send(username, HttpMethod.POST, "/api/children/" + childId + "/" + what, json);
	}

	@BeforeAll
	void importTheChildren() {
		String doc = """
				{"source": "PermanenceRecordsIT",
				 "persons": [
				   {"id": "te-ada-quill", "givenName": "Ada", "familyName": "Quill", "sex": "female", "birthDate": "2019-02-11"},
				   {"id": "te-bo-quill", "givenName": "Bo", "familyName": "Quill", "sex": "male", "birthDate": "2021-07-30"}],
				 "children": [
				   {"child": "te-ada-quill", "legalStatus": "C2", "lookedAfterSince": "2026-10-01"},
				   {"child": "te-bo-quill", "legalStatus": "C2", "lookedAfterSince": "2026-11-02"}]}
				""";
		ResponseEntity<Map> imported = send("fay.admin", HttpMethod.POST, "/api/networks", doc);
		assertThat(imported.getStatusCode()).as(String.valueOf(imported.getBody())).isEqualTo(HttpStatus.OK);
		for (String child : List.of(ADA, BO)) {
			String allocated = child.equals(ADA) ? "[\"amy.social\", \"ben.social\", \"erin.iro\"]" : "[\"amy.social\"]";
			ResponseEntity<Map> access = send("fay.admin", HttpMethod.PUT, "/api/children/" + child + "/access",
					"{\"allocated\": " + allocated + ", \"restrictedTo\": null}");
			assertThat(access.getStatusCode()).as(String.valueOf(access.getBody())).isEqualTo(HttpStatus.OK);
		}
	}

	Map<String, Object> trackerRow(String childId) {
		Map view = as("dev.manager").getForObject("/api/tracker?sort=name", Map.class);
		return ((List<Map<String, Object>>) view.get("rows")).stream().filter(r -> childId.equals(r.get("childId")))
			.findFirst().orElseThrow();
	}

	static List<String> alerts(Map<String, Object> row) {
		return ((List<Map<String, Object>>) row.get("alerts")).stream().map(a -> (String) a.get("rule")).toList();
	}

	static List<Map<String, Object>> errors(ResponseEntity<Map> answer) {
		assertThat(answer.getStatusCode()).as(String.valueOf(answer.getBody())).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
		assertThat(answer.getHeaders().getContentType().toString()).startsWith("application/problem+json");
		return (List<Map<String, Object>>) answer.getBody().get("errors");
	}

	static List<String> pointers(ResponseEntity<Map> answer) {
		return errors(answer).stream().map(e -> (String) e.get("pointer")).toList();
	}

	@Test
	void aReviewRecordedMovesTheNextStatutoryDateAndClearsTheOverdueAlert() {
		Map<String, Object> before = trackerRow(ADA);
		assertThat(alerts(before)).contains("review-overdue");
		assertThat(before).containsEntry("reviewsHeld", 0);

		ResponseEntity<Map> saved = post("amy.social", ADA, "reviews",
				"{\"held\": \"2026-10-27\", \"chair\": \"Erin Shaw\", \"outcome\": \"Plan confirmed\"}");
		assertThat(saved.getStatusCode()).as(String.valueOf(saved.getBody())).isEqualTo(HttpStatus.CREATED);
		assertThat((String) saved.getBody().get("id")).startsWith("rev-");
		assertThat(saved.getBody()).containsEntry("held", "2026-10-27").containsEntry("chair", "Erin Shaw");
		assertThat(saved.getHeaders().getFirst("Kinmap-Sequence")).isNotBlank();

		assertThat(neo4j.query("MATCH (r:Review {id: $id}) RETURN r.revisionBy AS by, r.childId AS child")
			.bindAll(Map.of("id", saved.getBody().get("id"))).fetch().one()).isPresent();
		assertThat(neo4j.query("MATCH (c:Change {kind: 'permanence-record'}) RETURN count(c) AS n").fetchAs(Long.class)
			.mappedBy((t, r) -> r.get("n").asLong()).one().orElse(0L)).isPositive();
		Map<String, Object> after = trackerRow(ADA);
		assertThat(alerts(after)).doesNotContain("review-overdue");
		assertThat(after).containsEntry("reviewsHeld", 1);
		assertThat(after.get("next")).isNotEqualTo(before.get("next"));
		Map timeline = as("amy.social").getForObject("/api/children/" + ADA + "/timeline", Map.class);
		assertThat((List<Map<String, Object>>) timeline.get("events"))
			.anyMatch(e -> "2026-10-27".equals(e.get("date")) && String.valueOf(e.get("kind")).contains("review"));
	}

	@Test
	void theOtherRecordsAreWrittenAndReadBackOnTheTimeline() {
		String id = "te-plan-bo-1";
		ResponseEntity<Map> plan = post("amy.social", BO, "plans", "{\"id\": \"" + id + "\", \"kind\": \"permanence_plan\", "
				+ "\"plan\": \"return_home\", \"contingency\": \"long_term_fostering\", \"agreedOn\": \"2026-11-10\"}");
		assertThat(plan.getStatusCode()).as(String.valueOf(plan.getBody())).isEqualTo(HttpStatus.CREATED);
		assertThat(plan.getBody()).containsEntry("id", id);
		assertThat(post("amy.social", BO, "meetings", "{\"kind\": \"care_planning\", \"held\": \"2026-11-12\"}")
			.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		ResponseEntity<Map> panel = post("dev.manager", BO, "panels", "{\"kind\": \"permanence\", \"date\": \"2026-11-16\", "
				+ "\"presented\": \"permanence_plan\", \"recommendation\": \"agreed\"}");
		assertThat(panel.getStatusCode()).as(String.valueOf(panel.getBody())).isEqualTo(HttpStatus.CREATED);
		ResponseEntity<Map> court = post("amy.social", BO, "proceedings", "{\"issuedOn\": \"2026-11-03\", "
				+ "\"hearings\": [{\"date\": \"2026-11-05\", \"kind\": \"case management\"}]}");
		assertThat(court.getStatusCode()).as(String.valueOf(court.getBody())).isEqualTo(HttpStatus.CREATED);
		ResponseEntity<Map> allocation = send("dev.manager", HttpMethod.PUT, "/api/children/" + BO + "/allocation",
				"{\"team\": \"Kinmouth South\", \"socialWorker\": \"Amy Lewis\", \"teamManager\": \"Tomasz Wrona\", \"iro\": \"Erin Shaw\"}");
		assertThat(allocation.getStatusCode()).as(String.valueOf(allocation.getBody())).isEqualTo(HttpStatus.OK);

		Map<String, Object> row = trackerRow(BO);
		assertThat(row).containsEntry("team", "Kinmouth South").containsEntry("teamManager", "Tomasz Wrona")
			.containsEntry("plan", "return_home");
		Map timeline = as("dev.manager").getForObject("/api/children/" + BO + "/timeline", Map.class);
		List<String> dates = ((List<Map<String, Object>>) timeline.get("events")).stream().map(e -> (String) e.get("date")).toList();
		assertThat(dates).contains("2026-11-03", "2026-11-10", "2026-11-12", "2026-11-16");
	}

	@Test
	void badDatesAreRefusedNamingTheField() {
		assertThat(errors(post("amy.social", ADA, "reviews", "{\"held\": \"2026-09-01\"}")))
			.anySatisfy(e -> {
				assertThat(e).containsEntry("pointer", "/held");
				assertThat((String) e.get("message")).contains("before child " + ADA + " became looked after on 2026-10-01");
			});
		assertThat(pointers(post("amy.social", ADA, "plans", "{\"kind\": \"care_plan\", \"agreedOn\": \"2026-12-01\"}")))
			.contains("/agreedOn");
		assertThat(pointers(post("amy.social", ADA, "reviews", "{\"held\": \"2026-02-30\"}"))).contains("/held");
		assertThat(pointers(post("amy.social", ADA, "reviews", "{\"chair\": \"Erin Shaw\"}"))).containsExactly("");
		assertThat(pointers(post("amy.social", ADA, "meetings", "{\"kind\": \"tea_party\", \"held\": \"2026-11-02\"}")))
			.contains("/kind");
		assertThat(pointers(post("amy.social", ADA, "proceedings",
				"{\"issuedOn\": \"2026-11-03\", \"hearings\": [{\"date\": \"2026-10-01\"}]}"))).contains("/hearings/0/date");
		assertThat(pointers(post("dev.manager", ADA, "panels", "{\"kind\": \"permanence\", \"date\": \"2026-11-16\", "
				+ "\"presented\": \"permanence_plan\", \"decision\": {\"decidedOn\": \"2026-11-18\", \"decision\": \"agreed\"}}")))
			.anyMatch(p -> p.startsWith("/recommendation") || p.startsWith("/decision"));
		Map timeline = as("amy.social").getForObject("/api/children/" + ADA + "/timeline", Map.class);
		assertThat((List<Map<String, Object>>) timeline.get("events")).noneMatch(e -> "2026-09-01".equals(e.get("date"))
				|| "2026-12-01".equals(e.get("date")));
	}

	@Test
	void anotherChildsRecordCannotBeTakenOverByItsId() {
		assertThat(pointers(post("amy.social", ADA, "reviews", "{\"id\": \"rv-walsh-noah-1\", \"held\": \"2026-10-20\"}")))
			.containsExactly("/id");
		Map noah = as("dev.manager").getForObject("/api/children/p-walsh-noah/timeline", Map.class);
		assertThat((List<Map<String, Object>>) noah.get("events")).anyMatch(e -> "2026-04-07".equals(e.get("date")));
		ResponseEntity<Map> plan = post("amy.social", BO, "plans",
				"{\"id\": \"te-plan-bo-2\", \"kind\": \"care_plan\", \"agreedOn\": \"2026-11-09\"}");
		assertThat(plan.getStatusCode()).as(String.valueOf(plan.getBody())).isEqualTo(HttpStatus.CREATED);
		assertThat(pointers(post("amy.social", ADA, "plans",
				"{\"id\": \"te-plan-bo-2\", \"kind\": \"care_plan\", \"agreedOn\": \"2026-10-20\"}"))).containsExactly("/id");
		assertThat(pointers(post("amy.social", BO, "reviews", "{\"id\": \"te-plan-bo-2\", \"held\": \"2026-11-20\"}")))
			.containsExactly("/id");
		ResponseEntity<Map> again = post("amy.social", BO, "plans",
				"{\"id\": \"te-plan-bo-2\", \"kind\": \"care_plan\", \"agreedOn\": \"2026-11-11\"}");
		assertThat(again.getStatusCode()).as("the same child's record corrected").isEqualTo(HttpStatus.CREATED);
	}

	@Test
	void nullsInListsNanAndHugeTextsAreRefused() {
		assertThat(pointers(post("amy.social", ADA, "proceedings", "{\"issuedOn\": \"2026-11-03\", \"hearings\": [null]}")))
			.anyMatch(p -> p.startsWith("/hearings/0"));
		ResponseEntity<Map> nan = post("amy.social", ADA, "reviews", "{\"held\": NaN}");
		assertThat(nan.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		ResponseEntity<Map> unknown = post("amy.social", ADA, "reviews", "{\"held\": \"2026-10-20\", \"child\": \"p-walsh-noah\"}");
		assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		String megabyte = "x".repeat(1_000_000);
		assertThat(pointers(post("amy.social", ADA, "reviews", "{\"held\": \"2026-10-20\", \"chair\": \"" + megabyte + "\"}")))
			.contains("/chair");
		assertThat(pointers(send("amy.social", HttpMethod.PUT, "/api/children/" + ADA + "/allocation",
				"{\"team\": \"" + megabyte + "\"}"))).contains("/team");
		assertThat(pointers(post("amy.social", ADA, "reviews", "{\"held\": \"2026-10-20\", \"outcome\": \"a\\u0000b\"}")))
			.contains("/outcome");
	}

	@Test
	void onlyTheRolesAllowedAndAllocatedMayRecord() {
		String review = "{\"due\": \"2027-01-20\"}";
		for (String who : List.of("erin.iro", "carla.homes", "fay.admin", "dev.manager")) {
			assertThat(post(who, ADA, "reviews", review).getStatusCode()).as(who).isEqualTo(HttpStatus.FORBIDDEN);
		}
		for (String what : List.of("plans", "meetings", "proceedings")) {
			assertThat(post("dev.manager", ADA, what, "{}").getStatusCode()).as(what).isEqualTo(HttpStatus.FORBIDDEN);
		}
		assertThat(post("erin.iro", ADA, "panels", "{}").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(send("erin.iro", HttpMethod.PUT, "/api/children/" + ADA + "/allocation", "{}").getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		ResponseEntity<Map> notAllocated = post("ben.social", BO, "reviews", review);
		assertThat(notAllocated.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(String.valueOf(notAllocated.getBody())).contains("not allocated to this child");
		assertThat(as("ben.social").withBasicAuth("ben.social", "wrong").postForEntity("/api/children/" + ADA + "/reviews",
				null, Map.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(post("amy.social", "te-nobody", "reviews", review).getStatusCode())
			.isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
	}
}
