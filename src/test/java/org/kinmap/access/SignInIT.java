package org.kinmap.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.kinmap.KinmapIntegrationTest;
import org.kinmap.TestAccounts;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Signing in and out, CSRF protection of the pages' session, throttled failures, accounts, headers and the audit trail. */
@KinmapIntegrationTest
class SignInIT {

	static final String CHILD = "p-mensah-atta";

	@LocalServerPort
	int port;

	final ObjectMapper json = new ObjectMapper();

	@Test
	void aPersonSignsInWithTheFormUsesTheSessionAndSignsOut() throws Exception {
		Caller amy = Caller.browser(port, "amy.social", TestAccounts.DEMO_PASSWORD);
		JsonNode me = json.readTree(amy.get("/api/me").body());
		assertThat(me.get("username").asText()).isEqualTo("amy.social");
		assertThat(me.get("displayName").asText()).isEqualTo("Amy Lewis");
		assertThat(me.get("roles").toString()).isEqualTo("[\"SOCIAL_WORKER\"]");
		assertThat(amy.sendFromPage("POST", "/sign-out", null, null).statusCode()).as("the page's script signs out")
			.isEqualTo(204);
		HttpResponse<String> after = amy.get("/api/me");
		assertThat(after.statusCode()).isEqualTo(401);
		assertThat(after.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
	}

	@Test
	void aWrongPasswordIsRefusedAndFiveInARowLockTheAccount() throws Exception {
		Caller admin = Caller.script(port, "fay.admin", TestAccounts.DEMO_PASSWORD);
		String name = "lock.test-" + UUID.randomUUID().toString().substring(0, 8);
		String password = "a-long-enough-password";
		assertThat(admin.send("POST", "/api/accounts", "application/json", """
				{"username": "%s", "displayName": "Lock Test", "password": "%s", "roles": ["HOME_FINDER"]}"""
			.formatted(name, password)).statusCode()).isEqualTo(201);
		Caller someone = Caller.anonymous(port);
		HttpResponse<String> wrong = someone.signIn(name, "not-the-password");
		assertThat(wrong.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/sign-in?error"));
		for (int i = 0; i < 4; i++) {
			someone.signIn(name, "still-not-the-password");
		}
		HttpResponse<String> locked = Caller.anonymous(port).signIn(name, password);
		assertThat(locked.headers().firstValue("Location")).as("the right password, but the account is locked")
			.hasValueSatisfying(l -> assertThat(l).endsWith("/sign-in?error"));
		JsonNode account = null;
		for (JsonNode a : json.readTree(admin.get("/api/accounts").body())) {
			if (a.get("username").asText().equals(name)) {
				account = a;
			}
		}
		assertThat(account).isNotNull();
		assertThat(account.get("failedSignIns").asInt()).isGreaterThanOrEqualTo(5);
		assertThat(account.get("lockedUntil").isNull()).isFalse();
		assertThat(account.has("passwordHash")).isFalse();
		// A new password from an administrator unlocks it.
		assertThat(admin.send("PATCH", "/api/accounts/" + name, "application/json",
				"{\"password\": \"another-long-password\"}").statusCode()).isEqualTo(200);
		assertThat(Caller.browser(port, name, "another-long-password").get("/api/me").statusCode()).isEqualTo(200);
	}

	@Test
	void accountsRefuseWeakPasswordsUnknownRolesAndTakenNames() throws Exception {
		Caller admin = Caller.script(port, "fay.admin", TestAccounts.DEMO_PASSWORD);
		String[] bad = {
			"{\"username\": \"weak.pw\", \"displayName\": \"W\", \"password\": \"short\", \"roles\": [\"IRO\"]}",
			"{\"username\": \"role.pw\", \"displayName\": \"R\", \"password\": \"a-long-enough-password\", \"roles\": [\"KING\", null]}",
			"{\"username\": \"Bad Name\", \"displayName\": \"B\", \"password\": \"a-long-enough-password\", \"roles\": [\"IRO\"]}",
			"{\"username\": \"amy.social\", \"displayName\": \"Again\", \"password\": \"a-long-enough-password\", \"roles\": [\"IRO\"]}",
			"{\"username\": \"long.pw\", \"displayName\": \"L\", \"password\": \"" + "x".repeat(80) + "\", \"roles\": [\"IRO\"]}",
		};
		int[] expected = { 400, 400, 400, 409, 400 };
		for (int i = 0; i < bad.length; i++) {
			HttpResponse<String> answer = admin.send("POST", "/api/accounts", "application/json", bad[i]);
			assertThat(answer.statusCode()).as(bad[i] + " -> " + answer.body()).isEqualTo(expected[i]);
			assertThat(answer.body()).contains("\"detail\"");
		}
	}

	@Test
	void aSessionCannotChangeAnythingWithoutItsCsrfToken() throws Exception {
		Caller admin = Caller.browser(port, "fay.admin", TestAccounts.DEMO_PASSWORD);
		// Another site's form can post with the session cookie, but not with the token.
		HttpResponse<String> crossSite = admin.send("POST", "/api/networks/gedcom",
				"multipart/form-data; boundary=x", "--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.ged\"\r\n\r\n0 HEAD\r\n--x--\r\n");
		assertThat(crossSite.statusCode()).isEqualTo(403);
		assertThat(admin.send("POST", "/api/networks", "application/json", "{}").statusCode()).isEqualTo(403);
		// Basic credentials a browser cached are no way round it: another site's request says it is cross-site.
		HttpResponse<String> cached = Caller.script(port, "fay.admin", TestAccounts.DEMO_PASSWORD).sendWithHeaders("POST",
				"/api/networks", "application/json", "{}", "Sec-Fetch-Site", "cross-site");
		assertThat(cached.statusCode()).isEqualTo(403);
		// With the token from its cookie, as the pages send it, the request reaches validation.
		assertThat(admin.sendFromPage("POST", "/api/networks", "application/json", "{\"persons\": 5}").statusCode())
			.isBetween(400, 422);
	}

	@Test
	void aRequestNamingAnotherHostIsRefused() throws Exception {
		// DNS rebinding: another site's name pointed at this machine. (HttpClient will not send a Host of our choosing.)
		try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
			socket.setSoTimeout(120_000); // a guard against a hang, far above an answer's time on a busy machine
			socket.getOutputStream().write(("GET /api/me HTTP/1.1\r\nHost: evil.example\r\nAccept: application/json\r\n"
					+ "Connection: close\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
			String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
			assertThat(answer).startsWith("HTTP/1.1 400").contains("application/problem+json");
		}
		assertThat(Caller.script(port, "dev.manager", TestAccounts.DEMO_PASSWORD).get("/api/me").statusCode()).isEqualTo(200);
	}

	@Test
	void everyPageAndAnswerCarriesTheSecurityHeaders() throws Exception {
		for (String path : new String[] { "/sign-in", "/api/children" }) {
			HttpResponse<String> answer = path.startsWith("/api")
					? Caller.script(port, "dev.manager", TestAccounts.DEMO_PASSWORD).get(path) : Caller.anonymous(port).get(path);
			assertThat(answer.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
				.contains("script-src 'self'", "frame-ancestors 'none'", "object-src 'none'").doesNotContain("unsafe-inline"));
			assertThat(answer.headers().firstValue("X-Frame-Options")).hasValue("DENY");
			assertThat(answer.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
			assertThat(answer.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
		}
	}

	@Test
	void readsOfAChildsRecordAndRefusalsAreInTheAuditTrailWithoutPersonalDetails() throws Exception {
		Caller amy = Caller.script(port, "amy.social", TestAccounts.DEMO_PASSWORD);
		Caller ben = Caller.script(port, "ben.social", TestAccounts.DEMO_PASSWORD);
		assertThat(amy.get("/api/children/" + CHILD + "/genogram").statusCode()).isEqualTo(200);
		assertThat(ben.get("/api/children/" + CHILD + "/relatives").statusCode()).isEqualTo(403);
		HttpResponse<String> trail = Caller.script(port, "fay.admin", TestAccounts.DEMO_PASSWORD)
			.get("/api/audit?childId=" + CHILD + "&limit=50");
		assertThat(trail.statusCode()).isEqualTo(200);
		JsonNode events = json.readTree(trail.body());
		assertThat(events).anySatisfy(e -> {
			assertThat(e.get("username").asText()).isEqualTo("amy.social");
			assertThat(e.get("action").asText()).isEqualTo("read genogram");
			assertThat(e.get("outcome").asText()).isEqualTo("allowed");
			assertThat(e.get("path").asText()).isEqualTo("/api/children/" + CHILD + "/genogram");
			assertThat(e.get("remoteAddress").asText()).isNotBlank();
		});
		assertThat(events).anySatisfy(e -> {
			assertThat(e.get("username").asText()).isEqualTo("ben.social");
			assertThat(e.get("outcome").asText()).isEqualTo("refused");
		});
		assertThat(trail.body()).as("the audit trail holds ids, not names").doesNotContain("Atta", "Mensah");
		// The child's record shows who has looked, to those who may see it.
		HttpResponse<String> looked = amy.get("/api/children/" + CHILD + "/audit");
		assertThat(looked.statusCode()).isEqualTo(200);
		assertThat(looked.body()).contains("amy.social", "ben.social");
		// Filters by user and time.
		JsonNode amys = json.readTree(Caller.script(port, "fay.admin", TestAccounts.DEMO_PASSWORD)
			.get("/api/audit?username=amy.social&from=2020-01-01").body());
		assertThat(amys).isNotEmpty().allSatisfy(e -> assertThat(e.get("username").asText()).isEqualTo("amy.social"));
		assertThat(Caller.script(port, "fay.admin", TestAccounts.DEMO_PASSWORD).get("/api/audit?from=yesterday").statusCode())
			.isEqualTo(400);
	}
}
