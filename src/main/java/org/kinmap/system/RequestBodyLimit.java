package org.kinmap.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Holds every request body (a network document, a match request) to {@code kinmap.http.max-body-size}: a body
 * that says it is longer is refused before it is read, one that turns out longer (sent in chunks) when the
 * reader passes the limit. Either way the answer is a 413 problem from {@link ProblemHandler}. Multipart uploads
 * (GEDCOM) have their own limits, {@code spring.servlet.multipart.*}.
 */
@ConditionalOnWebApplication
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestBodyLimit extends OncePerRequestFilter {

	private final long limit;
	private final HandlerExceptionResolver problems;

	RequestBodyLimit(@Value("${kinmap.http.max-body-size:20MB}") DataSize limit,
			@Qualifier("handlerExceptionResolver") HandlerExceptionResolver problems) {
		this.limit = limit.toBytes();
		this.problems = problems;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String type = request.getContentType();
		return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > limit) {
			problems.resolveException(request, response, null, new PayloadTooLargeException(limit));
			return;
		}
		chain.doFilter(new Limited(request, limit), response);
	}

	/** The request, its body cut off with a {@link PayloadTooLargeException} past the limit. */
	private static final class Limited extends HttpServletRequestWrapper {

		private final long limit;
		private ServletInputStream in;

		Limited(HttpServletRequest request, long limit) {
			super(request);
			this.limit = limit;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (in == null) {
				in = new Counting(super.getInputStream(), limit);
			}
			return in;
		}
	}

	private static final class Counting extends ServletInputStream {

		private final ServletInputStream in;
		private final long limit;
		private long read;

		Counting(ServletInputStream in, long limit) {
			this.in = in;
			this.limit = limit;
		}

		private int count(int n) throws IOException {
			if (n > 0) {
				read += n;
				if (read > limit) {
					throw new PayloadTooLargeException(limit);
				}
			}
			return n;
		}

		@Override
		public int read() throws IOException {
			int b = in.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			return count(in.read(b, off, len));
		}

		@Override
		public boolean isFinished() {
			return in.isFinished();
		}

		@Override
		public boolean isReady() {
			return in.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			in.setReadListener(listener);
		}
	}
}
