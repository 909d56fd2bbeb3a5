package org.kinmap.system;

import java.net.URI;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.kinmap.exchange.InvalidNetworkException;
import org.kinmap.siblings.InvalidAssessmentException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error the API gives is an RFC 9457 problem response ({@code application/problem+json}) that says
 * what was wrong in words, never a stack trace.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

	static final URI INVALID_DOCUMENT = URI.create("https://kinmap.org/problems/invalid-network-document");
	static final URI UNREADABLE = URI.create("https://kinmap.org/problems/unreadable-request");
	static final URI NOT_FOUND = URI.create("https://kinmap.org/problems/not-found");
	static final URI BAD_PARAMETER = URI.create("https://kinmap.org/problems/bad-parameter");
	static final URI INVALID_ASSESSMENT = URI.create("https://kinmap.org/problems/invalid-assessment");
	static final URI TOO_LARGE = URI.create("https://kinmap.org/problems/too-large");
	static final URI REJECTED = URI.create("https://kinmap.org/problems/rejected-request");
	static final URI INTERNAL = URI.create("https://kinmap.org/problems/internal-error");

	/** The most problems one answer lists; the rest are counted in {@code more}. */
	static final int MAX_LISTED_PROBLEMS = 100;

	@ExceptionHandler(InvalidNetworkException.class)
	ProblemDetail invalidNetwork(InvalidNetworkException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY,
				ex.problems().size() == 1 ? ex.problems().get(0).message()
						: "The document has " + ex.problems().size() + " problems. Nothing was imported.");
		problem.setType(INVALID_DOCUMENT);
		problem.setTitle("The network document was not imported");
		problem.setProperty("errors", ex.problems().subList(0, Math.min(ex.problems().size(), MAX_LISTED_PROBLEMS)));
		if (ex.problems().size() > MAX_LISTED_PROBLEMS) {
			problem.setProperty("more", ex.problems().size() - MAX_LISTED_PROBLEMS);
		}
		return problem;
	}

	@ExceptionHandler(InvalidAssessmentException.class)
	ProblemDetail invalidAssessment(InvalidAssessmentException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY,
				ex.problems().size() == 1 ? ex.problems().get(0).message()
						: "The assessment has " + ex.problems().size() + " problems. Nothing was recorded.");
		problem.setType(INVALID_ASSESSMENT);
		problem.setTitle("The assessment was not recorded");
		problem.setProperty("errors", ex.problems());
		return problem;
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, NOT_FOUND, "Not found", ex.getMessage());
	}

	@ExceptionHandler(OneAtATimeInterceptor.TooManyRequestsException.class)
	ResponseEntity<ProblemDetail> tooMany(RuntimeException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, ex.getMessage());
		problem.setType(URI.create("https://kinmap.org/problems/already-running"));
		problem.setTitle("Already running");
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header(HttpHeaders.RETRY_AFTER, "5").body(problem);
	}

	/**
	 * Neo4j still failing transiently after {@link TransientRetry}'s attempts (writers deadlocking again and again), or a
	 * read it could not serve just then (its memory for transactions full, a cluster without a leader): nothing was
	 * written, and the same request may well succeed shortly. Logged with Neo4j's code, never its message.
	 */
	@ExceptionHandler({ TransientDataAccessException.class, org.neo4j.driver.exceptions.TransientException.class })
	ResponseEntity<ProblemDetail> busy(RuntimeException ex) {
		log.warn("Answered 503: Neo4j failed transiently ({})", TransientRetry.code(ex));
		ProblemDetail problem = problem(HttpStatus.SERVICE_UNAVAILABLE, URI.create("https://kinmap.org/problems/busy"),
				"Busy", "The database could not answer just now, and nothing was changed. Try again in a moment.");
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "2").body(problem);
	}

	@ExceptionHandler(BadRequestException.class)
	ProblemDetail badRequest(BadRequestException ex) {
		return problem(HttpStatus.BAD_REQUEST, BAD_PARAMETER, "Bad request", ex.getMessage());
	}

	@ExceptionHandler(PayloadTooLargeException.class)
	ProblemDetail tooLarge(PayloadTooLargeException ex) {
		return problem(HttpStatus.PAYLOAD_TOO_LARGE, TOO_LARGE, "Request too large", ex.getMessage());
	}

	/** A multipart body kinmap cannot take apart (no closing boundary, a broken part header). */
	@ExceptionHandler(MultipartException.class)
	ProblemDetail unreadableUpload(MultipartException ex) {
		return problem(HttpStatus.BAD_REQUEST, UNREADABLE, "Unreadable request",
				"The upload is not a readable multipart/form-data body (is it cut short, without its closing boundary?)");
	}

	@Override
	protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
				"The upload is larger than kinmap takes (spring.servlet.multipart.max-file-size and max-request-size)");
		problem.setType(TOO_LARGE);
		problem.setTitle("Request too large");
		return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(problem);
	}

	/**
	 * What the servlet container answers without kinmap's code (see {@link ProblemErrorController} and
	 * {@link ProblemReportValve}): a fixed sentence for the status, never an exception's message.
	 */
	static ProblemDetail containerProblem(HttpStatus status) {
		ProblemDetail problem = ProblemDetail.forStatus(status);
		if (status == HttpStatus.NOT_FOUND) {
			problem.setType(NOT_FOUND);
			problem.setTitle("Not found");
			problem.setDetail("Nothing is found at this address.");
		}
		else if (status == HttpStatus.PAYLOAD_TOO_LARGE) {
			problem.setType(TOO_LARGE);
			problem.setTitle("Request too large");
			problem.setDetail("The request is larger than kinmap takes.");
		}
		else if (status.is4xxClientError()) {
			problem.setType(REJECTED);
			problem.setTitle(status.getReasonPhrase());
			problem.setDetail("The request was refused before it reached kinmap: its address, headers or body are not "
					+ "what kinmap takes (for example an encoded NUL or a path above the root).");
		}
		else {
			problem.setType(INTERNAL);
			problem.setTitle("Internal error");
			problem.setDetail("kinmap could not answer this request. Nothing was changed by the failure itself.");
		}
		return problem;
	}

	@ExceptionHandler({ IllegalArgumentException.class, MethodArgumentTypeMismatchException.class })
	ProblemDetail badParameter(Exception ex) {
		String detail = ex instanceof MethodArgumentTypeMismatchException mismatch
				? "Parameter '" + mismatch.getName() + "' cannot take the value '" + mismatch.getValue() + "'"
				: ex.getMessage();
		return problem(HttpStatus.BAD_REQUEST, BAD_PARAMETER, "Bad request parameter", detail);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String detail = "The request body is not a readable JSON document.";
		String pointer = "";
		for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof PayloadTooLargeException tooLarge) {
				return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(tooLarge(tooLarge));
			}
		}
		if (ex.getCause() instanceof MismatchedInputException mismatch && mismatch.getOriginalMessage() != null
				&& mismatch.getOriginalMessage().startsWith("Trailing token")) {
			detail = "The request body holds more than one JSON value: something follows the end of the first. Send one "
					+ "document per request.";
		}
		else if (rootCause(ex) instanceof JsonParseException parse) {
			var where = parse.getLocation();
			detail = "The request body is not valid JSON: " + parse.getOriginalMessage()
					+ (where == null ? "" : " (line " + where.getLineNr() + ", column " + where.getColumnNr() + ")");
		}
		else if (ex.getCause() instanceof JsonMappingException mapping) {
			pointer = pointer(mapping.getPath());
			if (mapping instanceof UnrecognizedPropertyException unknown) {
				detail = "Unknown field '" + unknown.getPropertyName() + "' at " + (pointer.isEmpty() ? "/" : pointer)
						+ "; the known fields are " + unknown.getKnownPropertyIds();
			}
			else {
				detail = "The value at " + (pointer.isEmpty() ? "/" : pointer) + " has the wrong type: "
						+ mapping.getOriginalMessage();
			}
		}
		else if (ex.getCause() != null) {
			detail = "The request body is not valid JSON: " + ex.getCause().getMessage().lines().findFirst().orElse("");
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
		problem.setType(UNREADABLE);
		problem.setTitle("Unreadable request");
		if (!pointer.isEmpty()) {
			problem.setProperty("errors", List.of(Map.of("pointer", pointer, "message", detail)));
		}
		return ResponseEntity.badRequest().body(problem);
	}

	private static Throwable rootCause(Throwable ex) {
		Throwable t = ex;
		while (t.getCause() != null && t.getCause() != t) {
			if (t instanceof JsonParseException) {
				return t;
			}
			t = t.getCause();
		}
		return t;
	}

	private static String pointer(List<JsonMappingException.Reference> path) {
		StringBuilder sb = new StringBuilder();
		for (var ref : path) {
			sb.append('/').append(ref.getFieldName() != null ? ref.getFieldName() : String.valueOf(ref.getIndex()));
		}
		return sb.toString();
	}

	/** A problem of the given status and type, with its title and the sentence for the person who sent the request. */
	static ProblemDetail problem(HttpStatus status, URI type, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(type);
		problem.setTitle(title);
		return problem;
	}
}
