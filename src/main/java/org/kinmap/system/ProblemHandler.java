package org.kinmap.system;

import java.net.URI;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
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

	static final URI UNREADABLE = URI.create("https://kinmap.org/problems/unreadable-request");
	static final URI TOO_LARGE = URI.create("https://kinmap.org/problems/too-large");
	static final URI REJECTED = URI.create("https://kinmap.org/problems/rejected-request");
	static final URI INTERNAL = URI.create("https://kinmap.org/problems/internal-error");

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
			problem.setType(NotFoundException.TYPE);
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

	/** A request parameter that does not convert to the type the endpoint takes (a word where a number belongs). */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail badParameter(MethodArgumentTypeMismatchException ex) {
		return problem(HttpStatus.BAD_REQUEST, BadRequestException.TYPE, "Bad request parameter",
				"Parameter '" + ex.getName() + "' cannot take the value '" + ex.getValue() + "'");
	}

	/**
	 * kinmap's own code refusing an argument it was given by kinmap's own code: a fault of kinmap's, not of the
	 * request, so a 500 whose detail says nothing of the inside. What the request got wrong is a
	 * {@link BadRequestException}. Logged at ERROR with the stack, but without the exception's message, which may name
	 * a person.
	 */
	@ExceptionHandler(IllegalArgumentException.class)
	ProblemDetail internalFault(IllegalArgumentException ex) {
		log.error("Answered 500: kinmap's own code refused an argument (the message is left out of the log, as it may "
				+ "name a person)", MessageLeftOut.of(ex));
		return containerProblem(HttpStatus.INTERNAL_SERVER_ERROR);
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

	/** An exception's class and stack trace, and those of its causes, without their messages. */
	static final class MessageLeftOut extends RuntimeException {

		private MessageLeftOut(Throwable original, MessageLeftOut cause) {
			super(original.getClass().getName(), cause, false, true);
			setStackTrace(original.getStackTrace());
		}

		static MessageLeftOut of(Throwable ex) {
			return of(ex, 0);
		}

		/** At most ten causes deep: a chain of causes may loop. */
		private static MessageLeftOut of(Throwable ex, int depth) {
			Throwable cause = ex.getCause();
			return new MessageLeftOut(ex, cause == null || cause == ex || depth >= 10 ? null : of(cause, depth + 1));
		}
	}

	/** A problem of the given status and type, with its title and the sentence for the person who sent the request. */
	static ProblemDetail problem(HttpStatus status, URI type, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(type);
		problem.setTitle(title);
		return problem;
	}
}
