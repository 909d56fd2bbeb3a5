package org.kinmap.system;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * A start-up that fails for a missing query file says so in one sentence naming the file, instead of the stack
 * trace of the bean that could not be built.
 */
class MissingQueryFileFailureAnalyzer extends AbstractFailureAnalyzer<MissingQueryFileException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, MissingQueryFileException cause) {
		return new FailureAnalysis(cause.getMessage(), "Restore cypher/queries/" + cause.name() + ".cypher: every file "
				+ "under cypher/ is packaged into kinmap's jar, so build it from a complete checkout.", cause);
	}
}
