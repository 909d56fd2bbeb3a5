package org.kinmap;

import java.nio.file.Path;
import java.util.UUID;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;

/**
 * The integration tests' store directory, drawn once per context: a new directory under the temp directory, set as
 * {@code kinmap.neo4j.data-dir} before anything reads it. A {@code ${random.uuid}} placeholder in the property would
 * be drawn again on every read, so the database's starter and the context's properties bean would name two different
 * directories. The initializer is the same class for every test class, so the context cache key is the same too and
 * the one context is shared. It runs before kinmap's {@code EmbeddedNeo4jStarter}, which binds the property.
 */
public class IntegrationTestStore implements ApplicationContextInitializer<ConfigurableApplicationContext>, Ordered {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		Path dir = Path.of(System.getProperty("java.io.tmpdir"), "kinmap-it-" + UUID.randomUUID());
		TestPropertyValues.of("kinmap.neo4j.data-dir=" + dir).applyTo(context);
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}
}
