package org.kinmap.system;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;

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
 *                  a few megabytes each); never for a real store
 * @param authEnabled whether Bolt asks for credentials (user {@code neo4j}); off only with Bolt on loopback
 * @param password  the {@code neo4j} user's password; when none is given one is generated at first start and kept
 *                  in {@link #passwordFile()}, readable by the owner only
 * @param transactionTimeout the longest any transaction may run before Neo4j stops it (here and, through the driver,
 *                  on an external server)
 */
@ConfigurationProperties("kinmap.neo4j")
public record Neo4jEmbeddedProperties(
		@DefaultValue("./data") Path dataDir,
		@DefaultValue("127.0.0.1") String boltHost,
		@DefaultValue("7687") int boltPort,
		@DefaultValue("256m") String pageCache,
		@DefaultValue("false") boolean deleteOnClose,
		@DefaultValue("true") boolean authEnabled,
		String password,
		@DefaultValue("60s") Duration transactionTimeout) {

	/** The file holding the generated password when none is configured: {@code neo4j-password} in the data directory. */
	public Path passwordFile() {
		return home().resolve("neo4j-password");
	}

	/** The data directory as Neo4j wants it: absolute and normalized. */
	Path home() {
		return dataDir.toAbsolutePath().normalize();
	}

	/**
	 * Refuses a Bolt connector outside loopback without authentication: anyone who can reach the port could read and
	 * change every child's record.
	 */
	void checkBoltExposure() {
		if (!authEnabled && !isLoopback(boltHost)) {
			throw new IllegalStateException("kinmap.neo4j.bolt-host is " + boltHost + ", not a loopback address, while "
					+ "kinmap.neo4j.auth-enabled is false: turn authentication on or keep Bolt on 127.0.0.1.");
		}
	}

	static boolean isLoopback(String host) {
		try {
			for (InetAddress address : InetAddress.getAllByName(host)) {
				if (!address.isLoopbackAddress()) {
					return false;
				}
			}
			return true;
		}
		catch (UnknownHostException ex) {
			return false;
		}
	}

	/** Never shows the password. */
	@Override
	public String toString() {
		return "Neo4jEmbeddedProperties[dataDir=" + dataDir + ", boltHost=" + boltHost + ", boltPort=" + boltPort
				+ ", pageCache=" + pageCache + ", deleteOnClose=" + deleteOnClose + ", authEnabled=" + authEnabled
				+ ", password=" + (password == null || password.isEmpty() ? "(none)" : "(set)") + ", transactionTimeout="
				+ transactionTimeout + "]";
	}
}
