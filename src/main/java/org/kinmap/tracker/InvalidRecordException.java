package org.kinmap.tracker;

import java.net.URI;
import java.util.List;

import org.kinmap.system.ProblemException;
import org.springframework.http.HttpStatus;

/**
 * A review, plan, meeting, panel, care proceedings or allocation kinmap refuses to record, with every problem found:
 * each names the field of the request (a JSON Pointer, "" for the request as a whole) and says why. Nothing was
 * written. Answered with 422.
 */
class InvalidRecordException extends ProblemException {

	static final URI TYPE = URI.create("https://kinmap.org/problems/invalid-permanence-record");

	/** One thing wrong: where in the request, and why. */
	record Problem(String pointer, String message) {
	}

	InvalidRecordException(List<Problem> problems) {
		super(HttpStatus.UNPROCESSABLE_ENTITY, TYPE, "The record was not saved",
				problems.size() == 1 ? problems.get(0).message()
						: problems.size() + " problems; the first: " + problems.get(0).message() + ". Nothing was saved.",
				"permanence record refused: " + problems.size() + " problems");
		getBody().setProperty("errors", List.copyOf(problems));
	}
}
