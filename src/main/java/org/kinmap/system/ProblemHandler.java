package org.kinmap.system;

import java.net.URI;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.kinmap.exchange.InvalidNetworkException;
import org.kinmap.siblings.InvalidAssessmentException;
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
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error the API gives is an RFC 9457 problem response ({@code application/problem+json}) that says
 * what was wrong in words, never a stack trace.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

	static final URI INVALID_DOCUMENT = URI.create("https://kinmap.org/problems/invalid-network-document");
	static final URI UNREADABLE = URI.create("https://kinmap.org/problems/unreadable-request");
	static final URI NOT_FOUND = URI.create("https://kinmap.org/problems/not-found");
	static final URI BAD_PARAMETER = URI.create("https://kinmap.org/problems/bad-parameter");
	static final URI INVALID_ASSESSMENT = URI.create("https://kinmap.org/problems/invalid-assessment");

	@ExceptionHandler(InvalidNetworkException.class)
	ProblemDetail invalidNetwork(InvalidNetworkException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY,
				ex.problems().size() == 1 ? ex.problems().get(0).message()
						: "The document has " + ex.problems().size() + " problems. Nothing was imported.");
		problem.setType(INVALID_DOCUMENT);
		problem.setTitle("The network document was not imported");
		problem.setProperty("errors", ex.problems());
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
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
		problem.setType(NOT_FOUND);
		problem.setTitle("Not found");
		return problem;
	}

	@ExceptionHandler(OneAtATimeInterceptor.TooManyRequestsException.class)
	ResponseEntity<ProblemDetail> tooMany(RuntimeException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, ex.getMessage());
		problem.setType(URI.create("https://kinmap.org/problems/already-running"));
		problem.setTitle("Already running");
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header(HttpHeaders.RETRY_AFTER, "5").body(problem);
	}

	@ExceptionHandler(BadRequestException.class)
	ProblemDetail badRequest(BadRequestException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setType(BAD_PARAMETER);
		problem.setTitle("Bad request");
		return problem;
	}

	@ExceptionHandler({ IllegalArgumentException.class, MethodArgumentTypeMismatchException.class })
	ProblemDetail badParameter(Exception ex) {
		String detail = ex instanceof MethodArgumentTypeMismatchException mismatch
				? "Parameter '" + mismatch.getName() + "' cannot take the value '" + mismatch.getValue() + "'"
				: ex.getMessage();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
		problem.setType(BAD_PARAMETER);
		problem.setTitle("Bad request parameter");
		return problem;
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String detail = "The request body is not a readable JSON document.";
		String pointer = "";
		if (rootCause(ex) instanceof JsonParseException parse) {
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
}
