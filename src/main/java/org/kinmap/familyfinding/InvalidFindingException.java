package org.kinmap.familyfinding;

import java.net.URI;
import java.util.List;

import org.kinmap.system.ProblemException;
import org.springframework.http.HttpStatus;

/** A family-finding entry kinmap will not record, with every problem found. Nothing was written. Answered 422. */
class InvalidFindingException extends ProblemException {

	static final URI TYPE = URI.create("https://kinmap.org/problems/invalid-family-finding-entry");

	InvalidFindingException(List<FindingProblem> problems) {
		super(HttpStatus.UNPROCESSABLE_ENTITY, TYPE, "The family-finding entry was not recorded",
				problems.size() == 1 ? problems.get(0).message()
						: "The entry has " + problems.size() + " problems. Nothing was recorded.",
				problems.size() == 1 ? problems.get(0).message()
						: "The entry has " + problems.size() + " problems; the first: " + problems.get(0).message());
		getBody().setProperty("errors", List.copyOf(problems));
	}
}
