package org.kinmap.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** What the one problem handler answers, without a Spring context. */
@ExtendWith(OutputCaptureExtension.class)
class ProblemHandlerTests {

	final ProblemHandler handler = new ProblemHandler();

	@Test
	void aBadRequestIsA400NamingTheParameter() throws Exception {
		ResponseEntity<Object> answer = handler.handleException(
				new BadRequestException("Parameter 'top' must be from 1 to 100, not 0"), request());

		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		ProblemDetail problem = (ProblemDetail) answer.getBody();
		assertThat(problem.getType()).isEqualTo(BadRequestException.TYPE);
		assertThat(problem.getTitle()).isEqualTo("Bad request");
		assertThat(problem.getDetail()).isEqualTo("Parameter 'top' must be from 1 to 100, not 0");
	}

	@Test
	void anyModulesProblemIsAnsweredAsItSays() throws Exception {
		ProblemException refused = new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY,
				URI.create("https://kinmap.org/problems/test-refusal"), "Not recorded", "The form has 2 problems.");
		refused.getBody().setProperty("errors", java.util.List.of("one", "two"));

		ResponseEntity<Object> answer = handler.handleException(refused, request());

		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
		ProblemDetail problem = (ProblemDetail) answer.getBody();
		assertThat(problem.getType()).hasToString("https://kinmap.org/problems/test-refusal");
		assertThat(problem.getTitle()).isEqualTo("Not recorded");
		assertThat(problem.getDetail()).isEqualTo("The form has 2 problems.");
		assertThat(problem.getProperties()).containsEntry("errors", java.util.List.of("one", "two"));
		assertThat(refused.getMessage()).isEqualTo("The form has 2 problems.");
	}

	@Test
	void aNotFoundIsA404WithItsSentence() throws Exception {
		ResponseEntity<Object> answer = handler.handleException(new NotFoundException("No person has the id 'x'"),
				request());

		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(((ProblemDetail) answer.getBody()).getDetail()).isEqualTo("No person has the id 'x'");
	}

	@Test
	void aParameterOfTheWrongTypeIsA400NamingIt() throws Exception {
		MethodParameter hops = new MethodParameter(Endpoint.class.getDeclaredMethod("genogram", int.class), 0);
		ProblemDetail problem = handler.badParameter(
				new MethodArgumentTypeMismatchException("many", int.class, "hops", hops, new NumberFormatException()));

		assertThat(problem.getStatus()).isEqualTo(400);
		assertThat(problem.getDetail()).isEqualTo("Parameter 'hops' cannot take the value 'many'");
	}

	@Test
	void anIllegalArgumentFromInsideIsA500ThatTellsNothingOfTheInside(CapturedOutput log) {
		IllegalArgumentException fault = new IllegalArgumentException("Person 'p-ann-lee' is not in the genogram",
				new IllegalStateException("Ann Lee's record"));

		ProblemDetail problem = handler.internalFault(fault);

		assertThat(problem.getStatus()).isEqualTo(500);
		assertThat(problem.getDetail()).isEqualTo("kinmap could not answer this request. Nothing was changed by the "
				+ "failure itself.").doesNotContain("p-ann-lee");
		assertThat(log.getOut() + log.getErr()).contains("ERROR")
			.contains("java.lang.IllegalArgumentException")
			.contains("java.lang.IllegalStateException")
			.contains("at org.kinmap.system.ProblemHandlerTests.anIllegalArgumentFromInsideIsA500")
			.doesNotContain("p-ann-lee")
			.doesNotContain("Ann Lee");
	}

	private static ServletWebRequest request() {
		return new ServletWebRequest(new MockHttpServletRequest("GET", "/api/test"));
	}

	static class Endpoint {
		void genogram(int hops) {
		}
	}
}
