package org.kinmap;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * The application on its real, in-process Neo4j (a fresh store in the temp directory, {@link IntegrationTestStore},
 * Bolt on a free port),
 * with the fixtures loaded and "today" pinned to 2026-11-22, and {@code TestRestTemplate} signed in as
 * {@link TestAccounts#USERNAME} (every role; passwords hashed cheaply), and OpenID Connect sign-in against a real
 * provider on loopback ({@link OidcTestProvider}). Every class with this annotation shares one
 * context, so the database starts once per test run: nothing may split it (no {@code DirtiesContext} annotation,
 * {@code @MockitoBean}, {@code @TestPropertySource} or other properties on a test class), and a test that writes uses
 * ids of its own or undoes what it changed, so that the classes pass in any order (docs/testing.md).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "kinmap.neo4j.delete-on-close=true",
				"kinmap.neo4j.bolt-port=0",
				"kinmap.today=2026-11-22", "kinmap.fixtures.load=true", "kinmap.passwords.bcrypt-strength=4",
				"kinmap.postcodes.file=classpath:postcodes/xc-postcodes.csv" })
@ContextConfiguration(initializers = { IntegrationTestStore.class, OidcTestProvider.class })
@Import(TestAccounts.class)
public @interface KinmapIntegrationTest {
}
