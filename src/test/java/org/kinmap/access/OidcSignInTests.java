package org.kinmap.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** OpenID Connect is there only when configured, checks its configuration at start-up, and never needs the provider then. */
class OidcSignInTests {

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(OidcProperties.class)
	@Import(OidcSignIn.class)
	static class Oidc {
	}

	final ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(Oidc.class);

	@Test
	void withoutAnIssuerThereIsNoOpenIdConnect() {
		context.run(c -> assertThat(c).hasNotFailed().doesNotHaveBean(OidcSignIn.class));
		context.withPropertyValues("kinmap.oidc.issuer-uri=", "kinmap.oidc.client-id=kinmap")
			.run(c -> assertThat(c).hasNotFailed().doesNotHaveBean(OidcSignIn.class));
	}

	@Test
	void anIssuerWithoutAClientStopsTheStart() {
		context.withPropertyValues("kinmap.oidc.issuer-uri=http://127.0.0.1:9/nowhere")
			.run(c -> assertThat(c).hasFailed().getFailure().hasStackTraceContaining("kinmap.oidc.client-id"));
	}

	@Test
	void kinmapStartsWhileTheProviderIsUnreachable() {
		context.withPropertyValues("kinmap.oidc.issuer-uri=http://127.0.0.1:9/nowhere", "kinmap.oidc.client-id=kinmap",
				"kinmap.oidc.client-secret=not-a-real-secret", "kinmap.oidc.role-groups.social-worker=a,b")
			.run(c -> {
				assertThat(c).hasNotFailed().hasSingleBean(OidcSignIn.class);
				OidcProperties properties = c.getBean(OidcProperties.class);
				assertThat(properties.roleGroups()).containsEntry(Role.SOCIAL_WORKER, java.util.List.of("a", "b"));
				assertThat(properties.audience()).as("the client id by default").isEqualTo("kinmap");
				assertThat(properties.groupsClaim()).isEqualTo("groups");
				assertThat(properties.usernameClaim()).isEqualTo("preferred_username");
				assertThatThrownBy(() -> new OidcSignIn.DiscoveredRegistration(properties).findByRegistrationId("oidc"))
					.as("the provider is asked on first use").isNotNull();
			});
	}

	@Test
	void theUserNameIsTheUsernameClaimInLowerCase() {
		assertThat(OidcSignIn.username(Map.of("preferred_username", " Amy.Lewis@Kinmouth.example "), "preferred_username"))
			.isEqualTo("amy.lewis@kinmouth.example");
		assertThat(OidcSignIn.username(Map.of("upn", "amy"), "preferred_username")).isNull();
		assertThat(OidcSignIn.username(Map.of("preferred_username", " "), "preferred_username")).isNull();
		assertThat(OidcSignIn.username(Map.of("preferred_username", 7), "preferred_username")).isNull();
	}
}
