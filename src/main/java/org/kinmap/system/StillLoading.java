package org.kinmap.system;

import java.io.IOException;
import java.net.URI;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Until kinmap is ready (the sample authority loaded, which happens after the web server is up), the API's reads
 * answer {@code 503} with a problem saying so and {@code Retry-After}, instead of a list that is still filling: a
 * page shows the message and asks again (static/js/common.js). Who is signed in ({@code /api/me}) is answered
 * meanwhile, and so is every write; readiness ({@code /actuator/health/readiness}) turns UP at the same moment.
 */
@Component
class StillLoading implements HandlerInterceptor, WebMvcConfigurer, ApplicationListener<ApplicationReadyEvent> {

	static final URI TYPE = URI.create("https://kinmap.org/problems/still-loading");
	static final String LOADING = "The sample authority is still loading";
	static final String STARTING = "kinmap is still starting";
	static final int RETRY_AFTER_SECONDS = 3;

	private final ObjectMapper json;
	private final boolean fixtures;
	private volatile boolean ready;

	StillLoading(ObjectMapper json, @Value("${kinmap.fixtures.load:true}") boolean fixtures) {
		this.json = json;
		this.fixtures = fixtures;
	}

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		ready = true;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).addPathPatterns("/api/**").excludePathPatterns("/api/me");
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws IOException {
		if (ready || !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))) {
			return true;
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, (fixtures
				? "kinmap is loading the fictional sample authority; what it shows would be incomplete until then."
				: "kinmap is starting.") + " Try again in a few seconds.");
		problem.setType(TYPE);
		problem.setTitle(fixtures ? LOADING : STARTING);
		problem.setInstance(URI.create(request.getRequestURI()));
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS));
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		json.writeValue(response.getOutputStream(), problem);
		return false;
	}
}
