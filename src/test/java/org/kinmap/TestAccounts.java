package org.kinmap;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The integration tests' own account, with every role, and the {@code TestRestTemplate} signed in as it (HTTP Basic),
 * carrying the change sequence its writes answer with to its later reads ({@link SequenceCarrier}).
 * Tests about who may do what sign in as the demonstration accounts instead, or as none.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestAccounts {

	public static final String USERNAME = "it.every-role";
	public static final String PASSWORD = "integration-test-password";
	/** The password of the demonstration accounts in fixtures/accounts/demo-accounts.json. */
	public static final String DEMO_PASSWORD = "kinmap-demo-2026";

	@Bean
	RestTemplateBuilder signedInRestTemplateBuilder() {
		return new RestTemplateBuilder().basicAuthentication(USERNAME, PASSWORD).additionalInterceptors(new SequenceCarrier());
	}

	@Bean
	@Order(100)
	ApplicationRunner integrationTestAccount(Neo4jClient neo4j, PasswordEncoder passwords) {
		return args -> everyRole(neo4j, passwords, USERNAME, PASSWORD);
	}

	/** Writes an account with every role straight into the store (tests and benchmarks only). */
	public static void everyRole(Neo4jClient neo4j, PasswordEncoder passwords, String username, String password) {
		neo4j.query("""
				MERGE (a:Account {username: $username})
				SET a.displayName = 'Integration tests', a.passwordHash = $hash, a.roles = $roles, a.enabled = true,
				    a.failedSignIns = 0, a.lockedUntil = null""")
			.bindAll(Map.of("username", username, "hash", passwords.encode(password),
					"roles", List.of("SOCIAL_WORKER", "HOME_FINDER", "MANAGER", "IRO", "ADMIN")))
			.run();
	}

	/**
	 * For a benchmark that starts kinmap itself, without the fixtures' demonstration accounts: an account with every
	 * role in that application, and the {@code Authorization} header that signs in as it.
	 */
	public static String benchmarkAuthorization(ApplicationContext context) {
		everyRole(context.getBean(Neo4jClient.class), context.getBean(PasswordEncoder.class), USERNAME, PASSWORD);
		return "Basic " + Base64.getEncoder().encodeToString((USERNAME + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
	}
}
