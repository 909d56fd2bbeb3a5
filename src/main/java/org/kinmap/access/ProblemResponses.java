package org.kinmap.access;

import java.io.IOException;
import java.net.URI;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * The API's answers when sign-in is missing (401) or the role does not allow it (403), as RFC 9457 problems.
 * A script is challenged for HTTP Basic, or told its bearer token was not accepted; the pages' own requests (header {@code X-Requested-With: kinmap-page}) are
 * not, so that the browser never offers its own password dialog and the page can send the person to the sign-in page.
 */
@Component
class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler, RequestRejectedHandler {

	static final URI UNAUTHENTICATED = URI.create("https://kinmap.org/problems/sign-in-required");
	static final URI FORBIDDEN = URI.create("https://kinmap.org/problems/not-allowed");
	static final URI TOO_MANY = URI.create("https://kinmap.org/problems/too-many-sign-ins");
	static final URI REJECTED = URI.create("https://kinmap.org/problems/rejected-request");
	static final String PAGE_HEADER = "X-Requested-With";

	static final URI NOT_FOUND = URI.create("https://kinmap.org/problems/not-found");

	private final ObjectMapper json;
	private final ObjectProvider<RequestMappingHandlerMapping> routes;

	ProblemResponses(ObjectMapper json,
			@Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> routes) {
		this.json = json;
		this.routes = routes;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		String authorization = request.getHeader("Authorization");
		boolean bearer = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
		if (bearer) {
			response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
		}
		else if (!"kinmap-page".equals(request.getHeader(PAGE_HEADER))) {
			response.setHeader("WWW-Authenticate", "Basic realm=\"kinmap\"");
		}
		write(response, HttpStatus.UNAUTHORIZED, UNAUTHENTICATED, "Sign-in required",
				authorization == null ? "Sign in first: kinmap's data is only for the people whose job needs it."
						: bearer ? "The bearer token was not accepted: it must be signed by the authority's identity "
								+ "provider, for kinmap, and not expired."
								: "The user name or password was not accepted, or the account is locked or disabled.",
				request);
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		if (!(ex instanceof CsrfException) && request.getRequestURI().startsWith(request.getContextPath() + "/api/")
				&& !routed(request)) {
			// The API is closed to everything it does not name; an address it has no operation for is simply not there.
			write(response, HttpStatus.NOT_FOUND, NOT_FOUND, "Not found", "Nothing is found at this address.", request);
			return;
		}
		String detail = ex instanceof RecordAccessDeniedException record ? record.getMessage()
				: "Your role does not allow this. Ask your manager or an administrator if your job needs it.";
		write(response, HttpStatus.FORBIDDEN, FORBIDDEN, "Not allowed", detail, request);
	}

	/** Whether one of the API's operations answers this address (with any method). */
	private boolean routed(HttpServletRequest request) {
		RequestMappingHandlerMapping mapping = routes.getIfAvailable();
		if (mapping == null) {
			return true;
		}
		Object parsed = request.getAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE);
		try {
			ServletRequestPathUtils.parseAndCache(request);
			return mapping.getHandler(request) != null;
		}
		catch (Exception ex) {
			return true;
		}
		finally {
			request.setAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE, parsed);
		}
	}

	/**
	 * What Spring Security's firewall refuses before anything else runs: a host name that is not kinmap's (DNS
	 * rebinding), an encoded NUL or slash, a path that climbs above the root. Answered here, because the error page
	 * would be refused for the same reason.
	 */
	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException ex)
			throws IOException {
		write(response, HttpStatus.BAD_REQUEST, REJECTED, "Bad Request", "The request was refused before it reached "
				+ "kinmap: its address, host name or headers are not what kinmap takes.", request);
	}

	void tooManySignIns(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.setHeader("Retry-After", "900");
		write(response, HttpStatus.TOO_MANY_REQUESTS, TOO_MANY, "Too many failed sign-ins",
				"Too many failed sign-ins from this address. Wait a while before trying again.", request);
	}

	private void write(HttpServletResponse response, HttpStatus status, URI type, String title, String detail,
			HttpServletRequest request) throws IOException {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(type);
		problem.setTitle(title);
		String path = request.getRequestURI();
		problem.setInstance(URI.create(path == null || path.length() > 200 ? "/" : safe(path)));
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		json.writeValue(response.getOutputStream(), problem);
	}

	private static String safe(String path) {
		try {
			return URI.create(path).toString();
		}
		catch (IllegalArgumentException ex) {
			return "/";
		}
	}
}
