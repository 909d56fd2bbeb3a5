package org.kinmap.system;

import java.util.Set;

import org.neo4j.driver.NotificationCategory;
import org.neo4j.driver.NotificationConfig;
import org.neo4j.driver.NotificationSeverity;
import org.springframework.boot.autoconfigure.neo4j.ConfigBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The driver asks Neo4j only for the notifications worth a line in the log: warnings, less those about labels,
 * types or properties not yet in the database (a fresh store has no restricted record, no together-or-apart pair;
 * every query about them would warn). Performance hints (information) are left out: they were most of what a test
 * run printed. Deprecations and other warnings still reach Spring Data Neo4j's log.
 */
@Configuration(proxyBeanMethods = false)
class Neo4jNotifications {

	static final NotificationConfig WORTH_LOGGING = NotificationConfig.defaultConfig()
		.enableMinimumSeverity(NotificationSeverity.WARNING)
		.disableCategories(Set.of(NotificationCategory.UNRECOGNIZED));

	@Bean
	ConfigBuilderCustomizer neo4jNotificationFilter() {
		return builder -> builder.withNotificationConfig(WORTH_LOGGING);
	}
}
