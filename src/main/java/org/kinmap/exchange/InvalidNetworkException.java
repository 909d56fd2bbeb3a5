package org.kinmap.exchange;

import java.net.URI;
import java.util.List;

import org.kinmap.system.ProblemException;
import org.springframework.http.HttpStatus;

/**
 * A network document kinmap will not import, with every problem found. Nothing of it was written. Answered with 422
 * and the problems (at most {@link #MAX_LISTED_PROBLEMS}, the rest counted in {@code more}).
 */
public class InvalidNetworkException extends ProblemException {

	static final URI TYPE = URI.create("https://kinmap.org/problems/invalid-network-document");

	/** The most problems one answer lists; the rest are counted in {@code more}. */
	static final int MAX_LISTED_PROBLEMS = 100;

	private final List<DocumentProblem> problems;

	public InvalidNetworkException(List<DocumentProblem> problems) {
		super(HttpStatus.UNPROCESSABLE_ENTITY, TYPE, "The network document was not imported",
				problems.size() == 1 ? problems.get(0).message()
						: "The document has " + problems.size() + " problems. Nothing was imported.",
				problems.size() == 1 ? problems.get(0).message()
						: "The network document has " + problems.size() + " problems; the first: " + problems.get(0).message());
		this.problems = List.copyOf(problems);
		getBody().setProperty("errors", this.problems.subList(0, Math.min(this.problems.size(), MAX_LISTED_PROBLEMS)));
		if (this.problems.size() > MAX_LISTED_PROBLEMS) {
			getBody().setProperty("more", this.problems.size() - MAX_LISTED_PROBLEMS);
		}
	}

	List<DocumentProblem> problems() {
		return problems;
	}

	/** Every problem, with its pointer into the document (for a writer that maps them back to its request). */
	public List<NetworkRules.Problem> pointedProblems() {
		return problems.stream().map(p -> new NetworkRules.Problem(p.pointer(), p.message())).toList();
	}
}
