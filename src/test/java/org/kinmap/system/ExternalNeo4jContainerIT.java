package org.kinmap.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.containers.Neo4jContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * The same application against an external Neo4j 5.26 server (spring.neo4j.uri set, embedded database off),
 * in a container. Runs where a Docker engine exists; skipped where there is none (these machines).
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "kinmap.today=2026-11-22", "kinmap.fixtures.load=true" })
class ExternalNeo4jContainerIT {

	@Container
	static final Neo4jContainer<?> NEO4J = new Neo4jContainer<>("neo4j:5.26-community").withAdminPassword("kinmap-test");

	@DynamicPropertySource
	static void neo4j(DynamicPropertyRegistry registry) {
		registry.add("spring.neo4j.uri", NEO4J::getBoltUrl);
		registry.add("spring.neo4j.authentication.username", () -> "neo4j");
		registry.add("spring.neo4j.authentication.password", NEO4J::getAdminPassword);
	}

	@Autowired
	TestRestTemplate http;

	@Autowired
	ApplicationContext context;

	@Test
	void runsOnTheExternalServerWithoutStartingAnEmbeddedOne() {
		assertThat(context.getBeanNamesForType(org.neo4j.dbms.api.DatabaseManagementService.class)).isEmpty();
		List<Map<String, Object>> children = http.getForObject("/api/children", List.class);
		assertThat(children).hasSizeGreaterThanOrEqualTo(40);
	}
}
