package org.kinmap.system;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/** Lets each person run one {@link OneAtATime} operation of a kind at once (see there). */
@Component
class OneAtATimeInterceptor implements HandlerInterceptor {

	private static final String HELD = OneAtATimeInterceptor.class.getName() + ".held";

	private final Set<String> running = ConcurrentHashMap.newKeySet();

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (handler instanceof HandlerMethod method) {
			OneAtATime heavy = method.getMethodAnnotation(OneAtATime.class);
			if (heavy != null) {
				String key = heavy.value() + "\u0000" + (request.getRemoteUser() == null ? request.getRemoteAddr() : request.getRemoteUser());
				if (!running.add(key)) {
					throw new TooManyRequestsException("You already have " + heavy.value()
							+ " running. Wait for it to finish before starting another.");
				}
				request.setAttribute(HELD, key);
			}
		}
		return true;
	}

	@Override
	public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
		Object key = request.getAttribute(HELD);
		if (key != null) {
			running.remove(key);
		}
	}

	/** Answered 429 by {@link ProblemHandler}. */
	static final class TooManyRequestsException extends RuntimeException {
		TooManyRequestsException(String message) {
			super(message);
		}
	}
}
