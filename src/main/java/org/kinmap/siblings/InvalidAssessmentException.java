package org.kinmap.siblings;

import java.util.List;

/** A together-or-apart assessment kinmap will not record, with every problem found. Nothing was written. */
public class InvalidAssessmentException extends RuntimeException {

	private final List<RequestProblem> problems;

	public InvalidAssessmentException(List<RequestProblem> problems) {
		super(problems.size() == 1 ? problems.get(0).message()
				: "The assessment has " + problems.size() + " problems; the first: " + problems.get(0).message());
		this.problems = List.copyOf(problems);
	}

	public List<RequestProblem> problems() {
		return problems;
	}
}
