package org.kinmap.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

class AccessLogTests {

	private final Logger logger = (Logger) LoggerFactory.getLogger(AccessLog.class);
	private final ListAppender<ILoggingEvent> lines = new ListAppender<>();
	private final AccessLog accessLog = new AccessLog();

	@BeforeEach
	void capture() {
		lines.start();
		logger.addAppender(lines);
		logger.setLevel(Level.DEBUG);
	}

	@AfterEach
	void release() {
		logger.detachAppender(lines);
		logger.setLevel(null);
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	void oneInfoLineWithMethodPathStatusTimeAndTheNameTheRequestAuthenticatedWith() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/children/p-1/relatives");
		request.setQueryString("name=Aisha");
		MockHttpServletResponse response = new MockHttpServletResponse();

		accessLog.doFilter(request, response, new MockFilterChain() {
			@Override
			public void doFilter(jakarta.servlet.ServletRequest req, jakarta.servlet.ServletResponse res) {
				// What Spring Security does while it handles the request: HTTP Basic succeeded.
				RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
				accessLog.authenticated(new AuthenticationSuccessEvent(
						UsernamePasswordAuthenticationToken.authenticated("amy.social", null, List.of())));
				RequestContextHolder.resetRequestAttributes();
				((MockHttpServletResponse) res).setStatus(404);
			}
		});

		assertThat(lines.list).singleElement().satisfies(line -> {
			assertThat(line.getLevel()).isEqualTo(Level.INFO);
			assertThat(line.getFormattedMessage()).matches("GET /api/children/p-1/relatives 404 \\d+ ms amy\\.social");
		});
	}

	@Test
	void aSignedInSessionNamesItsUserAndNobodyIsADash() throws Exception {
		MockHttpServletRequest signedIn = new MockHttpServletRequest("POST", "/api/networks");
		MockHttpSession session = new MockHttpSession();
		session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, new SecurityContextImpl(
				UsernamePasswordAuthenticationToken.authenticated("fay.admin", null, List.of())));
		signedIn.setSession(session);
		accessLog.doFilter(signedIn, new MockHttpServletResponse(), new MockFilterChain());
		accessLog.doFilter(new MockHttpServletRequest("GET", "/sign-in"), new MockHttpServletResponse(), new MockFilterChain());

		assertThat(lines.list).extracting(ILoggingEvent::getFormattedMessage)
			.satisfiesExactly(first -> assertThat(first).matches("POST /api/networks 200 \\d+ ms fay\\.admin"),
					second -> assertThat(second).matches("GET /sign-in 200 \\d+ ms -"));
	}

	@Test
	void assetsAndHealthProbesOnlyAtDebug() throws Exception {
		for (String path : List.of("/js/common.js", "/css/kinmap.css", "/favicon.svg", "/actuator/health/readiness")) {
			accessLog.doFilter(new MockHttpServletRequest("GET", path), new MockHttpServletResponse(), new MockFilterChain());
		}
		assertThat(lines.list).hasSize(4).allSatisfy(line -> assertThat(line.getLevel()).isEqualTo(Level.DEBUG));
	}
}
