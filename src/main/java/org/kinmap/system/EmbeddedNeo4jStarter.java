package org.kinmap.system;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;

/**
 * Begins the in-process Neo4j ({@link EmbeddedNeo4jStartup}) as soon as the environment is known, before the
 * application context refreshes, so that the database and its migrations start alongside the rest of the
 * context instead of before it. Does nothing when {@code spring.neo4j.uri} names a server (the same condition as
 * {@link EmbeddedNeo4jConfiguration}); {@link EmbeddedNeo4jConfiguration} then starts nothing either.
 *
 * <p>Registered in {@code META-INF/spring.factories}, so the application, the import command and the tests'
 * contexts all start the database this way. It runs last among the initializers, after any that add properties
 * (such as a test's {@code @DynamicPropertySource}).
 */
public class EmbeddedNeo4jStarter implements ApplicationContextInitializer<ConfigurableApplicationContext>, Ordered {

	static final String BEAN_NAME = "embeddedNeo4jStartup";

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		if (!context.getEnvironment().getProperty("spring.neo4j.uri", "").isEmpty()
				|| !(context.getBeanFactory() instanceof DefaultListableBeanFactory beanFactory)
				|| beanFactory.containsSingleton(BEAN_NAME)) {
			return;
		}
		Neo4jEmbeddedProperties properties = Binder.get(context.getEnvironment())
			.bindOrCreate("kinmap.neo4j", Neo4jEmbeddedProperties.class);
		EmbeddedNeo4jStartup startup = EmbeddedNeo4jStartup.begin(properties);
		beanFactory.registerSingleton(BEAN_NAME, startup);
		// Destroyed with the context, and also when the refresh fails: the database is shut down either way.
		beanFactory.registerDisposableBean(BEAN_NAME, startup);
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}
}
