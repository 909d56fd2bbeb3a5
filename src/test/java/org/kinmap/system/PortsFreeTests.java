package org.kinmap.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.InetAddress;
import java.net.ServerSocket;

import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;

class PortsFreeTests {

	@Test
	void aTakenPortIsOneSentenceNamingTheProperty() throws Exception {
		try (ServerSocket held = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			PortTakenException taken = catchThrowableOfType(PortTakenException.class, () -> PortsFree.check("127.0.0.1",
					held.getLocalPort(), "kinmap.neo4j.bolt-port", "the embedded Neo4j's Bolt connector"));

			FailureAnalysis analysis = new PortTakenFailureAnalyzer().analyze(taken);
			assertThat(analysis.getDescription()).isEqualTo("Port " + held.getLocalPort() + " on 127.0.0.1, where the "
					+ "embedded Neo4j's Bolt connector would listen, is already in use by another process: set "
					+ "kinmap.neo4j.bolt-port to a free port (0 for any free port).");
			assertThat(analysis.getAction()).contains("--kinmap.neo4j.bolt-port=");
		}
	}

	@Test
	void aFreePortAndPortZeroPass() throws Exception {
		int free;
		try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			free = probe.getLocalPort();
		}
		assertThatNoException().isThrownBy(() -> PortsFree.check("127.0.0.1", free, "server.port", "the web server"));
		assertThatNoException().isThrownBy(() -> PortsFree.check("127.0.0.1", 0, "server.port", "the web server"));
	}

	@Test
	void aWebServerPortTakenAfterTheCheckIsTheSameSentence() {
		FailureAnalysis analysis = new WebPortInUseFailureAnalyzer()
			.analyze(new IllegalStateException(new org.springframework.boot.web.server.PortInUseException(8080)));
		assertThat(analysis.getDescription()).isEqualTo("Port 8080 on this machine, where the web server (HTTP) would "
				+ "listen, is already in use by another process: set server.port to a free port (0 for any free port).");
	}
}
