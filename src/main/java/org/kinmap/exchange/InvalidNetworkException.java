package org.kinmap.exchange;

import java.util.List;

/** A network document kinmap will not import, with every problem found. Nothing of it was written. */
public class InvalidNetworkException extends RuntimeException {

	private final List<DocumentProblem> problems;

	public InvalidNetworkException(List<DocumentProblem> problems) {
		super(problems.size() == 1 ? problems.get(0).message()
				: "The network document has " + problems.size() + " problems; the first: " + problems.get(0).message());
		this.problems = List.copyOf(problems);
	}

	public List<DocumentProblem> problems() {
		return problems;
	}
}
