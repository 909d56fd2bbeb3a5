package org.kinmap.casework;

import java.net.URI;
import java.util.List;

import org.kinmap.system.ProblemException;
import org.springframework.http.HttpStatus;

/**
 * A change of the family network kinmap refuses, with every problem found: each names the field of the request (a
 * JSON Pointer) and says why in a sentence. Nothing of the change was written. Answered with 422.
 */
class InvalidChangeException extends ProblemException {

	static final URI TYPE = URI.create("https://kinmap.org/problems/invalid-casework-change");

	/** One thing wrong with a change: where in the request, and why. */
	record Problem(String pointer, String message) {
	}

	private final List<Problem> problems;

	InvalidChangeException(List<Problem> problems) {
		super(HttpStatus.UNPROCESSABLE_ENTITY, TYPE, "The change was not saved",
				problems.size() == 1 ? problems.get(0).message()
						: "The change has " + problems.size() + " problems; the first: " + problems.get(0).message()
								+ ". Nothing was saved.",
				"casework change refused: " + problems.size() + " problems");
		this.problems = List.copyOf(problems);
		getBody().setProperty("errors", this.problems);
	}

	InvalidChangeException(String pointer, String message) {
		this(List.of(new Problem(pointer, message)));
	}

	List<Problem> problems() {
		return problems;
	}
}
