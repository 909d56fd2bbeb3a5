package org.kinmap.access;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Someone calling kinmap over HTTP as a script (HTTP Basic or a bearer token on each request), as a browser (a
 * session from the sign-in form, with its cookies and CSRF token), or as nobody. Redirects are not followed, so a test sees where a page sends
 * a person.
 */
final class Caller {

	private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	final String base;
	private final String basic;
	private final CookieManager cookies = new CookieManager();
	private final HttpClient client;

	private Caller(String base, String basic) {
		this.base = base;
		this.basic = basic;
		this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofMinutes(1)).build();
	}

	static Caller anonymous(int port) {
		return new Caller("http://localhost:" + port, null);
	}

	static Caller script(int port, String username, String password) {
		return new Caller("http://localhost:" + port, "Basic " + Base64.getEncoder()
			.encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
	}

	/** A script that sends a bearer token from the identity provider on each request. */
	static Caller bearer(int port, String token) {
		return new Caller("http://localhost:" + port, "Bearer " + token);
	}

	/** Signs in with the form, as a browser does; the caller then holds the session cookie. */
	static Caller browser(int port, String username, String password) throws IOException, InterruptedException {
		Caller caller = new Caller("http://localhost:" + port, null);
		HttpResponse<String> signedIn = caller.signIn(username, password);
		if (signedIn.statusCode() != 302 || signedIn.headers().firstValue("Location").orElse("").contains("error")) {
			throw new IllegalStateException("Sign-in of " + username + " failed: " + signedIn.statusCode() + " "
					+ signedIn.headers().firstValue("Location").orElse(""));
		}
		return caller;
	}

	HttpResponse<String> signIn(String username, String password) throws IOException, InterruptedException {
		HttpResponse<String> page = get("/sign-in");
		Matcher m = CSRF_FIELD.matcher(page.body());
		if (!m.find()) {
			throw new IllegalStateException("The sign-in page has no CSRF field");
		}
		String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + URLEncoder.encode(m.group(1), StandardCharsets.UTF_8);
		return send(HttpRequest.newBuilder(URI.create(base + "/sign-in"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)));
	}

	/** Follows a redirect as a browser does: a GET of its Location, which may be another server's. */
	HttpResponse<String> follow(HttpResponse<?> redirect) throws IOException, InterruptedException {
		String location = redirect.headers().firstValue("Location")
			.orElseThrow(() -> new IllegalStateException("Not a redirect: " + redirect.statusCode()));
		return send(HttpRequest.newBuilder(URI.create(base + "/").resolve(location)).header("Accept", "text/html").GET());
	}

	/** The CSRF token the pages' scripts send, from the XSRF-TOKEN cookie. */
	String csrfCookie() {
		return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
			.map(java.net.HttpCookie::getValue).findFirst().orElse(null);
	}

	HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json, text/html").GET());
	}

	HttpResponse<String> send(String method, String path, String contentType, String body)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		return send(request);
	}

	/** As {@link #send(String, String, String, String)}, with extra headers (name, value, name, value...). */
	HttpResponse<String> sendWithHeaders(String method, String path, String contentType, String body, String... headers)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		for (int i = 0; i + 1 < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return send(request);
	}

	/** As {@link #send(String, String, String, String)}, with the CSRF token as the pages send it. */
	HttpResponse<String> sendFromPage(String method, String path, String contentType, String body)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
			.header("X-Requested-With", "kinmap-page");
		if (csrfCookie() != null) {
			request.header("X-XSRF-TOKEN", csrfCookie());
		}
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		return send(request);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		if (basic != null) {
			request.header("Authorization", basic);
		}
		// Guards against a hang, far above an answer's time on a busy machine (the tests do not measure time).
		request.timeout(Duration.ofMinutes(2));
		return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}
}
