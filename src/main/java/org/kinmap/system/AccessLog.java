package org.kinmap.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One line per request, and the only one at INFO: method, path (never the query string, which may carry names),
 * status, milliseconds and who was signed in ({@code -} for nobody), e.g.
 * {@code GET /api/children/p-ahmed-aisha/relatives 200 38 ms amy.social}. Ids in paths are opaque; no personal
 * detail of a child is logged. The page assets (styles, scripts, the icon) and the health probes are logged at DEBUG
 * only: they say nothing about what anyone did.
 *
 * <p>The filter runs outside everything else, Spring Security included, so it times and sees every answer, a
 * refusal as much as a success. Who made the request is read after the fact: the name a request authenticated with
 * (HTTP Basic, a bearer token, the sign-in form: each publishes an {@link AuthenticationSuccessEvent} while the
 * request is handled), or else the signed-in session's.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AccessLog extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(AccessLog.class);

	private static final String USER = AccessLog.class.getName() + ".user";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long started = System.nanoTime();
		int status = 500;
		try {
			chain.doFilter(request, response);
			status = response.getStatus();
		}
		finally {
			String line = request.getMethod() + " " + request.getRequestURI() + " " + status + " "
					+ (System.nanoTime() - started) / 1_000_000 + " ms " + user(request);
			if (isAsset(request.getRequestURI())) {
				log.debug(line);
			}
			else {
				log.info(line);
			}
		}
	}

	/** Notes the name a request authenticated with, for its line. */
	@EventListener
	void authenticated(AuthenticationSuccessEvent event) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null) {
			request.setAttribute(USER, event.getAuthentication().getName(), RequestAttributes.SCOPE_REQUEST);
		}
	}

	private static String user(HttpServletRequest request) {
		if (request.getAttribute(USER) instanceof String name) {
			return name;
		}
		try {
			HttpSession session = request.getSession(false);
			if (session != null && session.getAttribute(
					HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) instanceof SecurityContext context
					&& context.getAuthentication() != null) {
				return context.getAuthentication().getName();
			}
		}
		catch (IllegalStateException ex) {
			// The session ended with this request (signed out).
		}
		return "-";
	}

	static boolean isAsset(String path) {
		return path.startsWith("/css/") || path.startsWith("/js/") || path.equals("/favicon.svg")
				|| path.equals("/favicon.ico") || path.startsWith("/actuator/health");
	}
}
