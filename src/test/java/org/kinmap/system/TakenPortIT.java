package org.kinmap.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kinmap.KinmapApplication;

/**
 * kinmap started for real (a child JVM) on a port another process holds: the start ends at once with Spring Boot's
 * short report, one sentence naming the property to change, no stack trace, and nothing started (no store created).
 */
class TakenPortIT {

	@TempDir
	Path dir;

	@Test
	void aTakenBoltPortNamesKinmapNeo4jBoltPort() throws Exception {
		try (ServerSocket held = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			String output = startAndFail("--server.port=0", "--kinmap.neo4j.bolt-port=" + held.getLocalPort());
			assertThat(output).contains("APPLICATION FAILED TO START")
				.contains("Port " + held.getLocalPort() + " on 127.0.0.1, where the embedded Neo4j's Bolt connector "
						+ "would listen, is already in use by another process: set kinmap.neo4j.bolt-port to a free port");
		}
	}

	@Test
	void aTakenHttpPortNamesServerPort() throws Exception {
		try (ServerSocket held = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			String output = startAndFail("--server.port=" + held.getLocalPort(), "--kinmap.neo4j.bolt-port=0");
			assertThat(output).contains("APPLICATION FAILED TO START")
				.contains("Port " + held.getLocalPort() + " on 127.0.0.1, where the web server (HTTP) would listen, is "
						+ "already in use by another process: set server.port to a free port");
		}
	}

	private String startAndFail(String... ports) throws Exception {
		Path data = dir.resolve("data");
		List<String> args = new java.util.ArrayList<>(List.of(ports));
		args.add("--kinmap.neo4j.data-dir=" + data);
		try (ChildJvm child = ChildJvm.start(KinmapApplication.class, Path.of("target", "taken-port", ports[0].replaceAll("\\W", "") + ".log"),
				List.of(), args.toArray(String[]::new))) {
			assertThat(child.awaitExit(Duration.ofMinutes(3))).isNotZero();
			String output = child.output();
			assertThat(output).doesNotContain("\tat ").doesNotContain("Exception");
			assertThat(Files.exists(data)).as("nothing started: no store created").isFalse();
			assertThat(output.lines().filter(line -> line.contains(" INFO ")).toList()).isEmpty();
			return output;
		}
	}
}
