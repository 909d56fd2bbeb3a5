package org.kinmap.system;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The servlet container's error page ({@code /error}): what the container refuses or cannot route itself (an
 * unknown path, a rejected upload, a body it cannot read) is answered as an RFC 9457 problem like everything else,
 * in place of Spring Boot's white-label page. Asked for directly, {@code /error} is not found. The detail never
 * repeats an exception's message.
 */
@ConditionalOnWebApplication
@RestController
class ProblemErrorController implements ErrorController {

	@RequestMapping("${server.error.path:${error.path:/error}}")
	ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
		HttpStatus status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code
				? HttpStatus.resolve(code) : null;
		if (status == null || status.value() < 400) {
			status = HttpStatus.NOT_FOUND;
		}
		ProblemDetail problem = ProblemHandler.containerProblem(status);
		return ResponseEntity.status(status).body(problem);
	}
}
