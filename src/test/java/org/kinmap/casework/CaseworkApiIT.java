package org.kinmap.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kinmap.GraphSnapshot;
import org.kinmap.KinmapIntegrationTest;
import org.kinmap.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Editing a family network from a child's record, as a social worker, through the API: each kind of change, its
 * history, its version, and every refusal (the import's rules, stale versions, roles, records one may not read,
 * persons outside the child's network, hostile input), with nothing written by a refused change. The family is this
 * class's own (ids {@code ed-api-}), imported before the tests and allocated to amy.social.
 */
@KinmapIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SuppressWarnings({ "unchecked", "rawtypes" })
class CaseworkApiIT {

	static final String CHILD = "ed-api-child";
	static final String BASE = "/api/children/" + CHILD + "/network";

	static final String FAMILY = """
			{"source": "casework api test",
			 "persons": [
			   {"id": "ed-api-gran", "givenName": "Iris", "familyName": "Pellow", "sex": "female", "birthDate": "1956"},
			   {"id": "ed-api-grandad", "givenName": "Ken", "familyName": "Pellow", "sex": "male", "birthDate": "1954"},
			   {"id": "ed-api-mum", "givenName": "Tamsin", "familyName": "Pellow", "sex": "female", "birthDate": "1988-02"},
			   {"id": "ed-api-dad", "givenName": "Jory", "familyName": "Trelawny", "sex": "male", "birthDate": "1986"},
			   {"id": "ed-api-uncle", "givenName": "Morwen", "familyName": "Pellow", "sex": "male", "birthDate": "1990"},
			   {"id": "ed-api-child", "givenName": "Elowen", "familyName": "Trelawny", "sex": "female", "birthDate": "2018-05-01"},
			   {"id": "ed-api-stranger", "givenName": "Cador", "familyName": "Nance", "sex": "male", "birthDate": "1970"},
			   {"id": "ed-api-other-child", "givenName": "Demelza", "familyName": "Nance", "sex": "female", "birthDate": "2016"}],
			 "parentLinks": [
			   {"parent": "ed-api-gran", "child": "ed-api-mum", "type": "birth"},
			   {"parent": "ed-api-grandad", "child": "ed-api-mum", "type": "birth"},
			   {"parent": "ed-api-gran", "child": "ed-api-uncle", "type": "birth"},
			   {"parent": "ed-api-grandad", "child": "ed-api-uncle", "type": "birth"},
			   {"parent": "ed-api-mum", "child": "ed-api-child", "type": "birth", "parentalResponsibility": true},
			   {"parent": "ed-api-dad", "child": "ed-api-child", "type": "birth", "parentalResponsibility": true}],
			 "partnerships": [
			   {"partners": ["ed-api-mum", "ed-api-dad"], "type": "married", "status": "current", "from": "2015"},
			   {"partners": ["ed-api-gran", "ed-api-grandad"], "type": "married", "status": "current", "from": "1980"}],
			 "children": [
			   {"child": "ed-api-child", "legalStatus": "C2", "lookedAfterSince": "2025-06-01"},
			   {"child": "ed-api-other-child", "legalStatus": "C2", "lookedAfterSince": "2025-06-01"}]}
			""";

	@Autowired
	TestRestTemplate http;

	@Autowired
	Neo4jClient neo4j;

	TestRestTemplate amy;

	@BeforeAll
	void importTheFamily() {
		assertThat(post(http, "/api/networks", FAMILY).getStatusCode()).isEqualTo(HttpStatus.OK);
		http.put("/api/children/" + CHILD + "/access", Map.of("allocated", List.of("amy.social")));
		http.put("/api/children/ed-api-other-child/access", Map.of("allocated", List.of("ben.social")));
		amy = http.withBasicAuth("amy.social", TestAccounts.DEMO_PASSWORD);
	}

	static ResponseEntity<Map> post(TestRestTemplate as, String path, String json) {
		return send(as, HttpMethod.POST, path, json);
	}

	static ResponseEntity<Map> send(TestRestTemplate as, HttpMethod method, String path, String json) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return as.exchange(path, method, new HttpEntity<>(json, headers), Map.class);
	}

	Map<String, Object> person(String id) {
		return http.getForObject("/api/persons/" + id, Map.class);
	}

	long version(String id) {
		return ((Number) person(id).get("version")).longValue();
	}

	static List<String> pointers(ResponseEntity<Map> refused) {
		return ((List<Map<String, String>>) refused.getBody().get("errors")).stream().map(e -> e.get("pointer")).toList();
	}

	/** How the child's relatives list names this person: the side (when it has one) and the relationship. */
	String relationship(String personId) {
		Map<String, Object> answer = http.getForObject("/api/children/" + CHILD + "/relatives", Map.class);
		return ((List<Map<String, Object>>) answer.get("relatives")).stream().filter(r -> personId.equals(r.get("personId")))
			.map(r -> (r.get("side") instanceof String side && !"both".equals(side) ? side + " " : "") + r.get("relationship"))
			.findFirst().orElse(null);
	}

	/** A new person of this test added as a relation of someone, by amy; returns their id. */
	String add(String anchor, String json) {
		ResponseEntity<Map> added = post(amy, BASE + "/persons/" + anchor + "/relatives", json);
		assertThat(added.getStatusCode()).as("%s", added.getBody()).isEqualTo(HttpStatus.CREATED);
		return (String) added.getBody().get("personId");
	}

	@Test
	void aSocialWorkerAddsAMaternalAuntFromTheGrandmothersCardAndSeesHerOnTheWorkList() {
		String aunt = add("ed-api-gran", """
				{"relation": "child", "person": {"givenName": "Kerensa", "familyName": "Pellow", "sex": "female",
				 "birthDate": "1992"}, "note": "Named by Tamsin at the genogram session"}""");

		assertThat(relationship(aunt)).isEqualTo("maternal aunt");
		Map<String, Object> added = person(aunt);
		assertThat(added).containsEntry("givenName", "Kerensa").containsEntry("version", 1);
		assertThat(http.getForObject("/api/persons?familyName=pellow", List.class).toString()).contains(aunt);
		Map<String, Object> history = amy.getForObject(BASE + "/persons/" + aunt + "/history", Map.class);
		List<Map<String, Object>> revisions = (List<Map<String, Object>>) history.get("revisions");
		assertThat(revisions).singleElement().satisfies(r -> {
			assertThat(r).containsEntry("kind", "added").containsEntry("by", "amy.social")
				.containsEntry("note", "Named by Tamsin at the genogram session").containsEntry("version", 1);
			assertThat(r.get("changes").toString()).contains("field=givenName, from=, to=Kerensa");
		});
	}

	@Test
	void aHalfBrotherWhoseFatherIsUnknownSharesOnlyTheMother() {
		String brother = add(CHILD, """
				{"relation": "half_sibling", "sharedParent": "ed-api-mum",
				 "person": {"givenName": "Jago", "familyName": "Pellow", "sex": "male", "birthDate": "2021"}}""");
		assertThat(relationship(brother)).endsWith("half-brother");
		List<Map<String, Object>> parents = (List<Map<String, Object>>) person(brother).get("parents");
		assertThat(parents).extracting(p -> p.get("personId")).containsExactly("ed-api-mum");
		assertThat((List<Map<String, Object>>) person(brother).get("siblingLinks")).singleElement()
			.satisfies(l -> assertThat(l).containsEntry("personId", CHILD).containsEntry("type", "half_maternal"));

		String unrecorded = add(CHILD, """
				{"relation": "half_sibling", "person": {"givenName": "Tristan", "familyName": "Nance", "sex": "male"}}""");
		assertThat((List<Map<String, Object>>) person(unrecorded).get("siblingLinks")).singleElement()
			.satisfies(l -> assertThat(l).containsEntry("personId", CHILD).containsEntry("type", "half_unknown"));
	}

	@Test
	void aTwinAPartnerAndAConnectedPersonAreAdded() {
		String twin = add(CHILD, """
				{"relation": "twin", "zygosity": "fraternal", "person": {"givenName": "Lowen", "familyName": "Trelawny", "sex": "male"}}""");
		Map<String, Object> t = person(twin);
		assertThat(t).containsEntry("birthDate", "2018-05-01");
		assertThat((List<Map<String, Object>>) t.get("multipleBirth")).extracting(l -> l.get("personId")).containsExactly(CHILD);
		assertThat((List<Map<String, Object>>) t.get("parents")).extracting(l -> l.get("personId"))
			.containsExactlyInAnyOrder("ed-api-mum", "ed-api-dad");

		String partner = add("ed-api-uncle", """
				{"relation": "partner", "partnershipType": "cohabiting", "from": "2020",
				 "person": {"givenName": "Wenna", "familyName": "Hocking", "sex": "female"}}""");
		assertThat((List<Map<String, Object>>) person(partner).get("partners")).singleElement()
			.satisfies(l -> assertThat(l).containsEntry("personId", "ed-api-uncle").containsEntry("detail", "current"));

		String friend = add(CHILD, """
				{"relation": "connected_person", "nature": "family_friend", "identifiedBy": "named_by_child",
				 "person": {"givenName": "Bersaba", "familyName": "Rowe", "sex": "female"}}""");
		assertThat((List<Map<String, Object>>) person(friend).get("connectedTo")).singleElement()
			.satisfies(l -> assertThat(l).containsEntry("personId", CHILD).containsEntry("type", "family_friend"));
	}

	@Test
	void makingAChildTheirOwnGrandparentIsRefusedAndNothingIsWritten() {
		List<String> before = GraphSnapshot.of(neo4j);
		ResponseEntity<Map> younger = post(amy, BASE + "/persons/" + CHILD + "/relatives", """
				{"relation": "child", "existingPerson": "ed-api-gran"}""");
		assertThat(younger.getStatusCode()).as("as a birth parent: younger than the child").isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
		assertThat(pointers(younger)).containsExactly("/existingPerson");
		assertThat(younger.getBody().get("detail").toString()).contains("is not older than the child");

		ResponseEntity<Map> refused = post(amy, BASE + "/persons/" + CHILD + "/relatives", """
				{"relation": "child", "parentLinkType": "adoptive", "existingPerson": "ed-api-gran"}""");

		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
		assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(pointers(refused)).as("the child and the grandmother would each be their own ancestor").containsOnly("/relation");
		assertThat(refused.getBody().get("detail").toString()).contains("Elowen Trelawny would become their own ancestor");
		assertThat(refused.getBody().get("errors").toString()).contains("Iris Pellow would become their own ancestor");
		assertThat(GraphSnapshot.of(neo4j)).isEqualTo(before);
	}

	@Test
	void aThirdBirthParentIsRefused() {
		ResponseEntity<Map> refused = post(amy, BASE + "/persons/" + CHILD + "/relatives", """
				{"relation": "parent", "person": {"givenName": "Pascoe", "familyName": "Nance", "sex": "male", "birthDate": "1980"}}""");
		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
		assertThat(pointers(refused)).containsExactly("/relation");
		assertThat(refused.getBody().get("detail").toString()).contains("Elowen Trelawny would have more than two birth parents");
		assertThat(http.getForObject("/api/persons?familyName=nance", List.class).toString()).doesNotContain("Pascoe");
	}

	@Test
	void deathBeforeBirthAPartnershipWithOneselfAndBadCodesAreRefusedNamingTheField() {
		long version = version("ed-api-uncle");
		ResponseEntity<Map> died = send(amy, HttpMethod.PUT, BASE + "/persons/ed-api-uncle/details", """
				{"version": %d, "person": {"givenName": "Morwen", "familyName": "Pellow", "sex": "male", "birthDate": "1990",
				 "deathDate": "1985"}}""".formatted(version));
		assertThat(died.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
		assertThat(pointers(died)).containsExactly("/person/deathDate");
		assertThat(died.getBody().get("detail").toString()).contains("Morwen Pellow: died (1985) before being born (1990)");

		ResponseEntity<Map> self = post(amy, BASE + "/persons/ed-api-uncle/relatives", """
				{"relation": "partner", "partnershipType": "married", "existingPerson": "ed-api-uncle"}""");
		assertThat(self.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
		assertThat(self.getBody().get("detail").toString()).contains("cannot be in a partnership with themselves");
		assertThat(pointers(self)).containsExactly("/relation");

		ResponseEntity<Map> codes = post(amy, BASE + "/persons/ed-api-uncle/relatives", """
				{"relation": "cousin", "person": {"givenName": "X"}}""");
		assertThat(pointers(codes)).containsExactly("/relation");
		ResponseEntity<Map> sex = post(amy, BASE + "/persons/ed-api-uncle/relatives", """
				{"relation": "child", "parentLinkType": "godly", "person": {"givenName": "X", "sex": "F", "birthDate": "2090"}}""");
		assertThat(pointers(sex)).containsExactlyInAnyOrder("/person/sex", "/person/birthDate", "/parentLinkType");
		ResponseEntity<Map> olderChild = post(amy, BASE + "/persons/ed-api-uncle/relatives", """
				{"relation": "child", "person": {"givenName": "Y", "birthDate": "1960"}}""");
		assertThat(pointers(olderChild)).containsExactly("/person/birthDate");
		assertThat(version("ed-api-uncle")).isEqualTo(version);
	}

	@Test
	void aStaleVersionIsRefusedWith409SayingWhatChangedWhoAndWhen() {
		String cousin = add("ed-api-uncle", """
				{"relation": "child", "person": {"givenName": "Cubert", "familyName": "Pellow", "sex": "male", "birthDate": "2015"}}""");
		String first = """
				{"version": 1, "note": "Phoned the uncle", "person": {"givenName": "Cubert", "familyName": "Pellow", "sex": "male",
				 "birthDate": "2015", "postcode": "TR1 2AB", "alsoKnownAs": ["Bertie"]}}""";
		ResponseEntity<Map> saved = send(amy, HttpMethod.PUT, BASE + "/persons/" + cousin + "/details", first);
		assertThat(saved.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(saved.getBody()).containsEntry("version", 2);
		assertThat(saved.getHeaders().getFirst("Kinmap-Sequence")).isNotBlank();

		ResponseEntity<Map> stale = send(amy, HttpMethod.PUT, BASE + "/persons/" + cousin + "/details", """
				{"version": 1, "person": {"givenName": "Cuby", "familyName": "Pellow", "sex": "male", "birthDate": "2015"}}""");
		assertThat(stale.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(stale.getBody()).containsEntry("currentVersion", 2);
		assertThat(stale.getBody().get("detail").toString()).contains("alsoKnownAs, postcode by amy.social at ")
			.contains("your version 1, now 2");
		assertThat(person(cousin)).containsEntry("givenName", "Cubert").containsEntry("postcode", "TR1 2AB");

		ResponseEntity<Map> missing = send(amy, HttpMethod.PUT, BASE + "/persons/" + cousin + "/details", """
				{"person": {"givenName": "Cuby"}}""");
		assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
		assertThat(pointers(missing)).containsExactly("/version");

		List<Map<String, Object>> history = (List<Map<String, Object>>) amy
			.getForObject(BASE + "/persons/" + cousin + "/history", Map.class).get("revisions");
		assertThat(history).extracting(r -> r.get("version"), r -> r.get("kind")).containsExactly(
				org.assertj.core.groups.Tuple.tuple(2, "corrected"), org.assertj.core.groups.Tuple.tuple(1, "added"));
		assertThat(history.get(0).get("changes").toString()).contains("field=postcode, from=, to=TR1 2AB")
			.contains("field=alsoKnownAs, from=, to=Bertie");
	}

	@Test
	void twoChangesBasedOnOneVersionAtOnceSaveOneAndRefuseTheOther() throws Exception {
		String cousin = add("ed-api-uncle", """
				{"relation": "child", "person": {"givenName": "Tressa", "familyName": "Pellow", "sex": "female", "birthDate": "2016"}}""");
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
		try {
			java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
			List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
			for (String postcode : List.of("TR1 1AA", "TR2 2BB")) {
				answers.add(pool.submit(() -> {
					start.await();
					return send(amy, HttpMethod.PUT, BASE + "/persons/" + cousin + "/details", """
							{"version": 1, "person": {"givenName": "Tressa", "familyName": "Pellow", "sex": "female",
							 "birthDate": "2016", "postcode": "%s"}}""".formatted(postcode)).getStatusCode().value();
				}));
			}
			start.countDown();
			List<Integer> statuses = new java.util.ArrayList<>();
			for (var answer : answers) {
				statuses.add(answer.get(2, java.util.concurrent.TimeUnit.MINUTES));
			}
			assertThat(statuses).containsExactlyInAnyOrder(200, 409);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(version(cousin)).isEqualTo(2);
		assertThat((List<?>) amy.getForObject(BASE + "/persons/" + cousin + "/history", Map.class).get("revisions")).hasSize(2);
	}

	@Test
	void anImportThatChangesAPersonRaisesTheirVersionSoAnEditBasedOnTheOldOneIsStale() {
		long before = version("ed-api-stranger");
		String changed = """
				{"persons": [{"id": "ed-api-stranger", "givenName": "Cador", "familyName": "Nance", "sex": "male",
				  "birthDate": "1970", "postcode": "TR%d 9ZZ"}]}""".formatted(before);
		assertThat(post(http, "/api/networks", changed).getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(version("ed-api-stranger")).isEqualTo(before + 1);
		assertThat(post(http, "/api/networks", changed).getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(version("ed-api-stranger")).as("the same document again changes nothing").isEqualTo(before + 1);

		String mum = "ed-api-mum";
		long mumVersion = version(mum);
		String renamed = FAMILY.replace("\"givenName\": \"Tamsin\"", "\"givenName\": \"Tamsyn\"");
		assertThat(post(http, "/api/networks", renamed).getStatusCode()).isEqualTo(HttpStatus.OK);
		ResponseEntity<Map> stale = send(amy, HttpMethod.PUT, BASE + "/persons/" + mum + "/risk", """
				{"version": %d, "riskToChildren": false}""".formatted(mumVersion));
		assertThat(stale.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(stale.getBody().get("detail").toString()).contains("givenName by " + TestAccounts.USERNAME);
		assertThat(((List<Map<String, Object>>) stale.getBody().get("changes")).get(0)).containsEntry("kind", "imported");
		post(http, "/api/networks", FAMILY);
	}

	@Test
	void aPartnershipEndsAParentLinkChangesTypeAndARiskIsFlaggedAndCleared() {
		String partner = add("ed-api-uncle", """
				{"relation": "partner", "partnershipType": "married", "person": {"givenName": "Demelza", "familyName": "Hocking"}}""");
		String[] pair = partner.compareTo("ed-api-uncle") < 0 ? new String[] { partner, "ed-api-uncle" }
				: new String[] { "ed-api-uncle", partner };
		ResponseEntity<Map> ended = send(amy, HttpMethod.PUT, BASE + "/partnerships/ed-api-uncle/" + partner, """
				{"version": 1, "type": "married", "status": "divorced", "from": "2019", "to": "2024-03"}""");
		assertThat(ended.getStatusCode()).as("%s", ended.getBody()).isEqualTo(HttpStatus.OK);
		assertThat(ended.getBody()).containsEntry("version", 2).containsEntry("subject", "partnership:" + pair[0] + "&" + pair[1]);
		ResponseEntity<Map> backwards = send(amy, HttpMethod.PUT, BASE + "/partnerships/ed-api-uncle/" + partner, """
				{"version": 2, "type": "married", "status": "divorced", "from": "2024", "to": "2019"}""");
		assertThat(pointers(backwards)).containsExactly("/to");

		String stepChild = add("ed-api-uncle", """
				{"relation": "child", "parentLinkType": "step", "person": {"givenName": "Ruan", "familyName": "Hocking", "birthDate": "2012"}}""");
		ResponseEntity<Map> adopted = send(amy, HttpMethod.PUT, BASE + "/parent-links/ed-api-uncle/" + stepChild, """
				{"version": 1, "type": "adoptive", "parentalResponsibility": true, "note": "Adoption order made"}""");
		assertThat(adopted.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat((List<Map<String, Object>>) person(stepChild).get("parents")).singleElement()
			.satisfies(l -> assertThat(l).containsEntry("type", "adoptive").containsEntry("detail", "parental responsibility")
				.containsEntry("version", 2));
		Map<String, Object> linkHistory = amy.getForObject(BASE + "/parent-links/ed-api-uncle/" + stepChild + "/history", Map.class);
		assertThat(linkHistory.get("revisions").toString()).contains("field=type, from=step, to=adoptive");

		long v = version("ed-api-dad");
		ResponseEntity<Map> flagged = send(amy, HttpMethod.PUT, BASE + "/persons/ed-api-dad/risk", """
				{"version": %d, "riskToChildren": true, "riskNote": "Conviction for violence, 2019"}""".formatted(v));
		assertThat(flagged.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(person("ed-api-dad")).containsEntry("riskToChildren", true);
		ResponseEntity<Map> noteWithoutRisk = send(amy, HttpMethod.PUT, BASE + "/persons/ed-api-dad/risk", """
				{"version": %d, "riskToChildren": false, "riskNote": "kept"}""".formatted(v + 1));
		assertThat(pointers(noteWithoutRisk)).containsExactly("/riskNote");
		ResponseEntity<Map> cleared = send(amy, HttpMethod.PUT, BASE + "/persons/ed-api-dad/risk", """
				{"version": %d, "riskToChildren": false, "note": "Risk assessment concluded no risk"}""".formatted(v + 1));
		assertThat(cleared.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(person("ed-api-dad")).containsEntry("riskToChildren", false).doesNotContainKey("riskNote");
	}

	@Test
	void aPersonEnteredByMistakeIsRemovedWithAReasonAndLeavesTheGenogram() {
		String mistake = add("ed-api-mum", """
				{"relation": "child", "person": {"givenName": "Twice", "familyName": "Entered", "birthDate": "2019"}}""");
		assertThat(http.getForObject("/api/children/" + CHILD + "/genogram", Map.class).toString()).contains(mistake);

		ResponseEntity<Map> noReason = post(amy, BASE + "/persons/" + mistake + "/removal", "{\"version\": 1}");
		assertThat(pointers(noReason)).containsExactly("/reason");
		ResponseEntity<Map> child = post(amy, BASE + "/persons/" + CHILD + "/removal",
				"{\"version\": 1, \"reason\": \"test\"}");
		assertThat(child.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);

		ResponseEntity<Map> removed = post(amy, BASE + "/persons/" + mistake + "/removal",
				"{\"version\": 1, \"reason\": \"Entered twice by mistake\"}");
		assertThat(removed.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(http.getForObject("/api/children/" + CHILD + "/genogram", Map.class).toString()).doesNotContain(mistake);
		assertThat(relationship(mistake)).isNull();
		Map<String, Object> history = amy.getForObject(BASE + "/persons/" + mistake + "/history", Map.class);
		assertThat(history).containsEntry("version", 0);
		assertThat((List<Map<String, Object>>) history.get("revisions")).first()
			.satisfies(r -> assertThat(r).containsEntry("kind", "removed").containsEntry("note", "Entered twice by mistake"));

		String link = add("ed-api-uncle", """
				{"relation": "child", "parentLinkType": "foster", "person": {"givenName": "Linked", "familyName": "Wrongly"}}""");
		ResponseEntity<Map> unlinked = post(amy, BASE + "/parent-links/ed-api-uncle/" + link + "/removal",
				"{\"version\": 1, \"reason\": \"Wrong uncle\"}");
		assertThat(unlinked.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat((List<?>) person(link).get("parents")).isEmpty();
	}

	@Test
	void onlySocialWorkersChangeANetworkAndOnlyFromARecordTheyMayRead() {
		long v = version("ed-api-grandad");
		String risk = "{\"version\": %d, \"riskToChildren\": true, \"riskNote\": \"x\"}".formatted(v);
		for (String other : List.of("dev.manager", "erin.iro", "carla.homes", "fay.admin")) {
			ResponseEntity<Map> refused = send(http.withBasicAuth(other, TestAccounts.DEMO_PASSWORD), HttpMethod.PUT,
					BASE + "/persons/ed-api-grandad/risk", risk);
			assertThat(refused.getStatusCode()).as(other).isEqualTo(HttpStatus.FORBIDDEN);
		}
		TestRestTemplate ben = http.withBasicAuth("ben.social", TestAccounts.DEMO_PASSWORD);
		assertThat(send(ben, HttpMethod.PUT, BASE + "/persons/ed-api-grandad/risk", risk).getStatusCode())
			.as("ben.social is not allocated to the child").isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(send(amy, HttpMethod.PUT, "/api/children/ed-api-other-child/network/persons/ed-api-other-child/risk", risk)
			.getStatusCode()).as("amy.social is not allocated to the other child").isEqualTo(HttpStatus.FORBIDDEN);
		ResponseEntity<Map> stranger = send(amy, HttpMethod.PUT, BASE + "/persons/ed-api-stranger/risk", risk);
		assertThat(stranger.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(stranger.getBody().get("detail").toString()).contains("is not in this child's family network");
		ResponseEntity<Map> notInCare = send(amy, HttpMethod.PUT, "/api/children/ed-api-gran/network/persons/ed-api-gran/risk", risk);
		assertThat(notInCare.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(version("ed-api-grandad")).isEqualTo(v);
		assertThat(person("ed-api-grandad")).containsEntry("riskToChildren", false);
	}

	@Test
	void hostileInputIsRefusedAndWritesNothing() {
		List<String> before = GraphSnapshot.of(neo4j);
		ResponseEntity<Map> nullInList = post(amy, BASE + "/persons/ed-api-mum/relatives", """
				{"relation": "child", "person": {"givenName": "N", "alsoKnownAs": ["Nan", null]}}""");
		assertThat(nullInList.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
		assertThat(pointers(nullInList)).containsExactly("/person/alsoKnownAs/1");

		ResponseEntity<Map> nan = send(amy, HttpMethod.PUT, BASE + "/persons/ed-api-mum/risk",
				"{\"version\": NaN, \"riskToChildren\": true}");
		assertThat(nan.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

		String megabyte = "x".repeat(1_000_000);
		ResponseEntity<Map> huge = post(amy, BASE + "/persons/ed-api-mum/relatives",
				"{\"relation\": \"child\", \"person\": {\"givenName\": \"" + megabyte + "\"}}");
		assertThat(huge.getStatusCode().is4xxClientError()).as("%s", huge.getStatusCode()).isTrue();
		ResponseEntity<Map> longNote = post(amy, BASE + "/persons/ed-api-mum/relatives",
				"{\"relation\": \"child\", \"person\": {\"givenName\": \"" + "y".repeat(300) + "\"}}");
		assertThat(pointers(longNote)).containsExactly("/person/givenName");
		ResponseEntity<Map> control = post(amy, BASE + "/persons/ed-api-mum/removal",
				"{\"version\": 1, \"reason\": \"bad\\u0000\"}");
		assertThat(pointers(control)).containsExactly("/reason");
		ResponseEntity<Map> notJson = post(amy, BASE + "/persons/ed-api-mum/relatives", "{\"relation\": ");
		assertThat(notJson.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		ResponseEntity<Map> unknownField = post(amy, BASE + "/persons/ed-api-mum/relatives",
				"{\"relation\": \"child\", \"person\": {\"givenName\": \"Z\"}, \"extra\": 1}");
		assertThat(unknownField.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(GraphSnapshot.of(neo4j)).isEqualTo(before);
	}
}
