package org.kinmap.system;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.web.server.PortInUseException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * The web server's port taken after {@link PortsFree} checked it (another process was quicker): the same sentence
 * naming {@code server.port}, in place of Spring Boot's own, which names no property. Registered in
 * {@code META-INF/spring.factories}, ahead of Spring Boot's analyzer.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
class WebPortInUseFailureAnalyzer extends AbstractFailureAnalyzer<PortInUseException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, PortInUseException cause) {
		return new PortTakenFailureAnalyzer().analyze(rootFailure,
				new PortTakenException("server.port", "this machine", cause.getPort(), "the web server (HTTP)", cause));
	}
}
