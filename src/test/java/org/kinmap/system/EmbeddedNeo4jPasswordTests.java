package org.kinmap.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded database's password and where Bolt may listen, without a database. */
class EmbeddedNeo4jPasswordTests {

	@TempDir
	Path dir;

	Neo4jEmbeddedProperties properties(String host, boolean auth, String password) {
		return new Neo4jEmbeddedProperties(dir.resolve("store"), host, 0, "32m", false, auth, password, Duration.ofSeconds(60));
	}

	@Test
	void generatedOnceIntoAFileOnlyItsOwnerCanReadAndKept() throws Exception {
		Neo4jEmbeddedProperties properties = properties("127.0.0.1", true, null);
		String first = EmbeddedNeo4jPassword.of(properties);
		assertThat(first).hasSizeGreaterThanOrEqualTo(40).matches("[A-Za-z0-9_-]+");
		assertThat(Files.getPosixFilePermissions(properties.passwordFile())).isEqualTo(EmbeddedNeo4jPassword.OWNER_ONLY);
		assertThat(EmbeddedNeo4jPassword.of(properties)).isEqualTo(first);
		try (var files = Files.list(properties.passwordFile().getParent())) {
			assertThat(files).as("no temporary file left").containsExactly(properties.passwordFile());
		}
	}

	@Test
	void aFileOthersCanReadIsMadeTheOwnersOnly() throws Exception {
		Neo4jEmbeddedProperties properties = properties("127.0.0.1", true, null);
		String password = EmbeddedNeo4jPassword.of(properties);
		Files.setPosixFilePermissions(properties.passwordFile(), PosixFilePermissions.fromString("rw-r--r--"));
		assertThat(EmbeddedNeo4jPassword.of(properties)).isEqualTo(password);
		assertThat(Files.getPosixFilePermissions(properties.passwordFile())).isEqualTo(EmbeddedNeo4jPassword.OWNER_ONLY);
	}

	@Test
	void aConfiguredPasswordWinsAndWritesNoFile() {
		Neo4jEmbeddedProperties properties = properties("127.0.0.1", true, "configured-secret");
		assertThat(EmbeddedNeo4jPassword.of(properties)).isEqualTo("configured-secret");
		assertThat(properties.passwordFile()).doesNotExist();
		assertThat(properties.toString()).doesNotContain("configured-secret");
	}

	@Test
	void boltBeyondLoopbackWithoutAuthenticationIsRefusedNamingTheProperty() {
		assertThatThrownBy(() -> properties("0.0.0.0", false, null).checkBoltExposure())
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("kinmap.neo4j.bolt-host")
			.hasMessageContaining("kinmap.neo4j.auth-enabled");
		properties("127.0.0.1", false, null).checkBoltExposure();
		properties("localhost", false, null).checkBoltExposure();
		properties("0.0.0.0", true, null).checkBoltExposure();
		assertThat(Neo4jEmbeddedProperties.isLoopback("::1")).isTrue();
		assertThat(Neo4jEmbeddedProperties.isLoopback("0.0.0.0")).isFalse();
	}
}
