package org.kinmap.exchange;

import java.net.URI;
import java.util.List;

import org.kinmap.system.ProblemException;
import org.springframework.http.HttpStatus;

/**
 * A carer spreadsheet kinmap will not import, with every problem found, each with its line and column. Nothing of it
 * was written. Answered with 422 and the problems (at most {@link InvalidNetworkException#MAX_LISTED_PROBLEMS}, the
 * rest counted in {@code more}).
 */
class InvalidCarersFileException extends ProblemException {

	static final URI TYPE = URI.create("https://kinmap.org/problems/invalid-carers-file");

	private final List<CsvProblem> problems;

	InvalidCarersFileException(List<CsvProblem> problems) {
		super(HttpStatus.UNPROCESSABLE_ENTITY, TYPE, "The carers file was not imported",
				(problems.size() == 1 ? "The file has 1 problem" : "The file has " + problems.size() + " problems")
						+ ". Nothing was imported.",
				"The carers file has " + problems.size() + " problem(s); the first: " + problems.get(0).message());
		this.problems = List.copyOf(problems);
		int listed = Math.min(this.problems.size(), InvalidNetworkException.MAX_LISTED_PROBLEMS);
		getBody().setProperty("errors", this.problems.subList(0, listed));
		if (this.problems.size() > listed) {
			getBody().setProperty("more", this.problems.size() - listed);
		}
	}

	List<CsvProblem> problems() {
		return problems;
	}
}
