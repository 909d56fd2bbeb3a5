package org.kinmap.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kinmap.access.Role.ADMIN;
import static org.kinmap.access.Role.HOME_FINDER;
import static org.kinmap.access.Role.IRO;
import static org.kinmap.access.Role.MANAGER;
import static org.kinmap.access.Role.SOCIAL_WORKER;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.kinmap.KinmapIntegrationTest;
import org.kinmap.TestAccounts;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The whole access matrix: every operation in the OpenAPI description and every page, for each role (the
 * demonstration accounts) and for a caller who has not signed in. Each answer must be what the table below says:
 * allowed (anything but 401 and 403, and never 5xx), 403, or 401 (pages: a redirect to the sign-in page). An
 * operation the table does not name fails the test, so a new endpoint must be placed in the matrix.
 *
 * <p>The requests change nothing: bodies are deliberately not valid documents, so the roles allowed get a 4xx from
 * validation and the others are refused before the body is read.
 */
@KinmapIntegrationTest
class AccessMatrixIT {

	/** A child allocated to the demonstration social worker (amy.social) and IRO (erin.iro). */
	static final String CHILD = "p-mensah-kwame";
	static final Map<Role, String> ACCOUNTS = Map.of(SOCIAL_WORKER, "amy.social", HOME_FINDER, "carla.homes", MANAGER,
			"dev.manager", IRO, "erin.iro", ADMIN, "fay.admin");
	static final Set<Role> ALL = EnumSet.allOf(Role.class);
	static final Set<Role> CHILD_READERS = EnumSet.of(SOCIAL_WORKER, HOME_FINDER, MANAGER, IRO);
	static final Set<Role> NETWORK_READERS = EnumSet.of(SOCIAL_WORKER, MANAGER, IRO);
	static final Set<Role> MATCHERS = EnumSet.of(SOCIAL_WORKER, HOME_FINDER, MANAGER);

	/** Who may call each operation of the API, by method and path template. */
	static final Map<String, Set<Role>> OPERATIONS = new LinkedHashMap<>();
	static {
		OPERATIONS.put("GET /api/me", ALL);
		OPERATIONS.put("GET /api/children", CHILD_READERS);
		OPERATIONS.put("GET /api/children/{id}", CHILD_READERS);
		OPERATIONS.put("GET /api/children/{id}/siblings", CHILD_READERS);
		OPERATIONS.put("GET /api/children/{id}/genogram", NETWORK_READERS);
		OPERATIONS.put("GET /api/children/{id}/relatives", NETWORK_READERS);
		OPERATIONS.put("GET /api/children/{id}/network-gaps", NETWORK_READERS);
		OPERATIONS.put("GET /api/children/{id}/carer-matches", MATCHERS);
		OPERATIONS.put("GET /api/children/{id}/access", EnumSet.of(ADMIN));
		OPERATIONS.put("PUT /api/children/{id}/access", EnumSet.of(ADMIN));
		OPERATIONS.put("GET /api/children/{id}/audit", EnumSet.of(SOCIAL_WORKER, MANAGER, IRO, ADMIN));
		OPERATIONS.put("GET /api/persons", NETWORK_READERS);
		OPERATIONS.put("GET /api/persons/{id}", NETWORK_READERS);
		OPERATIONS.put("GET /api/persons/{id}/relatives", NETWORK_READERS);
		OPERATIONS.put("GET /api/relatives", NETWORK_READERS);
		OPERATIONS.put("GET /api/carers", MATCHERS);
		OPERATIONS.put("GET /api/carers/{id}", MATCHERS);
		OPERATIONS.put("POST /api/matches", MATCHERS);
		OPERATIONS.put("POST /api/matches/assignment", EnumSet.of(HOME_FINDER, MANAGER));
		OPERATIONS.put("GET /api/sibling-groups", EnumSet.of(MANAGER));
		OPERATIONS.put("GET /api/sibling-groups/summary", EnumSet.of(MANAGER));
		OPERATIONS.put("GET /api/sibling-groups/{id}", NETWORK_READERS);
		OPERATIONS.put("POST /api/together-or-apart-assessments", EnumSet.of(SOCIAL_WORKER));
		OPERATIONS.put("PUT /api/together-or-apart-assessments/{id}", EnumSet.of(SOCIAL_WORKER));
		OPERATIONS.put("GET /api/together-or-apart-assessments/{id}", NETWORK_READERS);
		// Assessments as a workflow (issue 16, item 4).
		OPERATIONS.put("GET /api/children/{id}/assessments", NETWORK_READERS);
		OPERATIONS.put("POST /api/children/{id}/assessments", EnumSet.of(SOCIAL_WORKER));
		OPERATIONS.put("GET /api/children/{id}/reg24-approvals", NETWORK_READERS);
		OPERATIONS.put("POST /api/children/{id}/reg24-approvals", EnumSet.of(SOCIAL_WORKER));
		OPERATIONS.put("GET /api/assessments/{id}", NETWORK_READERS);
		OPERATIONS.put("POST /api/assessments/{id}/status", EnumSet.of(SOCIAL_WORKER));
		OPERATIONS.put("POST /api/assessments/{id}/reg25-extension", EnumSet.of(SOCIAL_WORKER));
		// Family finding.
		OPERATIONS.put("GET /api/children/{id}/family-finding", NETWORK_READERS);
		OPERATIONS.put("POST /api/children/{id}/family-finding/relatives/{personId}/contacts", EnumSet.of(SOCIAL_WORKER));
		OPERATIONS.put("PUT /api/children/{id}/family-finding/relatives/{personId}", EnumSet.of(SOCIAL_WORKER));
		OPERATIONS.put("POST /api/children/{id}/family-finding/searches", EnumSet.of(SOCIAL_WORKER));
		OPERATIONS.put("POST /api/networks", EnumSet.of(ADMIN));
		OPERATIONS.put("POST /api/networks/gedcom", EnumSet.of(ADMIN));
		// Exchange (issue 18).
		OPERATIONS.put("POST /api/carers/import", EnumSet.of(ADMIN, HOME_FINDER));
		OPERATIONS.put("GET /api/carers/import/template", EnumSet.of(ADMIN, HOME_FINDER));
		OPERATIONS.put("GET /api/children/{id}/network.ged", NETWORK_READERS);
		OPERATIONS.put("GET /api/persons/{id}/network.ged", NETWORK_READERS);
		OPERATIONS.put("GET /api/accounts", EnumSet.of(ADMIN));
		OPERATIONS.put("POST /api/accounts", EnumSet.of(ADMIN));
		OPERATIONS.put("PATCH /api/accounts/{username}", EnumSet.of(ADMIN));
		OPERATIONS.put("GET /api/audit", EnumSet.of(ADMIN));
		// The permanence tracker (issue 17).
		OPERATIONS.put("GET /api/tracker", NETWORK_READERS);
		OPERATIONS.put("GET /api/tracker.csv", NETWORK_READERS);
		OPERATIONS.put("GET /api/tracker/figures", EnumSet.of(MANAGER));
		OPERATIONS.put("GET /api/children/{id}/timeline", NETWORK_READERS);
		OPERATIONS.put("GET /api/panels/{date}", NETWORK_READERS);
		// Recording the tracker's records: social workers; managers also panels and allocations.
		OPERATIONS.put("POST /api/children/{childId}/reviews", EnumSet.of(SOCIAL_WORKER));
		OPERATIONS.put("POST /api/children/{childId}/plans", EnumSet.of(SOCIAL_WORKER));
		OPERATIONS.put("POST /api/children/{childId}/meetings", EnumSet.of(SOCIAL_WORKER));
		OPERATIONS.put("POST /api/children/{childId}/proceedings", EnumSet.of(SOCIAL_WORKER));
		OPERATIONS.put("POST /api/children/{childId}/panels", EnumSet.of(SOCIAL_WORKER, MANAGER));
		OPERATIONS.put("PUT /api/children/{childId}/allocation", EnumSet.of(SOCIAL_WORKER, MANAGER));
		// Casework (org.kinmap.casework): changing a child's family network, and its history.
		String network = "/api/children/{childId}/network";
		OPERATIONS.put("POST " + network + "/persons/{personId}/relatives", EnumSet.of(SOCIAL_WORKER));
		OPERATIONS.put("PUT " + network + "/persons/{personId}/details", EnumSet.of(SOCIAL_WORKER));
		OPERATIONS.put("PUT " + network + "/persons/{personId}/risk", EnumSet.of(SOCIAL_WORKER));
		OPERATIONS.put("POST " + network + "/persons/{personId}/removal", EnumSet.of(SOCIAL_WORKER));
		OPERATIONS.put("GET " + network + "/persons/{personId}/history", NETWORK_READERS);
		OPERATIONS.put("PUT " + network + "/partnerships/{a}/{b}", EnumSet.of(SOCIAL_WORKER));
		OPERATIONS.put("PUT " + network + "/parent-links/{parent}/{child}", EnumSet.of(SOCIAL_WORKER));
		OPERATIONS.put("POST " + network + "/{kind}/{x}/{y}/removal", EnumSet.of(SOCIAL_WORKER));
		OPERATIONS.put("POST " + network + "/connections/{personId}/removal", EnumSet.of(SOCIAL_WORKER));
		OPERATIONS.put("GET " + network + "/{kind}/{x}/{y}/history", NETWORK_READERS);
	}

	/** Who may open each page. */
	static final Map<String, Set<Role>> PAGES = new LinkedHashMap<>();
	static {
		PAGES.put("/", ALL);
		PAGES.put("/children/" + CHILD + "/genogram", NETWORK_READERS);
		PAGES.put("/children/" + CHILD + "/relatives", NETWORK_READERS);
		PAGES.put("/children/" + CHILD + "/matches", MATCHERS);
		PAGES.put("/sibling-groups", EnumSet.of(MANAGER));
		PAGES.put("/accounts", EnumSet.of(ADMIN));
		PAGES.put("/audit", EnumSet.of(ADMIN));
		PAGES.put("/swagger-ui.html", ALL);
		PAGES.put("/tracker", NETWORK_READERS);
		PAGES.put("/panels", NETWORK_READERS);
		PAGES.put("/children/" + CHILD + "/timeline", NETWORK_READERS);
	}

	@LocalServerPort
	int port;

	final ObjectMapper json = new ObjectMapper();

	@Test
	void everyOperationInTheApiDescriptionIsAnsweredAsTheMatrixSays() throws Exception {
		JsonNode paths = json.readTree(Caller.script(port, TestAccounts.USERNAME, TestAccounts.PASSWORD)
			.get("/v3/api-docs").body()).get("paths");
		Set<String> described = new TreeSet<>();
		for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext();) {
			var path = it.next();
			path.getValue().fieldNames().forEachRemaining(method -> described.add(method.toUpperCase() + " " + path.getKey()));
		}
		assertThat(OPERATIONS.keySet()).as("every operation the API describes is in the matrix, and only those")
			.containsExactlyInAnyOrderElementsOf(described);

		Map<Role, Caller> callers = new LinkedHashMap<>();
		ACCOUNTS.forEach((role, username) -> callers.put(role, Caller.script(port, username, TestAccounts.DEMO_PASSWORD)));
		Caller anonymous = Caller.anonymous(port);
		List<String> wrong = new ArrayList<>();
		for (var operation : OPERATIONS.entrySet()) {
			String method = operation.getKey().substring(0, operation.getKey().indexOf(' '));
			String path = concrete(operation.getKey().substring(method.length() + 1));
			String body = method.equals("GET") ? null : "{\"children\": \"not a list\", \"roles\": 7}";
			for (Role role : Role.values()) {
				HttpResponse<String> answer = callers.get(role).send(method, path, body == null ? null : "application/json", body);
				expect(wrong, operation.getKey() + " as " + role, answer, operation.getValue().contains(role) ? "allowed" : "403");
			}
			expect(wrong, operation.getKey() + " anonymously", anonymous.send(method, path,
					body == null ? null : "application/json", body), "401");
		}
		assertThat(wrong).as("answers that differ from the matrix").isEmpty();
	}

	@Test
	void everyPageIsOpenToTheRolesItServesAndSendsOthersToSignIn() throws Exception {
		List<String> wrong = new ArrayList<>();
		for (var page : PAGES.entrySet()) {
			for (Role role : Role.values()) {
				HttpResponse<String> answer = Caller.browser(port, ACCOUNTS.get(role), TestAccounts.DEMO_PASSWORD).get(page.getKey());
				expect(wrong, page.getKey() + " as " + role, answer, page.getValue().contains(role) ? "allowed" : "403");
			}
			HttpResponse<String> anonymous = Caller.anonymous(port).get(page.getKey());
			if (anonymous.statusCode() != 302 || !anonymous.headers().firstValue("Location").orElse("").endsWith("/sign-in")) {
				wrong.add(page.getKey() + " anonymously: " + anonymous.statusCode() + " " + anonymous.headers().firstValue("Location"));
			}
		}
		assertThat(wrong).as("pages that answer otherwise than the matrix").isEmpty();
	}

	@Test
	void socialWorkersAndIrosSeeOnlyTheirAllocatedChildren() throws Exception {
		Caller amy = Caller.script(port, "amy.social", TestAccounts.DEMO_PASSWORD);
		Caller ben = Caller.script(port, "ben.social", TestAccounts.DEMO_PASSWORD);
		Caller erin = Caller.script(port, "erin.iro", TestAccounts.DEMO_PASSWORD);
		assertThat(amy.get("/api/children/" + CHILD + "/genogram").statusCode()).isEqualTo(200);
		HttpResponse<String> refused = ben.get("/api/children/" + CHILD + "/genogram");
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.body()).contains("not allocated to this child");
		assertThat(ben.get("/api/children/p-ahmed-zara/relatives").statusCode()).isEqualTo(200);
		assertThat(erin.get("/api/children/p-ahmed-zara").statusCode()).isEqualTo(403);
		assertThat(erin.get("/api/children/" + CHILD).statusCode()).isEqualTo(200);
		// Lists hold only what the person may open.
		List<String> amysChildren = ids(amy.get("/api/children"));
		assertThat(amysChildren).contains(CHILD, "p-mensah-atta", "p-hughes-ella").doesNotContain("p-ahmed-zara");
		assertThat(ids(Caller.script(port, "dev.manager", TestAccounts.DEMO_PASSWORD).get("/api/children")))
			.hasSizeGreaterThanOrEqualTo(40);
		// A sibling group or a group's shortlist names every child: one not allocated is refused.
		assertThat(ben.send("POST", "/api/matches", "application/json",
				"{\"children\": [\"p-ahmed-zara\", \"" + CHILD + "\"]}").statusCode()).isEqualTo(403);
	}

	@Test
	void aRestrictedRecordIsSeenOnlyByThePeopleNamedOnIt() throws Exception {
		Caller admin = Caller.script(port, "fay.admin", TestAccounts.DEMO_PASSWORD);
		Caller manager = Caller.script(port, "dev.manager", TestAccounts.DEMO_PASSWORD);
		Caller ben = Caller.script(port, "ben.social", TestAccounts.DEMO_PASSWORD);
		Caller homeFinder = Caller.script(port, "carla.homes", TestAccounts.DEMO_PASSWORD);
		String child = "p-roberts-ethan";
		String before = admin.get("/api/children/" + child + "/access").body();
		try {
			HttpResponse<String> set = admin.send("PUT", "/api/children/" + child + "/access", "application/json",
					"{\"allocated\": [\"ben.social\"], \"restrictedTo\": [\"ben.social\", \"fay.admin\"]}");
			assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
			assertThat(ben.get("/api/children/" + child).statusCode()).isEqualTo(200);
			HttpResponse<String> refused = manager.get("/api/children/" + child);
			assertThat(refused.statusCode()).isEqualTo(403);
			assertThat(refused.body()).contains("restricted to the people named on it");
			assertThat(homeFinder.get("/api/children/" + child + "/carer-matches").statusCode()).isEqualTo(403);
			assertThat(ids(manager.get("/api/children"))).doesNotContain(child);
			assertThat(manager.get("/api/persons?familyName=Roberts").body()).doesNotContain(child);
			HttpResponse<String> assignment = manager.send("POST", "/api/matches/assignment", "application/json", "{}");
			assertThat(assignment.statusCode()).as(assignment.body()).isEqualTo(200);
			assertThat(assignment.body()).doesNotContain(child, "Ethan Roberts");
			assertThat(manager.send("POST", "/api/matches/assignment", "application/json",
					"{\"children\": [\"" + child + "\"]}").statusCode()).isEqualTo(403);
			// Unknown names are refused, and a restriction must name someone.
			assertThat(admin.send("PUT", "/api/children/" + child + "/access", "application/json",
					"{\"allocated\": [null, \"nobody.here\"]}").statusCode()).isEqualTo(400);
			assertThat(admin.send("PUT", "/api/children/" + child + "/access", "application/json",
					"{\"allocated\": [], \"restrictedTo\": []}").statusCode()).isEqualTo(400);
		}
		finally {
			JsonNode was = json.readTree(before);
			admin.send("PUT", "/api/children/" + child + "/access", "application/json",
					json.writeValueAsString(Map.of("allocated", was.get("allocated"))));
		}
		assertThat(manager.get("/api/children/" + child).statusCode()).isEqualTo(200);
	}

	private List<String> ids(HttpResponse<String> answer) throws Exception {
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
		List<String> ids = new ArrayList<>();
		json.readTree(answer.body()).forEach(c -> ids.add(c.get("id").asText()));
		return ids;
	}

	private static String concrete(String template) {
		return template.replace("/together-or-apart-assessments/{id}", "/together-or-apart-assessments/as-mensah-01")
			.replace("{username}", "no.such.account")
			.replace("{date}", "2026-12-03")
			.replace("{personId}", "p-mensah-akosua")
			.replace("{childId}", CHILD).replace("{kind}", "parent-links")
			.replaceAll("\\{(personId|a|b|parent|child|x|y)\\}", CHILD)
			.replace("{id}", CHILD);
	}

	private static void expect(List<String> wrong, String what, HttpResponse<String> answer, String expected) {
		int status = answer.statusCode();
		boolean ok = switch (expected) {
			case "allowed" -> status != 401 && status != 403 && status < 500;
			case "403" -> status == 403 && answer.body().contains("\"status\":403");
			case "401" -> status == 401 && answer.body().contains("\"status\":401");
			default -> false;
		};
		if (!ok) {
			wrong.add(what + ": expected " + expected + ", got " + status + " " + abbreviate(answer.body()));
		}
	}

	private static String abbreviate(String body) {
		return body.length() <= 200 ? body : body.substring(0, 200) + "…";
	}
}
