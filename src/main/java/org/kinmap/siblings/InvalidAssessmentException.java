package org.kinmap.siblings;

import java.net.URI;
import java.util.List;

import org.kinmap.system.ProblemException;
import org.springframework.http.HttpStatus;

/**
 * A together-or-apart assessment kinmap will not record, with every problem found. Nothing was written. Answered
 * with 422 and every problem.
 */
class InvalidAssessmentException extends ProblemException {

	static final URI TYPE = URI.create("https://kinmap.org/problems/invalid-assessment");

	private final List<RequestProblem> problems;

	InvalidAssessmentException(List<RequestProblem> problems) {
		super(HttpStatus.UNPROCESSABLE_ENTITY, TYPE, "The assessment was not recorded",
				problems.size() == 1 ? problems.get(0).message()
						: "The assessment has " + problems.size() + " problems. Nothing was recorded.",
				problems.size() == 1 ? problems.get(0).message()
						: "The assessment has " + problems.size() + " problems; the first: " + problems.get(0).message());
		this.problems = List.copyOf(problems);
		getBody().setProperty("errors", this.problems);
	}

	List<RequestProblem> problems() {
		return problems;
	}
}
