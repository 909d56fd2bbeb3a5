package org.kinmap.changes;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Binds each request's {@link ReadYourWrites} for its thread: the {@value ReadYourWrites#HEADER} header it sent and
 * its session's sequence, raised by the writes it makes. No database round trip: the numbers travel with the request.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
class ReadYourWritesFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		ReadYourWrites.begin(request, response);
		try {
			chain.doFilter(request, response);
		}
		finally {
			ReadYourWrites.end();
		}
	}
}
