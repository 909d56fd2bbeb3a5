package org.kinmap.system;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the in-process Neo4j that kinmap starts unless {@code spring.neo4j.uri} names a server.
 *
 * @param dataDir   where the store lives on disk (relative paths are resolved against the working directory)
 * @param boltHost  the address the Bolt connector listens on; loopback by default
 * @param boltPort  the Bolt port; 0 picks a free one (tests)
 * @param pageCache Neo4j page cache size, e.g. {@code 256m}
 * @param deleteOnClose delete the store when the application stops (the integration tests' throw-away stores,
 *                  about 0.5 GB each with their preallocated transaction logs); never for a real store
 */
@ConfigurationProperties("kinmap.neo4j")
public record Neo4jEmbeddedProperties(
		@DefaultValue("./data") Path dataDir,
		@DefaultValue("127.0.0.1") String boltHost,
		@DefaultValue("7687") int boltPort,
		@DefaultValue("256m") String pageCache,
		@DefaultValue("false") boolean deleteOnClose) {
}
