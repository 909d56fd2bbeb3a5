package org.kinmap.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kinmap.OidcTestProvider.CLIENT_ID;
import static org.kinmap.OidcTestProvider.HOME_FINDERS;
import static org.kinmap.OidcTestProvider.ISSUER_ID;
import static org.kinmap.OidcTestProvider.MANAGERS;
import static org.kinmap.OidcTestProvider.SOCIAL_WORKERS;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.Test;
import org.kinmap.KinmapIntegrationTest;
import org.kinmap.OidcTestProvider;
import org.kinmap.TestAccounts;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Signing in with the authority's OpenID Connect provider: a real one on loopback ({@link OidcTestProvider}). Bearer
 * tokens it issues are accepted by the API with the roles of their groups and the user name of their username claim;
 * tokens it did not issue for kinmap, or that have expired or are not signed, are not. A browser signs in to the
 * pages through it into an ordinary session.
 */
@KinmapIntegrationTest
class OidcSignInIT {

	/** Allocated to amy.social in the demonstration accounts, not to ben.social. */
	static final String CHILD = "p-mensah-kwame";

	@LocalServerPort
	int port;

	final ObjectMapper json = new ObjectMapper();

	/** A token from the test provider for kinmap, for a person with these groups. */
	static String token(String username, String... groups) {
		return token(ISSUER_ID, claims(username, groups), List.of(CLIENT_ID), 3600);
	}

	static Map<String, Object> claims(String username, String... groups) {
		Map<String, Object> claims = new HashMap<>();
		if (username != null) {
			claims.put("preferred_username", username);
		}
		claims.put("groups", List.of(groups));
		return claims;
	}

	static String token(String issuerId, Map<String, Object> claims, List<String> audience, long expirySeconds) {
		return OidcTestProvider.server()
			.issueToken(issuerId, CLIENT_ID,
					new DefaultOAuth2TokenCallback(issuerId, "subject-" + claims.get("preferred_username"), "JWT", audience,
							claims, expirySeconds))
			.serialize();
	}

	@Test
	void bearerTokensGetTheRolesOfTheirGroups() throws Exception {
		Caller manager = Caller.bearer(port, token("dev.manager", MANAGERS));
		assertThat(manager.get("/api/sibling-groups/summary").statusCode()).isEqualTo(200);
		HttpResponse<String> homeFinder = Caller.bearer(port, token("carla.homes", HOME_FINDERS))
			.get("/api/sibling-groups/summary");
		assertThat(homeFinder.statusCode()).isEqualTo(403);
		assertThat(homeFinder.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
		assertThat(Caller.bearer(port, token("carla.homes", HOME_FINDERS)).get("/api/carers").statusCode()).isEqualTo(200);

		JsonNode me = json.readTree(Caller.bearer(port, token("Dev.Manager", MANAGERS, SOCIAL_WORKERS, "an-unmapped-group"))
			.get("/api/me").body());
		assertThat(me.get("username").asText()).as("the username claim, in lower case").isEqualTo("dev.manager");
		assertThat(me.get("roles").toString()).isEqualTo("[\"SOCIAL_WORKER\",\"MANAGER\"]");
	}

	@Test
	void aPersonInNoMappedGroupMayOnlySeeWhoTheyAre() throws Exception {
		Map<String, Object> claims = claims("hal.nogroup", "an-unmapped-group");
		claims.put("name", "Hal Example");
		Caller nobody = Caller.bearer(port, token(ISSUER_ID, claims, List.of(CLIENT_ID), 3600));
		HttpResponse<String> me = nobody.get("/api/me");
		assertThat(me.statusCode()).isEqualTo(200);
		assertThat(json.readTree(me.body()).get("roles").size()).isZero();
		assertThat(json.readTree(me.body()).get("displayName").asText()).as("no local account: the provider's name")
			.isEqualTo("Hal Example");
		assertThat(nobody.get("/api/children").statusCode()).isEqualTo(403);
		assertThat(nobody.get("/api/children/" + CHILD).statusCode()).isEqualTo(403);
		assertThat(Caller.bearer(port, token("hal.nogroup")).get("/api/carers").statusCode()).isEqualTo(403);
	}

	@Test
	void allocationRestrictedRecordsAndTheAuditUseTheUsernameClaim() throws Exception {
		assertThat(Caller.bearer(port, token("amy.social", SOCIAL_WORKERS)).get("/api/children/" + CHILD + "/genogram")
			.statusCode()).as("amy.social is allocated").isEqualTo(200);
		HttpResponse<String> ben = Caller.bearer(port, token("ben.social", SOCIAL_WORKERS))
			.get("/api/children/" + CHILD + "/genogram");
		assertThat(ben.statusCode()).as("ben.social is not").isEqualTo(403);
		assertThat(json.readTree(ben.body()).get("detail").asText()).contains("not allocated");

		Caller.bearer(port, token("gail.oidc-only", SOCIAL_WORKERS)).get("/api/children/" + CHILD + "/genogram");
		JsonNode events = json.readTree(Caller.script(port, "fay.admin", TestAccounts.DEMO_PASSWORD)
			.get("/api/children/" + CHILD + "/audit").body());
		boolean recorded = false;
		for (JsonNode event : events) {
			recorded |= event.get("username").asText().equals("gail.oidc-only") && event.get("outcome").asText().equals("refused");
		}
		assertThat(recorded).as("the audit trail names the refused reader by the username claim").isTrue();

		// A provider's user name, an e-mail address with no local account, can be allocated to a child.
		Caller admin = Caller.script(port, "fay.admin", TestAccounts.DEMO_PASSWORD);
		String before = admin.get("/api/children/" + CHILD + "/access").body();
		List<String> allocated = new java.util.ArrayList<>();
		json.readTree(before).get("allocated").forEach(n -> allocated.add(n.asText()));
		try {
			List<String> withGail = new java.util.ArrayList<>(allocated);
			withGail.add("gail.worker@kinmouth.example");
			HttpResponse<String> set = admin.send("PUT", "/api/children/" + CHILD + "/access", "application/json",
					json.writeValueAsString(Map.of("allocated", withGail)));
			assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
			assertThat(Caller.bearer(port, token("Gail.Worker@kinmouth.example", SOCIAL_WORKERS))
				.get("/api/children/" + CHILD + "/genogram").statusCode()).isEqualTo(200);
			assertThat(admin.send("PUT", "/api/children/" + CHILD + "/access", "application/json",
					"{\"allocated\": [\"Not A Name\"]}").statusCode()).isEqualTo(400);
		}
		finally {
			admin.send("PUT", "/api/children/" + CHILD + "/access", "application/json",
					json.writeValueAsString(Map.of("allocated", allocated)));
		}
	}

	@Test
	void bearerRequestsNeedNoCsrfTokenAndMakeNoSession() throws Exception {
		HttpResponse<String> post = Caller.bearer(port, token("amy.social", SOCIAL_WORKERS))
			.send("POST", "/api/matches", "application/json", "{\"not\": \"a sibling group\"}");
		assertThat(post.statusCode()).as("refused for its body, not for want of a CSRF token").isEqualTo(400);
		assertThat(post.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("KINMAP_SESSION"));
	}

	@Test
	void tokensNotIssuedForKinmapByItsProviderAreRefused() throws Exception {
		String issuer = OidcTestProvider.issuer();
		Map<String, Object> claims = claims("dev.manager", MANAGERS);
		Map<String, String> refused = new LinkedHashMap<>();
		Map<String, Object> otherIssuer = new HashMap<>(claims);
		otherIssuer.put("iss", "https://login.example.invalid/another-tenant/v2.0");
		refused.put("another issuer, signed with the right key", token(ISSUER_ID, otherIssuer, List.of(CLIENT_ID), 3600));
		Map<String, Object> forged = new HashMap<>(claims);
		forged.put("iss", issuer);
		refused.put("the right issuer, signed with another issuer's key", token("elsewhere", forged, List.of(CLIENT_ID), 3600));
		refused.put("another audience", token(ISSUER_ID, claims, List.of("another-app"), 3600));
		refused.put("expired ten minutes ago", token(ISSUER_ID, claims, List.of(CLIENT_ID), -600));
		refused.put("no username claim", token(null, MANAGERS));
		JWTClaimsSet unsigned = SignedJWT.parse(token("dev.manager", MANAGERS)).getJWTClaimsSet();
		refused.put("unsigned (alg none)", new PlainJWT(unsigned).serialize());
		refused.put("not a token", "not-a-token");

		assertThat(SignedJWT.parse(refused.get("another issuer, signed with the right key")).getJWTClaimsSet().getIssuer())
			.as("the test's premise").isNotEqualTo(issuer);
		assertThat(SignedJWT.parse(refused.get("the right issuer, signed with another issuer's key")).getJWTClaimsSet()
			.getIssuer()).as("the test's premise").isEqualTo(issuer);
		for (var token : refused.entrySet()) {
			HttpResponse<String> answer = Caller.bearer(port, token.getValue()).get("/api/sibling-groups/summary");
			assertThat(answer.statusCode()).as(token.getKey()).isEqualTo(401);
			assertThat(answer.headers().firstValue("Content-Type")).as(token.getKey())
				.hasValueSatisfying(t -> assertThat(t).contains("application/problem+json"));
			assertThat(answer.headers().firstValue("WWW-Authenticate")).as(token.getKey())
				.hasValueSatisfying(h -> assertThat(h).startsWith("Bearer"));
		}
		assertThat(Caller.bearer(port, token("dev.manager", MANAGERS)).get("/api/sibling-groups/summary").statusCode())
			.as("the same claims in a good token").isEqualTo(200);
	}

	@Test
	void refusedBearerTokensDoNotThrottleTheirAddress() throws Exception {
		for (int i = 0; i < 25; i++) {
			assertThat(Caller.bearer(port, "expired-or-made-up-" + i).get("/api/me").statusCode()).isEqualTo(401);
		}
		assertThat(Caller.script(port, "fay.admin", TestAccounts.DEMO_PASSWORD).get("/api/me").statusCode())
			.as("more refused tokens than kinmap.sign-in.max-failures-per-address, and a password still signs in")
			.isEqualTo(200);
	}

	@Test
	void aBrowserSignsInThroughTheProviderIntoASession() throws Exception {
		Caller browser = Caller.anonymous(port);
		String page = browser.get("/sign-in").body();
		assertThat(page).contains("Sign in with <span>" + OidcTestProvider.PROVIDER_NAME + "</span>")
			.contains("href=\"/oauth2/authorization/oidc\"");

		HttpResponse<String> toProvider = browser.get("/oauth2/authorization/oidc");
		assertThat(toProvider.statusCode()).isEqualTo(302);
		assertThat(toProvider.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l)
			.startsWith(OidcTestProvider.server().authorizationEndpointUrl(ISSUER_ID).toString())
			.contains("code_challenge_method=S256").contains("nonce="));
		HttpResponse<String> back = browser.follow(toProvider);
		assertThat(back.statusCode()).isEqualTo(302);
		assertThat(back.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l)
			.startsWith("http://localhost:" + port + "/login/oauth2/code/oidc?"));
		// The claims of the tokens the provider issues when kinmap redeems the code.
		OidcTestProvider.server().enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, "subject-amy", "JWT",
				List.of(CLIENT_ID), Map.of("preferred_username", "Amy.Social", "name", "Amy Lewis", "groups", List.of(SOCIAL_WORKERS)),
				3600));
		HttpResponse<String> signedIn = browser.follow(back);
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/"));

		JsonNode me = json.readTree(browser.get("/api/me").body());
		assertThat(me.get("username").asText()).isEqualTo("amy.social");
		assertThat(me.get("roles").toString()).isEqualTo("[\"SOCIAL_WORKER\"]");
		assertThat(browser.get("/").statusCode()).isEqualTo(200);
		assertThat(browser.get("/api/children/" + CHILD + "/genogram").statusCode()).as("allocated to amy.social")
			.isEqualTo(200);
		assertThat(browser.get("/sibling-groups").statusCode()).as("a manager's page").isEqualTo(403);

		assertThat(browser.send("POST", "/sign-out", null, null).statusCode()).as("a change without the CSRF token")
			.isEqualTo(403);
		assertThat(browser.sendFromPage("POST", "/sign-out", null, null).statusCode()).isEqualTo(204);
		assertThat(browser.get("/api/me").statusCode()).isEqualTo(401);
	}

	@Test
	void aFailedProviderSignInGoesBackToTheSignInPage() throws Exception {
		Caller browser = Caller.anonymous(port);
		HttpResponse<String> back = browser.get("/login/oauth2/code/oidc?code=made-up&state=made-up");
		assertThat(back.statusCode()).isEqualTo(302);
		assertThat(back.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/sign-in?oidc-error"));
		assertThat(browser.follow(back).body()).contains("id=\"oidc-error\"");
	}
}
