package org.kinmap.system;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;

/**
 * Tomcat's last word on an error, for requests it refuses before kinmap sees them (an encoded NUL in the path, a
 * path that climbs above the root, a request line or headers too long): a small RFC 9457 problem in JSON, in place
 * of Tomcat's HTML page. Errors kinmap answers itself already have a body and are left alone.
 */
public class ProblemReportValve extends ErrorReportValve {

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int code = response.getStatus();
		if (code < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		HttpStatus status = HttpStatus.resolve(code);
		var problem = ProblemHandler.containerProblem(status == null ? HttpStatus.BAD_REQUEST : status);
		String json = "{\"type\":\"" + problem.getType() + "\",\"title\":\"" + quoted(problem.getTitle()) + "\",\"status\":"
				+ code + ",\"detail\":\"" + quoted(problem.getDetail()) + "\"}";
		try {
			response.setContentType("application/problem+json");
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(json);
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// the connection is gone or the response already started: nothing more can be said
		}
	}

	private static String quoted(String text) {
		return text.replace("\\", "\\\\").replace("\"", "\\\"");
	}
}
