package org.kinmap.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kinmap.KinmapIntegrationTest;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.summary.Notification;
import org.neo4j.driver.Session;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * No query file draws a performance notification from Neo4j's planner (a cartesian product between disconnected
 * patterns, an eager operator, an unbounded shortest path...): each is planned with EXPLAIN by a driver of Neo4j's
 * default settings, which asks for every notification, whatever {@link Neo4jNotifications} keeps out of the log.
 */
@KinmapIntegrationTest
class QueryNotificationsIT {

	@Autowired
	CypherQueries queries;

	@Autowired
	EmbeddedNeo4jStartup startup;

	@Test
	void noQueryFileDrawsAPerformanceNotification() {
		assertThat(queries.names()).hasSizeGreaterThan(15);
		try (Driver driver = GraphDatabase.driver(startup.boltUri(), startup.authToken());
				Session session = driver.session()) {
			// The check itself: a comma between two patterns is a cartesian product.
			assertThat(performanceNotes(session, "UNWIND $batch.rows AS row "
					+ "MATCH (a:Person {id: row.a}), (b:Person {id: row.b}) MERGE (a)-[:HAS_CONTACT]->(b)"))
				.isNotEmpty();
			for (String name : queries.names()) {
				assertThat(performanceNotes(session, queries.require(name))).as(name).isEmpty();
			}
		}
	}

	private static List<String> performanceNotes(Session session, String statement) {
		return session.run("EXPLAIN " + statement).consume().notifications().stream()
			.filter(QueryNotificationsIT::isPerformance)
			.map(n -> n.code() + ": " + n.description())
			.toList();
	}

	private static boolean isPerformance(Notification n) {
		return n.category().map(String::valueOf).filter(c -> c.contains("PERFORMANCE")).isPresent()
				|| n.code().endsWith("CartesianProduct");
	}
}
