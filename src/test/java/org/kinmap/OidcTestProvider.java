package org.kinmap;

import java.net.InetAddress;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real OpenID provider for the integration tests (navikt's mock-oauth2-server, on a free loopback port), started
 * once per test run, and kinmap's {@code kinmap.oidc.*} properties pointing at it. Every test class with
 * {@link KinmapIntegrationTest} shares the one context, so OpenID Connect is on for all of them.
 *
 * <p>It issues a code without a login form (no interactive login); the claims of the next token it issues at its
 * token endpoint are set with {@link MockOAuth2Server#enqueueCallback}. The groups below are fictional group ids,
 * one per role, as Entra ID sends them.
 */
public class OidcTestProvider implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	public static final String ISSUER_ID = "kinmouth";
	public static final String CLIENT_ID = "kinmap-it";
	public static final String PROVIDER_NAME = "Kinmouth Council";
	public static final String SOCIAL_WORKERS = "0a1b2c3d-1111-4000-8000-000000000001";
	public static final String HOME_FINDERS = "0a1b2c3d-2222-4000-8000-000000000002";
	public static final String MANAGERS = "0a1b2c3d-3333-4000-8000-000000000003";
	public static final String IROS = "0a1b2c3d-4444-4000-8000-000000000004";
	public static final String ADMINS = "0a1b2c3d-5555-4000-8000-000000000005";

	private static MockOAuth2Server server;

	/** The provider, started on first use. */
	public static synchronized MockOAuth2Server server() {
		if (server == null) {
			MockOAuth2Server started = new MockOAuth2Server();
			started.start(InetAddress.getLoopbackAddress(), 0);
			Runtime.getRuntime().addShutdownHook(new Thread(started::shutdown, "mock-oauth2-server-shutdown"));
			server = started;
		}
		return server;
	}

	/** kinmap's issuer: the provider's {@value #ISSUER_ID} issuer. */
	public static String issuer() {
		return server().issuerUrl(ISSUER_ID).toString();
	}

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		TestPropertyValues.of("kinmap.oidc.issuer-uri=" + issuer(), "kinmap.oidc.client-id=" + CLIENT_ID,
				"kinmap.oidc.client-secret=it-client-secret", "kinmap.oidc.name=" + PROVIDER_NAME,
				"kinmap.oidc.role-groups.SOCIAL_WORKER=" + SOCIAL_WORKERS, "kinmap.oidc.role-groups.HOME_FINDER=" + HOME_FINDERS,
				"kinmap.oidc.role-groups.MANAGER=" + MANAGERS, "kinmap.oidc.role-groups.IRO=" + IROS,
				"kinmap.oidc.role-groups.ADMIN=" + ADMINS)
			.applyTo(context);
	}
}
