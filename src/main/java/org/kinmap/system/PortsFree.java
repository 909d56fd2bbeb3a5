package org.kinmap.system;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;

import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * Checks, before anything starts, that the ports kinmap will listen on are free: the web server's
 * ({@code server.port}) when this context runs one, and the embedded Neo4j's Bolt port ({@code kinmap.neo4j.bolt-port})
 * unless {@code spring.neo4j.uri} names an external server. A taken port fails the start with a
 * {@link PortTakenException}, which {@link PortTakenFailureAnalyzer} reports in one sentence, before the embedded
 * database, the migrations or the fixtures have begun. Port 0 (any free port) and -1 (no web server) are not checked.
 *
 * <p>Registered in {@code META-INF/spring.factories}; runs just before {@link EmbeddedNeo4jStarter}, after any
 * initializer that adds properties. (A port taken between this check and the bind still fails, with Neo4j's or
 * Tomcat's own error.)
 */
public class PortsFree implements ApplicationContextInitializer<ConfigurableApplicationContext>, Ordered {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		Environment env = context.getEnvironment();
		// Only a context that runs a web server listens (not the import command, not a test's mock servlet context).
		if (context instanceof WebServerApplicationContext) {
			check(env.getProperty("server.address"), env.getProperty("server.port", Integer.class, 8080), "server.port",
					"the web server (HTTP)");
		}
		if (env.getProperty("spring.neo4j.uri", "").isEmpty()) {
			check(env.getProperty("kinmap.neo4j.bolt-host", "127.0.0.1"),
					env.getProperty("kinmap.neo4j.bolt-port", Integer.class, 7687), "kinmap.neo4j.bolt-port",
					"the embedded Neo4j's Bolt connector");
		}
	}

	/** Binds the port for a moment and lets it go; throws {@link PortTakenException} when another process holds it. */
	static void check(String host, int port, String property, String purpose) {
		if (port <= 0) {
			return;
		}
		InetSocketAddress address;
		try {
			address = new InetSocketAddress(host == null || host.isBlank() ? null : InetAddress.getByName(host), port);
		}
		catch (UnknownHostException ex) {
			// Not this check's to report: the server's own bind says what is wrong with the address.
			return;
		}
		try (ServerSocket socket = new ServerSocket()) {
			socket.setReuseAddress(true);
			socket.bind(address);
		}
		catch (IOException ex) {
			String where = host == null || host.isBlank() ? "every address" : host;
			throw new PortTakenException(property, where, port, purpose, ex);
		}
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE - 1;
	}
}
