package org.kinmap.assessments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kinmap.KinmapIntegrationTest;
import org.kinmap.SequenceCarrier;
import org.kinmap.TestAccounts;
import org.kinmap.changes.ReadYourWrites;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The assessment workflow through the API, as Amy Lewis, a social worker allocated to Mia Pryor (and not to her
 * brother Leo): every step and every refusal, the history, the change sequence, the audit trail, and the work list,
 * the relatives, the genogram and the network gaps following at once. The Pryors are this class's own fictional
 * family ({@link AssessmentFamily}, ids {@code as-api-*}); each test assesses an aunt or uncle of its own.
 */
@KinmapIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SuppressWarnings({ "unchecked", "rawtypes" })
class AssessmentWorkflowIT {

	static final String P = "as-api";
	static final String MIA = AssessmentFamily.mia(P);
	static final String LEO = AssessmentFamily.leo(P);
	static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

	@LocalServerPort
	int port;

	@Autowired
	TestRestTemplate http;

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	Reg24Approvals reg24Approvals;

	TestRestTemplate amy;

	@BeforeAll
	void importThePryorsAndAllocateMiaToAmy() throws Exception {
		ResponseEntity<Map> imported = http.postForEntity("/api/networks", json(AssessmentFamily.document(P, 20)), Map.class);
		assertThat(imported.getStatusCode().value()).as(String.valueOf(imported.getBody())).isEqualTo(200);
		http.put("/api/children/" + MIA + "/access", Map.of("allocated", List.of("amy.social")));
		http.put("/api/children/" + LEO + "/access", Map.of("allocated", List.of("ben.social")));
		amy = as("amy.social");
	}

	TestRestTemplate as(String username) {
		return new TestRestTemplate(new RestTemplateBuilder().rootUri("http://localhost:" + port)
			.additionalInterceptors(new SequenceCarrier()), username, TestAccounts.DEMO_PASSWORD);
	}

	static HttpEntity<String> json(String body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return new HttpEntity<>(body, headers);
	}

	static String rel(int n) {
		return AssessmentFamily.relative(P, n);
	}

	ResponseEntity<Map> post(TestRestTemplate who, String path, Object body) {
		return who.exchange(path, HttpMethod.POST, body instanceof String s ? json(s) : new HttpEntity<>(body), Map.class);
	}

	Map<String, Object> requestViability(int relative, String on) {
		ResponseEntity<Map> r = post(amy, "/api/children/" + MIA + "/assessments", Map.of("relative", rel(relative),
				"requestedOn", on, "assessor", "Paul Ingram (kinship team)"));
		assertThat(r.getStatusCode().value()).as(String.valueOf(r.getBody())).isEqualTo(201);
		return r.getBody();
	}

	ResponseEntity<Map> step(String id, Map<String, Object> body) {
		return post(amy, "/api/assessments/" + id + "/status", body);
	}

	Map<String, Object> stepOk(String id, Map<String, Object> body) {
		ResponseEntity<Map> r = step(id, body);
		assertThat(r.getStatusCode().value()).as(String.valueOf(r.getBody())).isEqualTo(200);
		return r.getBody();
	}

	/** A positive viability assessment of the relative for Mia: requested, started and concluded. */
	String positiveViability(int relative) {
		return positiveViability(relative, "2026-09-01", "2026-09-03", "2026-09-20");
	}

	String positiveViability(int relative, String requested, String started, String concluded) {
		String id = (String) requestViability(relative, requested).get("id");
		stepOk(id, Map.of("status", "in_progress", "on", started));
		stepOk(id, Map.of("status", "positive", "on", concluded));
		return id;
	}

	static void refused(ResponseEntity<Map> r, int status, String pointer, String messageContains) {
		assertThat(r.getStatusCode().value()).as(String.valueOf(r.getBody())).isEqualTo(status);
		assertThat(r.getHeaders().getContentType().toString()).startsWith("application/problem+json");
		List<Map<String, Object>> errors = (List<Map<String, Object>>) r.getBody().get("errors");
		assertThat(errors).as(String.valueOf(r.getBody())).anySatisfy(e -> {
			assertThat(e.get("pointer")).isEqualTo(pointer);
			assertThat((String) e.get("message")).contains(messageContains);
		});
	}

	Map<String, Object> candidate(String child, String person) {
		return candidate(amy, child, person);
	}

	Map<String, Object> candidate(TestRestTemplate who, String child, String person) {
		Map<String, Object> work = who.getForObject("/api/children/" + child + "/relatives?unassessed=true", Map.class);
		return ((List<Map<String, Object>>) work.get("candidates")).stream().filter(c -> person.equals(c.get("personId")))
			.findFirst().orElse(null);
	}

	String statusOnTheRelativesList(String person) {
		Map<String, Object> all = amy.getForObject("/api/children/" + MIA + "/relatives", Map.class);
		return ((List<Map<String, Object>>) all.get("relatives")).stream().filter(r -> person.equals(r.get("personId")))
			.map(r -> (String) r.get("assessmentStatus")).findFirst().orElseThrow();
	}

	String statusOnTheGenogram(String person) {
		Map<String, Object> genogram = amy.getForObject("/api/children/" + MIA + "/genogram", Map.class);
		return ((List<Map<String, Object>>) genogram.get("symbols")).stream().filter(s -> person.equals(s.get("id")))
			.map(s -> (String) s.get("assessmentStatus")).findFirst().orElseThrow();
	}

	@Test
	void aViabilityAssessmentIsRequestedStartedAndConcludedWithItsHistoryAndEveryViewFollows() {
		assertThat(candidate(MIA, rel(1))).as("an aunt not yet assessed is on the work list").isNotNull();

		ResponseEntity<Map> requested = post(amy, "/api/children/" + MIA + "/assessments",
				Map.of("relative", rel(1), "requestedOn", "2026-10-01", "assessor", "Paul Ingram (kinship team)"));
		assertThat(requested.getStatusCode().value()).as(String.valueOf(requested.getBody())).isEqualTo(201);
		String id = (String) requested.getBody().get("id");
		assertThat(requested.getHeaders().getLocation()).hasPath("/api/assessments/" + id);
		assertThat(requested.getBody()).containsEntry("type", "viability").containsEntry("status", "requested")
			.containsEntry("requestedOn", "2026-10-01").containsEntry("requestedBy", "amy.social")
			.containsEntry("next", List.of("in_progress", "withdrawn"));
		long sequence = Long.parseLong(requested.getHeaders().getFirst(ReadYourWrites.HEADER));
		Map<String, Object> change = neo4j.query("MATCH (c:Change {sequence: $s}) RETURN c.kind AS kind, c.persons AS persons")
			.bind(sequence).to("s").fetch().one().orElseThrow();
		assertThat(change).containsEntry("kind", "assessment").containsEntry("persons", List.of(rel(1), MIA).stream().sorted().toList());

		assertThat(candidate(MIA, rel(1))).as("requested: considered, so no longer on the work list").isNull();
		assertThat(statusOnTheRelativesList(rel(1))).isEqualTo("requested");
		assertThat(statusOnTheGenogram(rel(1))).isEqualTo("requested");
		assertThat(candidate(http, LEO, rel(1))).as("still unassessed for her nephew Leo").isNotNull();

		stepOk(id, Map.of("status", "in_progress", "on", "2026-10-05"));
		assertThat(statusOnTheGenogram(rel(1))).isEqualTo("in_progress");
		Map<String, Object> concluded = stepOk(id, Map.of("status", "positive", "on", "2026-10-30",
				"reason", "Warm home, knows Mia well, space for her."));
		assertThat(concluded).containsEntry("status", "positive").containsEntry("startedOn", "2026-10-05")
			.containsEntry("concludedOn", "2026-10-30").containsEntry("next", List.of())
			.containsEntry("mayFollow", List.of("connected_person_full", "special_guardianship", "connected_person_reg24"));
		assertThat(statusOnTheRelativesList(rel(1))).isEqualTo("positive");
		assertThat(statusOnTheGenogram(rel(1))).isEqualTo("positive");

		Map<String, Object> read = amy.getForObject("/api/assessments/" + id, Map.class);
		List<Map<String, Object>> history = (List<Map<String, Object>>) read.get("history");
		assertThat(history).extracting(h -> h.get("action")).containsExactly("requested", "started", "concluded");
		assertThat(history).extracting(h -> h.get("to")).containsExactly("requested", "in_progress", "positive");
		assertThat(history).extracting(h -> h.get("from")).containsExactly(null, "requested", "in_progress");
		assertThat(history).extracting(h -> h.get("on")).containsExactly("2026-10-01", "2026-10-05", "2026-10-30");
		assertThat(history).allSatisfy(h -> assertThat(h.get("by")).isEqualTo("amy.social"));
		assertThat(history.get(2)).containsEntry("reason", "Warm home, knows Mia well, space for her.");

		List<Map<String, Object>> audit = http.getForObject("/api/audit?childId=" + MIA + "&username=amy.social&limit=50", List.class);
		assertThat(audit).extracting(e -> e.get("action")).contains("request assessment", "assessment started",
				"assessment concluded", "write assessment");
		Map<String, Object> list = amy.getForObject("/api/children/" + MIA + "/assessments", Map.class);
		assertThat((List<Map<String, Object>>) list.get("assessments")).extracting(a -> a.get("id")).contains(id);
	}

	@Test
	void aConcludedViabilityAssessmentCannotBeStartedAgainNorConcludedAgain() {
		String id = positiveViability(2);
		refused(step(id, Map.of("status", "in_progress", "on", "2026-10-01")), 409, "/status",
				"A viability assessment that has concluded cannot be started again; request a new one.");
		refused(step(id, Map.of("status", "negative", "on", "2026-10-01", "reason", "Changed our mind")), 409, "/status",
				"has already concluded positive");
		refused(step(id, Map.of("status", "withdrawn", "on", "2026-10-01", "reason", "No longer needed")), 409, "/status",
				"only a requested assessment or one in progress can be withdrawn");
		refused(step(id, Map.of("status", "requested", "on", "2026-10-01")), 409, "/status", "requested once");
		assertThat((List<?>) amy.getForObject("/api/assessments/" + id, Map.class).get("history")).hasSize(3);
	}

	@Test
	void anAssessmentIsStartedBeforeItConcludesAndAStartedOneIsNotStartedTwice() {
		String id = (String) requestViability(3, "2026-10-01").get("id");
		refused(step(id, Map.of("status", "positive", "on", "2026-10-02")), 409, "/status", "must be started before it can conclude");
		stepOk(id, Map.of("status", "in_progress", "on", "2026-10-02", "assessor", "Grace Bello"));
		refused(step(id, Map.of("status", "in_progress", "on", "2026-10-03")), 409, "/status", "already in progress");
		assertThat(amy.getForObject("/api/assessments/" + id, Map.class)).containsEntry("assessor", "Grace Bello");
	}

	@Test
	void aNegativeOutcomeAndAWithdrawalNeedTheirReasons() {
		String id = (String) requestViability(4, "2026-10-01").get("id");
		stepOk(id, Map.of("status", "in_progress", "on", "2026-10-02"));
		refused(step(id, Map.of("status", "negative", "on", "2026-10-20")), 422, "/reason", "needs its reasons");
		refused(step(id, Map.of("status", "negative", "on", "2026-10-20", "reason", "   ")), 422, "/reason", "needs its reasons");
		refused(step(id, Map.of("status", "withdrawn", "on", "2026-10-20")), 422, "/reason", "needs its reason");
		Map<String, Object> negative = stepOk(id, Map.of("status", "negative", "on", "2026-10-20",
				"reason", "Works nights and cannot care for a young child."));
		assertThat(negative).containsEntry("outcomeReason", "Works nights and cannot care for a young child.");
		assertThat(statusOnTheGenogram(rel(4))).isEqualTo("negative");
	}

	@Test
	void aRequestedAssessmentIsWithdrawnWithItsReasonAndThenANewOneMayBeRequested() {
		String id = (String) requestViability(5, "2026-10-01").get("id");
		refused(post(amy, "/api/children/" + MIA + "/assessments", Map.of("relative", rel(5), "requestedOn", "2026-10-02")),
				409, "/relative", "There is already an open viability assessment of this person for this child");
		Map<String, Object> withdrawn = stepOk(id, Map.of("status", "withdrawn", "on", "2026-10-03",
				"reason", "Joanne asked to wait until her operation is over."));
		assertThat(withdrawn).containsEntry("status", "withdrawn").containsEntry("concludedOn", "2026-10-03");
		Map<String, Object> again = requestViability(5, "2026-11-01");
		assertThat(again.get("id")).isNotEqualTo(id);
		assertThat(statusOnTheRelativesList(rel(5))).isEqualTo("requested");
	}

	@Test
	void stepsAreNotDatedBeforeTheLastNorInTheFuture() {
		String id = (String) requestViability(6, "2026-10-10").get("id");
		refused(step(id, Map.of("status", "in_progress", "on", "2026-10-09")), 422, "/on", "was requested on 2026-10-10");
		stepOk(id, Map.of("status", "in_progress", "on", "2026-10-12"));
		refused(step(id, Map.of("status", "positive", "on", "2026-10-11")), 422, "/on", "was started on 2026-10-12");
		refused(step(id, Map.of("status", "positive", "on", "2026-11-23")), 422, "/on", "in the future");
		refused(step(id, Map.of("status", "positive", "on", "2026-02-30")), 422, "/on", "is not a date");
		refused(step(id, Map.of("status", "positive")), 422, "/on", "missing");
	}

	@Test
	void aFullOrSpecialGuardianshipAssessmentFollowsOnlyAPositiveViability() {
		refused(post(amy, "/api/children/" + MIA + "/assessments", Map.of("relative", rel(7), "type", "connected_person_full",
				"requestedOn", "2026-10-01")), 409, "/relative", "can only follow a positive viability assessment");
		String viability = (String) requestViability(7, "2026-09-01").get("id");
		refused(post(amy, "/api/children/" + MIA + "/assessments", Map.of("relative", rel(7), "type", "special_guardianship",
				"requestedOn", "2026-10-01")), 409, "/relative", "can only follow a positive viability assessment");
		stepOk(viability, Map.of("status", "in_progress", "on", "2026-09-02"));
		stepOk(viability, Map.of("status", "positive", "on", "2026-09-30"));
		refused(post(amy, "/api/children/" + MIA + "/assessments", Map.of("relative", rel(7), "type", "connected_person_full",
				"requestedOn", "2026-09-15")), 409, "/relative", "concluded on or before 2026-09-15");

		ResponseEntity<Map> full = post(amy, "/api/children/" + MIA + "/assessments", Map.of("relative", rel(7),
				"type", "connected_person_full", "requestedOn", "2026-10-01"));
		assertThat(full.getStatusCode().value()).as(String.valueOf(full.getBody())).isEqualTo(201);
		assertThat(full.getBody()).containsEntry("type", "connected_person_full").containsEntry("follows", viability)
			.containsEntry("status", "requested");
		ResponseEntity<Map> sgo = post(amy, "/api/children/" + MIA + "/assessments", Map.of("relative", rel(7),
				"type", "special_guardianship", "requestedOn", "2026-10-02"));
		assertThat(sgo.getStatusCode().value()).as(String.valueOf(sgo.getBody())).isEqualTo(201);
		refused(post(amy, "/api/children/" + MIA + "/assessments", Map.of("relative", rel(7),
				"type", "special_guardianship", "requestedOn", "2026-10-03")), 409, "/relative", "already an open special guardianship");
		assertThat(post(amy, "/api/children/" + LEO + "/assessments", Map.of("relative", rel(7), "type",
				"connected_person_full", "requestedOn", "2026-10-01")).getStatusCode().value())
			.as("Amy is not allocated to Leo").isEqualTo(403);
	}

	@Test
	void aRegulation24ApprovalEndsSixteenWeeksLaterAndIsExtendedOnceByUpToEightWeeks() {
		refused(post(amy, "/api/children/" + MIA + "/reg24-approvals", Map.of("relative", rel(8), "startsOn", "2026-10-01")),
				409, "/relative", "A Regulation 24 temporary approval can only follow a positive viability assessment");
		positiveViability(8);
		ResponseEntity<Map> approved = post(amy, "/api/children/" + MIA + "/reg24-approvals",
				Map.of("relative", rel(8), "startsOn", "2026-10-01", "assessor", "Paul Ingram"));
		assertThat(approved.getStatusCode().value()).as(String.valueOf(approved.getBody())).isEqualTo(201);
		String id = (String) approved.getBody().get("id");
		assertThat(approved.getBody()).containsEntry("type", "connected_person_reg24").containsEntry("status", "positive")
			.containsEntry("concludedOn", "2026-10-01").containsEntry("expiresOn", "2027-01-21")
			.containsEntry("extended", false).containsEntry("extendable", true).containsEntry("next", List.of());
		assertThat(reg24Approvals.forChild(MIA)).filteredOn(a -> a.assessmentId().equals(id)).singleElement()
			.satisfies(a -> {
				assertThat(a.relative().personId()).isEqualTo(rel(8));
				assertThat(a.startsOn()).isEqualTo(LocalDate.of(2026, 10, 1));
				assertThat(a.endsOn()).isEqualTo(LocalDate.of(2027, 1, 21));
				assertThat(a.endsWithin(TODAY, 14)).isFalse();
			});

		refused(post(amy, "/api/children/" + MIA + "/reg24-approvals", Map.of("relative", rel(8), "startsOn", "2026-11-01")),
				409, "/relative", "already has a Regulation 24 temporary approval for this child from 2026-10-01 to 2027-01-21");
		refused(step(id, Map.of("status", "negative", "on", "2026-11-01", "reason", "x")), 409, "/status",
				"A Regulation 24 temporary approval is recorded as given");
		refused(post(amy, "/api/assessments/" + id + "/reg25-extension", Map.of("weeks", 9, "decidedOn", "2026-11-20",
				"reason", "Panel date")), 422, "/weeks", "1 to 8 weeks, not 9");
		refused(post(amy, "/api/assessments/" + id + "/reg25-extension", "{\"weeks\": 2.5, \"decidedOn\": \"2026-11-20\", \"reason\": \"Panel\"}"),
				422, "/weeks", "whole number");
		refused(post(amy, "/api/assessments/" + id + "/reg25-extension", Map.of("weeks", 4, "decidedOn", "2026-11-20")),
				422, "/reason", "missing");
		refused(post(amy, "/api/assessments/" + id + "/reg25-extension", Map.of("weeks", 4, "decidedOn", "2026-09-20",
				"reason", "Panel date")), 422, "/decidedOn", "before the approval started on 2026-10-01");

		ResponseEntity<Map> extended = post(amy, "/api/assessments/" + id + "/reg25-extension", Map.of("weeks", 4,
				"decidedOn", "2026-11-20", "reason", "The fostering panel sits on 2027-02-10."));
		assertThat(extended.getStatusCode().value()).as(String.valueOf(extended.getBody())).isEqualTo(200);
		assertThat(extended.getBody()).containsEntry("expiresOn", "2027-02-18").containsEntry("extended", true)
			.containsEntry("extensionWeeks", 4).containsEntry("extendable", false);
		assertThat((List<Map<String, Object>>) extended.getBody().get("history")).extracting(h -> h.get("action"))
			.containsExactly("approved", "extended");
		assertThat(reg24Approvals.forChild(MIA)).filteredOn(a -> a.assessmentId().equals(id)).singleElement()
			.satisfies(a -> assertThat(a.endsOn()).isEqualTo(LocalDate.of(2027, 2, 18)));
		Map<String, Object> listed = amy.getForObject("/api/children/" + MIA + "/reg24-approvals", Map.class);
		assertThat((List<Map<String, Object>>) listed.get("approvals")).anySatisfy(a -> assertThat(a)
			.containsEntry("assessmentId", id).containsEntry("endsOn", "2027-02-18").containsEntry("extended", true));
		refused(post(amy, "/api/assessments/" + id + "/reg25-extension", Map.of("weeks", 2, "decidedOn", "2026-11-21",
				"reason", "Again")), 409, "/weeks", "can be extended only once");
	}

	@Test
	void anApprovalThatHasEndedIsNotExtendedAndOneEndingSoonIsAGapInTheNetwork() {
		positiveViability(9, "2025-12-01", "2025-12-02", "2025-12-20");
		Map<String, Object> old = post(amy, "/api/children/" + MIA + "/reg24-approvals",
				Map.of("relative", rel(9), "startsOn", "2026-01-05")).getBody();
		assertThat(old).containsEntry("expiresOn", "2026-04-27");
		refused(post(amy, "/api/assessments/" + old.get("id") + "/reg25-extension", Map.of("weeks", 8,
				"decidedOn", "2026-05-01", "reason", "Late")), 409, "/decidedOn", "ended on 2026-04-27");

		positiveViability(10, "2026-08-01", "2026-08-02", "2026-08-20");
		Map<String, Object> soon = post(amy, "/api/children/" + MIA + "/reg24-approvals",
				Map.of("relative", rel(10), "startsOn", "2026-08-30")).getBody();
		assertThat(soon).containsEntry("expiresOn", "2026-12-20");
		assertThat(reg24Approvals.forChild(MIA)).filteredOn(a -> a.assessmentId().equals(soon.get("id"))).singleElement()
			.satisfies(a -> assertThat(a.endsWithin(TODAY, 28)).isTrue());
		Map<String, Object> gaps = amy.getForObject("/api/children/" + MIA + "/network-gaps", Map.class);
		assertThat((List<Map<String, Object>>) gaps.get("gaps")).anySatisfy(g -> {
			assertThat(g.get("code")).isEqualTo("reg24_expiring");
			assertThat((List<String>) g.get("personIds")).contains(rel(10));
		});
	}

	@Test
	void aRequestIsValidatedWholeAndEachProblemNamesItsField() {
		String path = "/api/children/" + MIA + "/assessments";
		refused(post(amy, path, Map.of("relative", rel(11), "type", "kinship_vibes", "requestedOn", "2026-10-01")), 422,
				"/type", "is not one of viability");
		refused(post(amy, path, Map.of("relative", rel(11), "type", "connected_person_reg24", "requestedOn", "2026-10-01")),
				422, "/type", "reg24-approvals");
		refused(post(amy, path, Map.of("relative", rel(11), "requestedOn", "2026-12-01")), 422, "/requestedOn", "in the future");
		refused(post(amy, path, Map.of("relative", rel(11))), 422, "/requestedOn", "missing");
		refused(post(amy, path, Map.of("requestedOn", "2026-10-01")), 422, "/relative", "missing");
		refused(post(amy, path, "{\"relative\": null, \"requestedOn\": \"2026-10-01\"}"), 422, "/relative", "missing");
		refused(post(amy, path, Map.of("relative", "as-api-nobody", "requestedOn", "2026-10-01")), 422, "/relative",
				"no person has the id 'as-api-nobody'");
		refused(post(amy, path, Map.of("relative", MIA, "requestedOn", "2026-10-01")), 422, "/relative", "their own carer");
		refused(post(amy, path, Map.of("relative", rel(11), "requestedOn", "2026-10-01", "notes", "x".repeat(1_000_000))),
				422, "/notes", "1000000 characters long");
		refused(post(amy, path, Map.of("relative", rel(11), "requestedOn", "2026-10-01", "assessor", "y".repeat(201))),
				422, "/assessor", "at most 200");
		ResponseEntity<Map> both = post(amy, path, Map.of("relative", "", "requestedOn", "yesterday"));
		refused(both, 422, "/relative", "missing");
		refused(both, 422, "/requestedOn", "is not a date");
		ResponseEntity<Map> unknownField = post(amy, path, "{\"relative\": \"" + rel(11) + "\", \"requestedOn\": \"2026-10-01\", \"priority\": 1}");
		assertThat(unknownField.getStatusCode().value()).isEqualTo(400);
		assertThat((String) unknownField.getBody().get("detail")).contains("priority");
		ResponseEntity<Map> nan = post(amy, "/api/assessments/as-api-none/reg25-extension", "{\"weeks\": NaN}");
		assertThat(nan.getStatusCode().value()).isEqualTo(400);
		ResponseEntity<Map> list = post(amy, path, "{\"relative\": [null], \"requestedOn\": \"2026-10-01\"}");
		assertThat(list.getStatusCode().value()).as("a list with a null where an id belongs").isEqualTo(400);
		assertThat((List<Map<String, Object>>) list.getBody().get("errors"))
			.anySatisfy(e -> assertThat(e.get("pointer")).isEqualTo("/relative"));
		ResponseEntity<Map> nanWeeks = post(amy, "/api/assessments/as-api-none/reg25-extension",
				"{\"weeks\": \"NaN\", \"decidedOn\": \"2026-10-01\", \"reason\": \"x\"}");
		assertThat(nanWeeks.getStatusCode().value()).isEqualTo(400);
		assertThat((List<Map<String, Object>>) nanWeeks.getBody().get("errors"))
			.anySatisfy(e -> assertThat(e.get("pointer")).isEqualTo("/weeks"));
		refused(post(amy, path, ""), 422, "", "body is missing");
		assertThat(post(amy, "/api/assessments/as-api-none/status", Map.of("status", "in_progress", "on", "2026-10-01"))
			.getStatusCode().value()).as("no such assessment").isEqualTo(404);
		String id = (String) requestViability(11, "2026-10-01").get("id");
		refused(step(id, Map.of("status", "approved", "on", "2026-10-02")), 422, "/status", "is not one of requested");
		refused(step(id, Map.of("on", "2026-10-02")), 422, "/status", "missing");
		refused(step(id, Map.of("status", "withdrawn", "on", "2026-10-02", "reason", "z".repeat(4001))), 422, "/reason", "at most 4000");
		assertThat((List<?>) amy.getForObject("/api/assessments/" + id, Map.class).get("history")).as("nothing written").hasSize(1);
		assertThat(amy.getForEntity("/api/children/as-api-nobody/assessments", Map.class).getStatusCode().value()).isEqualTo(404);
		assertThat(post(amy, "/api/children/as-api-nobody/assessments", Map.of("relative", rel(11), "requestedOn", "2026-10-01"))
			.getStatusCode().value()).isEqualTo(404);
	}

	@Test
	void twoRequestsAtTheSameMomentOpenOneAssessment() throws Exception {
		Map<String, Object> body = Map.of("relative", rel(13), "requestedOn", "2026-10-01");
		java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
		java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
		try {
			List<java.util.concurrent.Future<ResponseEntity<Map>>> answers = new java.util.ArrayList<>();
			for (int i = 0; i < 2; i++) {
				TestRestTemplate caller = as("amy.social");
				answers.add(two.submit(() -> {
					start.await();
					return post(caller, "/api/children/" + MIA + "/assessments", body);
				}));
			}
			start.countDown();
			List<Integer> statuses = new java.util.ArrayList<>();
			for (var answer : answers) {
				ResponseEntity<Map> r = answer.get(60, java.util.concurrent.TimeUnit.SECONDS);
				statuses.add(r.getStatusCode().value());
				if (r.getStatusCode().value() == 409) {
					refused(r, 409, "/relative", "open");
				}
			}
			assertThat(statuses).containsExactlyInAnyOrder(201, 409);
		}
		finally {
			two.shutdownNow();
		}
		Map<String, Object> list = amy.getForObject("/api/children/" + MIA + "/assessments", Map.class);
		assertThat((List<Map<String, Object>>) list.get("assessments"))
			.filteredOn(a -> ((List<Map<String, Object>>) a.get("subjects")).get(0).get("personId").equals(rel(13)))
			.hasSize(1);
	}

	@Test
	void onlyASocialWorkerWhoMaySeeTheChildWrites() {
		String path = "/api/children/" + MIA + "/assessments";
		Map<String, Object> body = Map.of("relative", rel(12), "requestedOn", "2026-10-01");
		assertThat(post(as("carla.homes"), path, body).getStatusCode().value()).as("a home finder").isEqualTo(403);
		assertThat(post(as("erin.iro"), path, body).getStatusCode().value()).as("an IRO").isEqualTo(403);
		assertThat(post(as("dev.manager"), path, body).getStatusCode().value()).as("a manager").isEqualTo(403);
		ResponseEntity<Map> ben = post(as("ben.social"), path, body);
		assertThat(ben.getStatusCode().value()).as("a social worker not allocated to Mia").isEqualTo(403);
		assertThat((String) ben.getBody().get("detail")).contains("not allocated to this child");
		ResponseEntity<Map> leo = post(amy, "/api/children/" + LEO + "/assessments", body);
		assertThat(leo.getStatusCode().value()).as("Amy for Leo, to whom she is not allocated").isEqualTo(403);
		assertThat(as("ben.social").getForEntity(path, Map.class).getStatusCode().value()).isEqualTo(403);
		assertThat(as("dev.manager").getForEntity(path, Map.class).getStatusCode().value()).as("managers read").isEqualTo(200);
		assertThat(candidate(MIA, rel(12))).as("nothing was written").isNotNull();

		String id = (String) requestViability(12, "2026-10-01").get("id");
		assertThat(post(as("ben.social"), "/api/assessments/" + id + "/status", Map.of("status", "in_progress",
				"on", "2026-10-02")).getStatusCode().value()).isEqualTo(403);
		assertThat(as("ben.social").getForEntity("/api/assessments/" + id, Map.class).getStatusCode().value()).isEqualTo(403);
		assertThat(as("carla.homes").getForEntity("/api/assessments/" + id, Map.class).getStatusCode().value()).isEqualTo(403);
		assertThat((List<?>) amy.getForObject("/api/assessments/" + id, Map.class).get("history")).hasSize(1);
	}
}
