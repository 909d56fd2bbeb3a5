package org.kinmap;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;

import org.kinmap.changes.ReadYourWrites;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

/**
 * What a script does to read its own writes: keeps the highest {@value ReadYourWrites#HEADER} a response carried
 * and sends it with every later request (unless the request names one itself), as Neo4j's drivers carry bookmarks.
 * The integration tests' {@code TestRestTemplate} uses it, so that a test that imports and then reads sees its import.
 */
public final class SequenceCarrier implements ClientHttpRequestInterceptor {

	private final AtomicLong seen = new AtomicLong();

	@Override
	public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
			throws IOException {
		long sequence = seen.get();
		if (sequence > 0 && !request.getHeaders().containsKey(ReadYourWrites.HEADER)) {
			request.getHeaders().set(ReadYourWrites.HEADER, Long.toString(sequence));
		}
		ClientHttpResponse response = execution.execute(request, body);
		String answered = response.getHeaders().getFirst(ReadYourWrites.HEADER);
		if (answered != null) {
			try {
				seen.accumulateAndGet(Long.parseLong(answered), Math::max);
			}
			catch (NumberFormatException ex) {
				// not a sequence: nothing to carry
			}
		}
		return response;
	}
}
