package org.kinmap.system;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * A taken port ends the start with Spring Boot's short "APPLICATION FAILED TO START" report, whose description is one
 * sentence naming the property to change, instead of a stack trace. Registered in {@code META-INF/spring.factories}.
 */
class PortTakenFailureAnalyzer extends AbstractFailureAnalyzer<PortTakenException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, PortTakenException cause) {
		String description = "Port " + cause.port() + " on " + cause.address() + ", where " + cause.purpose()
				+ " would listen, is already in use by another process: set " + cause.property()
				+ " to a free port (0 for any free port).";
		String action = "Stop the other process, or start kinmap with another port, e.g. --" + cause.property() + "="
				+ (cause.port() == 65535 ? cause.port() - 1 : cause.port() + 1) + ".";
		return new FailureAnalysis(description, action, cause);
	}
}
