package org.kinmap.system;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A failure that any module answers with an RFC 9457 problem of its own: the status, the problem type, the title and
 * the detail in words for the person who sent the request. Spring MVC's own handler for {@link ErrorResponseException}
 * (inherited by {@code ProblemHandler}) writes the problem as it is, so the system module needs to know no feature's
 * exceptions: a feature extends this class and says everything here.
 *
 * <p>{@link #getMessage()} is the detail unless a subclass gives a message of its own (for logs and the command line);
 * Spring's {@code ErrorResponseException} would otherwise print the whole problem.
 */
public class ProblemException extends ErrorResponseException {

	private final String message;

	/** A problem whose message is its detail. */
	public ProblemException(HttpStatus status, URI type, String title, String detail) {
		this(status, type, title, detail, detail);
	}

	/** A problem with a message that differs from its detail (the detail speaks to the client, the message to logs). */
	protected ProblemException(HttpStatus status, URI type, String title, String detail, String message) {
		super(status, problem(status, type, title, detail), null);
		this.message = message;
	}

	@Override
	public String getMessage() {
		return message;
	}

	private static ProblemDetail problem(HttpStatus status, URI type, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(type);
		problem.setTitle(title);
		return problem;
	}
}
