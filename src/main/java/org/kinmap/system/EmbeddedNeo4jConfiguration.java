package org.kinmap.system;

import java.net.URI;

import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.driver.AuthToken;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.neo4j.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Neo4j 5.26 community in this JVM, with its Bolt connector on loopback and a password, unless {@code spring.neo4j.uri} points
 * kinmap at an external server or cluster.
 *
 * <p>The application never touches the embedded API after start-up: it talks Bolt through the ordinary
 * driver, built by Spring Boot from the {@link Neo4jConnectionDetails} below, so the database starts
 * before the driver and stops after it. The database is started on a thread of its own by
 * {@link EmbeddedNeo4jStartup}, normally begun before the context refreshes by {@link EmbeddedNeo4jStarter}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.neo4j.uri:}'.isEmpty()")
class EmbeddedNeo4jConfiguration {

	/** Only where the initializer did not begin the start (a context built without spring.factories). */
	@Bean(EmbeddedNeo4jStarter.BEAN_NAME)
	@ConditionalOnMissingBean(EmbeddedNeo4jStartup.class)
	EmbeddedNeo4jStartup embeddedNeo4jStartup(Neo4jEmbeddedProperties properties) {
		return EmbeddedNeo4jStartup.begin(properties);
	}

	/** The started database; {@link EmbeddedNeo4jStartup} shuts it down, after the driver has closed. */
	@Bean(destroyMethod = "")
	DatabaseManagementService embeddedNeo4j(EmbeddedNeo4jStartup startup) {
		return startup.database();
	}

	@Bean
	Neo4jConnectionDetails embeddedNeo4jConnectionDetails(EmbeddedNeo4jStartup startup,
			DatabaseManagementService embeddedNeo4j) {
		URI uri = startup.boltUri();
		AuthToken authToken = startup.authToken();
		return new Neo4jConnectionDetails() {
			@Override
			public URI getUri() {
				return uri;
			}

			@Override
			public AuthToken getAuthToken() {
				return authToken;
			}
		};
	}
}
