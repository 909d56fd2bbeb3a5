package org.kinmap.familyfinding;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.kinmap.KinmapIntegrationTest;
import org.kinmap.TestAccounts;
import org.kinmap.changes.ReadYourWrites;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The family-finding log over HTTP, on a family of its own ({@code networks/family-finding.json}, ids {@code ff-}):
 * amy.social and erin.iro are allocated to Mia; ben.social is not. Every refusal is a problem naming the field, and
 * nothing is written; do not contact withholds the uncle's contact details from the IRO and from another child's
 * social worker, and keeps him off the work list's candidates. "Today" is 2026-11-22.
 */
@KinmapIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@SuppressWarnings({ "unchecked", "rawtypes" })
class FamilyFindingApiIT {

	static final String CHILD = "ff-child";
	static final String LOG = "/api/children/" + CHILD + "/family-finding";

	@Autowired
	TestRestTemplate http;

	TestRestTemplate as(String username) {
		return http.withBasicAuth(username, TestAccounts.DEMO_PASSWORD);
	}

	@BeforeAll
	void importTheFamilyAndAllocateItsWorkers() throws Exception {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		String json = new ClassPathResource("networks/family-finding.json").getContentAsString(StandardCharsets.UTF_8);
		ResponseEntity<Map> imported = http.postForEntity("/api/networks", new HttpEntity<>(json, headers), Map.class);
		assertThat(imported.getStatusCode()).as("%s", imported.getBody()).isEqualTo(HttpStatus.OK);
		ReadYourWrites.seen(Long.parseLong(imported.getHeaders().getFirst(ReadYourWrites.HEADER)));
		ResponseEntity<Map> access = http.exchange("/api/children/" + CHILD + "/access", HttpMethod.PUT,
				new HttpEntity<>(Map.of("allocated", List.of("amy.social", "erin.iro")), headers), Map.class);
		assertThat(access.getStatusCode()).isEqualTo(HttpStatus.OK);
	}

	ResponseEntity<Map> send(String username, HttpMethod method, String path, String body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return as(username).exchange(path, method, new HttpEntity<>(body, headers), Map.class);
	}

	Map<String, Object> get(String username, String path) {
		ResponseEntity<Map> answer = as(username).getForEntity(path, Map.class);
		assertThat(answer.getStatusCode()).as("GET %s as %s: %s", path, username, answer.getBody()).isEqualTo(HttpStatus.OK);
		return answer.getBody();
	}

	static Map<String, Object> relative(Map<String, Object> log, String personId) {
		return ((List<Map<String, Object>>) log.get("relatives")).stream().filter(r -> personId.equals(r.get("personId")))
			.findFirst().orElseThrow(() -> new AssertionError(personId + " is not in the log " + log));
	}

	static Map<String, Object> candidate(Map<String, Object> workList, String personId) {
		return ((List<Map<String, Object>>) workList.get("candidates")).stream()
			.filter(c -> personId.equals(c.get("personId"))).findFirst()
			.orElseThrow(() -> new AssertionError(personId + " is not a candidate in " + workList));
	}

	static List<String> marks(Map<String, Object> outreach) {
		return ((List<Map<String, Object>>) outreach.get("marks")).stream().map(m -> (String) m.get("code")).toList();
	}

	@Test
	@Order(1)
	void beforeAnythingIsLoggedEveryoneIsNeverContactedAndASearchIsDue() {
		Map<String, Object> work = get("amy.social", "/api/children/" + CHILD + "/relatives?unassessed=true");
		assertThat(marks((Map<String, Object>) candidate(work, "ff-gran").get("outreach"))).containsExactly("never_contacted");
		Map<String, Object> search = (Map<String, Object>) work.get("search");
		assertThat(search.get("reSearchDue")).isEqualTo(true);
		assertThat(search.get("reSearchReason")).isEqualTo("No search of the network is recorded.");
		assertThat((List<?>) get("amy.social", LOG).get("relatives")).isEmpty();
	}

	@Test
	@Order(2)
	void aSocialWorkerLogsACallAndTheWorkListShowsIt() {
		ResponseEntity<Map> saved = send("amy.social", HttpMethod.POST, LOG + "/relatives/ff-gran/contacts", """
				{"on": "2026-11-20", "mode": "phone", "outcome": "interested_in_caring",
				 "note": "Lorraine would like Mia to live with her", "nextStep": "Home visit", "nextStepOn": "2026-11-27"}""");
		assertThat(saved.getStatusCode()).as("%s", saved.getBody()).isEqualTo(HttpStatus.CREATED);
		assertThat(saved.getBody()).containsEntry("recordedBy", "amy.social").containsEntry("outcomeLabel", "interested in caring");
		assertThat(saved.getHeaders().getFirst(ReadYourWrites.HEADER)).as("an entry of the change sequence").isNotNull();

		Map<String, Object> outreach = (Map<String, Object>) candidate(
				get("amy.social", "/api/children/" + CHILD + "/relatives?unassessed=true"), "ff-gran").get("outreach");
		assertThat((Map<String, Object>) outreach.get("lastContact")).containsEntry("on", "2026-11-20")
			.containsEntry("mode", "phone").containsEntry("outcome", "interested_in_caring");
		assertThat(outreach).containsEntry("nextStep", "Home visit").containsEntry("nextStepOn", "2026-11-27");
		assertThat(marks(outreach)).isEmpty();

		List<Map<String, Object>> events = http.getForObject("/api/children/" + CHILD + "/audit", List.class);
		assertThat(events).anySatisfy(e -> {
			assertThat((String) e.get("action")).startsWith("recorded contact attempt ca-");
			assertThat(e.get("username")).isEqualTo("amy.social");
		});
	}

	@Test
	@Order(3)
	void aContactOver28DaysAgoIsMarkedAndAnOverdueNextStepToo() {
		assertThat(send("amy.social", HttpMethod.POST, LOG + "/relatives/ff-aunt/contacts", """
				{"on": "2026-10-01", "mode": "letter", "outcome": "no_answer", "nextStep": "Phone", "nextStepOn": "2026-10-15"}""")
			.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		Map<String, Object> aunt = relative(get("amy.social", LOG), "ff-aunt");
		assertThat(marks(aunt)).containsExactly("not_contacted_recently", "next_step_overdue");
		assertThat(((List<Map<String, Object>>) aunt.get("marks")).get(0).get("words"))
			.isEqualTo("Not contacted for 52 days (last on 2026-10-01).");
	}

	@Test
	@Order(4)
	void aSearchOfTheNetworkIsRecordedAndNoSearchIsDue() {
		ResponseEntity<Map> saved = send("amy.social", HttpMethod.POST, LOG + "/searches",
				"{\"kind\": \"genogram_session\", \"on\": \"2026-11-02\", \"note\": \"With Kerry at the family centre\"}");
		assertThat(saved.getStatusCode()).as("%s", saved.getBody()).isEqualTo(HttpStatus.CREATED);
		Map<String, Object> log = get("amy.social", LOG);
		assertThat(log).containsEntry("lastSearched", "2026-11-02").containsEntry("lastSearchKind", "genogram_session")
			.containsEntry("reSearchDue", false);
	}

	@Test
	@Order(5)
	void doNotContactHidesTheUnclesDetailsFromThoseWhoNeedNotSeeThem() {
		ResponseEntity<Map> saved = send("amy.social", HttpMethod.PUT, LOG + "/relatives/ff-uncle", """
				{"foundThrough": "named_by_parent", "foundWhere": "Core group meeting", "foundOn": "2026-06-10",
				 "doNotContact": true, "doNotContactReason": "Lives with Dean; contact would tell him where Kerry is (domestic abuse risk to the mother)"}""");
		assertThat(saved.getStatusCode()).as("%s", saved.getBody()).isEqualTo(HttpStatus.OK);

		for (String reader : List.of("amy.social", "dev.manager")) {
			Map<String, Object> uncle = get(reader, "/api/persons/ff-uncle");
			assertThat((Map<String, Object>) uncle.get("contactDetails")).as(reader).containsEntry("phone", "07700 900812");
			assertThat(uncle.get("postcode")).as(reader).isEqualTo("KM5 7CC");
			assertThat((String) uncle.get("doNotContact")).as(reader).contains("domestic abuse risk to the mother");
		}
		for (String reader : List.of("erin.iro", "ben.social")) {
			Map<String, Object> uncle = get(reader, "/api/persons/ff-uncle");
			assertThat(uncle).as(reader).doesNotContainKeys("contactDetails", "postcode", "latitude", "longitude")
				.containsEntry("doNotContact", "withheld: do not contact");
		}
		assertThat(as("carla.homes").getForEntity("/api/persons/ff-uncle", Map.class).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		// The grandmother is not flagged: everyone who reads persons sees her phone.
		assertThat((Map<String, Object>) get("erin.iro", "/api/persons/ff-gran").get("contactDetails"))
			.containsEntry("phone", "07700 900811");

		Map<String, Object> work = get("amy.social", "/api/children/" + CHILD + "/relatives?unassessed=true");
		assertThat((List<Map<String, Object>>) work.get("candidates")).extracting(c -> c.get("personId")).doesNotContain("ff-uncle");
		assertThat((List<Map<String, Object>>) work.get("doNotContact")).singleElement().satisfies(line -> {
			assertThat(line.get("personId")).isEqualTo("ff-uncle");
			assertThat((String) line.get("note")).contains("domestic abuse risk to the mother").endsWith("Not proposed for outreach.");
		});
		Map<String, Object> iroWork = get("erin.iro", "/api/children/" + CHILD + "/relatives?unassessed=true");
		assertThat((List<Map<String, Object>>) iroWork.get("doNotContact")).singleElement().satisfies(line -> {
			assertThat((String) line.get("note")).doesNotContain("domestic abuse");
			assertThat((Map<String, Object>) line.get("outreach")).doesNotContainKey("doNotContactReason");
		});
		Map<String, Object> iroLog = relative(get("erin.iro", LOG), "ff-uncle");
		assertThat(iroLog).containsEntry("doNotContact", true).doesNotContainKey("doNotContactReason");
		assertThat(relative(get("amy.social", LOG), "ff-uncle")).containsEntry("foundThrough", "named_by_parent")
			.containsEntry("doNotContactReason", "Lives with Dean; contact would tell him where Kerry is (domestic abuse risk to the mother)");
	}

	/** A refused request: its status, the field its problem names, and that nothing was logged. */
	void refused(String username, HttpMethod method, String path, String body, HttpStatus status, String pointer,
			String words) {
		int before = ((List<?>) get("amy.social", LOG).get("relatives")).size() + ((List<?>) get("amy.social", LOG).get("searches")).size();
		String attempts = get("amy.social", LOG).toString();
		ResponseEntity<Map> answer = send(username, method, path, body);
		assertThat(answer.getStatusCode()).as("%s %s: %s", method, body, answer.getBody()).isEqualTo(status);
		assertThat(answer.getHeaders().getContentType()).hasToString("application/problem+json");
		if (pointer != null) {
			assertThat((List<Map<String, Object>>) answer.getBody().get("errors")).as("%s", answer.getBody())
				.anySatisfy(e -> {
					assertThat(e.get("pointer")).isEqualTo(pointer);
					assertThat((String) e.get("message")).contains(words);
				});
		}
		else if (words != null) {
			assertThat((String) answer.getBody().get("detail")).contains(words);
		}
		assertThat(get("amy.social", LOG).toString()).as("nothing written").isEqualTo(attempts);
		assertThat(before).isNotNegative();
	}

	static final String CALL = LOG + "/relatives/ff-gran/contacts";

	@Test
	@Order(6)
	void everyRefusalOfAContactAttemptNamesItsField() {
		refused("amy.social", HttpMethod.POST, CALL, "{\"on\": \"2026-11-20\", \"mode\": \"carrier_pigeon\", \"outcome\": \"reached\"}",
				HttpStatus.UNPROCESSABLE_ENTITY, "/mode", "'carrier_pigeon' is not one of phone, letter, email, visit");
		refused("amy.social", HttpMethod.POST, CALL, "{\"on\": \"2026-11-20\", \"mode\": \"phone\", \"outcome\": \"maybe\"}",
				HttpStatus.UNPROCESSABLE_ENTITY, "/outcome", "is not one of no_answer, reached");
		refused("amy.social", HttpMethod.POST, CALL, "{\"on\": \"2026-11-23\", \"mode\": \"phone\", \"outcome\": \"reached\"}",
				HttpStatus.UNPROCESSABLE_ENTITY, "/on", "2026-11-23 is in the future");
		refused("amy.social", HttpMethod.POST, CALL, "{\"mode\": \"phone\", \"outcome\": \"reached\"}",
				HttpStatus.UNPROCESSABLE_ENTITY, "/on", "the date is missing");
		refused("amy.social", HttpMethod.POST, CALL, "{\"on\": \"2026-02-30\", \"mode\": \"phone\", \"outcome\": \"reached\"}",
				HttpStatus.UNPROCESSABLE_ENTITY, "/on", "is not a date");
		refused("amy.social", HttpMethod.POST, CALL, """
				{"on": "2026-11-20", "mode": "visit", "outcome": "reached", "nextStep": "Call back", "nextStepOn": "2026-11-19"}""",
				HttpStatus.UNPROCESSABLE_ENTITY, "/nextStepOn", "is dated before the contact");
		refused("amy.social", HttpMethod.POST, CALL, "{\"on\": \"2026-11-20\", \"mode\": \"visit\", \"outcome\": \"reached\", \"nextStep\": \"Call back\"}",
				HttpStatus.UNPROCESSABLE_ENTITY, "/nextStepOn", "needs the date");
		refused("amy.social", HttpMethod.POST, CALL, "{\"on\": \"2026-11-20\", \"mode\": \"phone\", \"outcome\": \"reached\", \"note\": \""
				+ "x".repeat(1_048_576) + "\"}", HttpStatus.UNPROCESSABLE_ENTITY, "/note", "1048576 characters long");
		refused("amy.social", HttpMethod.POST, CALL, "{\"on\": NaN, \"mode\": \"phone\", \"outcome\": \"reached\"}",
				HttpStatus.BAD_REQUEST, null, null);
		refused("amy.social", HttpMethod.POST, CALL, "{\"on\": [\"2026-11-20\", null], \"mode\": \"phone\", \"outcome\": \"reached\"}",
				HttpStatus.BAD_REQUEST, "/on", "wrong type");
		refused("amy.social", HttpMethod.POST, CALL, "{\"on\": \"2026-11-20\", \"mode\": \"phone\", \"outcome\": \"reached\", \"by\": \"x\"}",
				HttpStatus.BAD_REQUEST, "/by", "Unknown field");
		refused("amy.social", HttpMethod.POST, LOG + "/relatives/ff-nobody/contacts",
				"{\"on\": \"2026-11-20\", \"mode\": \"phone\", \"outcome\": \"reached\"}", HttpStatus.NOT_FOUND, null,
				"No person has the id 'ff-nobody'");
		refused("amy.social", HttpMethod.POST, LOG + "/relatives/ff-child/contacts",
				"{\"on\": \"2026-11-20\", \"mode\": \"phone\", \"outcome\": \"reached\"}", HttpStatus.UNPROCESSABLE_ENTITY, "/",
				"not the child");
		refused("amy.social", HttpMethod.POST, "/api/children/ff-gran/family-finding/relatives/ff-aunt/contacts",
				"{\"on\": \"2026-11-20\", \"mode\": \"phone\", \"outcome\": \"reached\"}", HttpStatus.NOT_FOUND, null,
				"No looked-after child has the id 'ff-gran'");
	}

	@Test
	@Order(7)
	void everyRefusalOfALogEntryOrASearchNamesItsField() {
		String entry = LOG + "/relatives/ff-aunt";
		refused("amy.social", HttpMethod.PUT, entry, "{\"doNotContact\": true, \"doNotContactReason\": \"  \"}",
				HttpStatus.UNPROCESSABLE_ENTITY, "/doNotContactReason", "do not contact needs its reason");
		refused("amy.social", HttpMethod.PUT, entry, "{\"doNotContact\": false, \"doNotContactReason\": \"Risk\"}",
				HttpStatus.UNPROCESSABLE_ENTITY, "/doNotContact", "do not contact is not set");
		refused("amy.social", HttpMethod.PUT, entry, "{\"foundThrough\": \"ouija_board\"}",
				HttpStatus.UNPROCESSABLE_ENTITY, "/foundThrough", "is not one of named_by_parent");
		refused("amy.social", HttpMethod.PUT, entry, "{\"foundThrough\": \"records_search\", \"foundOn\": \"2027-01-01\"}",
				HttpStatus.UNPROCESSABLE_ENTITY, "/foundOn", "in the future");
		refused("amy.social", HttpMethod.PUT, entry, "{\"wishOn\": \"2026-11-01\"}",
				HttpStatus.UNPROCESSABLE_ENTITY, "/wish", "without the wish");
		refused("amy.social", HttpMethod.PUT, entry, "{\"wish\": \"" + "w".repeat(5000) + "\"}",
				HttpStatus.UNPROCESSABLE_ENTITY, "/wish", "at most 4000");
		refused("amy.social", HttpMethod.POST, LOG + "/searches", "{\"kind\": \"google\", \"on\": \"2026-11-01\"}",
				HttpStatus.UNPROCESSABLE_ENTITY, "/kind", "is not one of records_search, genogram_session, family_group_conference");
		refused("amy.social", HttpMethod.POST, LOG + "/searches", "{\"kind\": \"records_search\", \"on\": \"2026-12-01\"}",
				HttpStatus.UNPROCESSABLE_ENTITY, "/on", "in the future");
	}

	@Test
	@Order(8)
	void onlyTheChildsSocialWorkerWrites() {
		String call = "{\"on\": \"2026-11-20\", \"mode\": \"phone\", \"outcome\": \"reached\"}";
		for (String reader : List.of("erin.iro", "dev.manager", "carla.homes", "fay.admin")) {
			refused(reader, HttpMethod.POST, CALL, call, HttpStatus.FORBIDDEN, null, null);
			refused(reader, HttpMethod.PUT, LOG + "/relatives/ff-aunt", "{\"wish\": \"To help\"}", HttpStatus.FORBIDDEN, null, null);
			refused(reader, HttpMethod.POST, LOG + "/searches", "{\"kind\": \"records_search\", \"on\": \"2026-11-01\"}",
					HttpStatus.FORBIDDEN, null, null);
		}
		refused("ben.social", HttpMethod.POST, CALL, call, HttpStatus.FORBIDDEN, null, "not allocated to this child");
		assertThat(as("ben.social").getForEntity(LOG, Map.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(as("carla.homes").getForEntity(LOG, Map.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
	}
}
