package org.kinmap.bench;

import java.io.File;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.kinmap.KinmapApplication;
import org.springframework.util.FileSystemUtils;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Issue 13's bounded load test: 50 people signed in at once, each as a browser would be, doing their role's work
 * with a short pause between requests, for a minute, on loopback. Not a test: {@code mvn -Pbench test
 * -Dtest=LoadBenchmark} runs it; {@code -Dbench.load.seconds} (default 60) and {@code -Dbench.load.users} (default 50)
 * change the run. It prints lines beginning {@code BENCH} and writes {@code target/bench/load.md}; kinmap's own log goes
 * to {@code target/bench/load-server.log}.
 *
 * <p>kinmap runs in a <em>separate process</em>, as deployed: {@code java -cp target/classes:<runtime dependencies>}
 * with the application's JVM arguments and the JVM's default JIT and heap (not the benchmark JVM's 6 GB, and not
 * {@code spring-boot:run}'s C1-only launch), a fresh store with the fixtures and the demonstration accounts, passwords
 * hashed at bcrypt strength 10 as in production. So the heap after the run and the CPU time used are kinmap's alone,
 * and the load generator's allocation and garbage collection stay out of kinmap's pauses.
 *
 * <p>Each virtual user has its own {@link HttpClient} and cookie jar, signs in with the form at {@code /sign-in} as one
 * of the demonstration accounts ({@code fixtures/accounts/demo-accounts.json}) and sends the CSRF token from the
 * {@code XSRF-TOKEN} cookie on changes, as the pages do. The users are spread over the roles ({@link #ROLE_MIX}); each
 * picks its next operation at random by its role's weights ({@link #operations}) and pauses 0–200 ms (the
 * administrator 1–3 s) between requests, every choice seeded. Every answer that is not 2xx, and every exception or
 * timeout, is an error and is listed; the run passes only with none.
 */
class LoadBenchmark {

	private static final long SEED = 20261207L;
	private static final int SECONDS = Integer.getInteger("bench.load.seconds", 60);
	private static final int USERS = Integer.getInteger("bench.load.users", 50);
	/** Seconds of the same work before the measured run, while kinmap's JIT compiles the hot paths; not counted. */
	private static final int WARM_UP = Integer.getInteger("bench.load.warmup", 15);
	private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
	private static final Duration START_TIMEOUT = Duration.ofMinutes(6);
	private static final Path BENCH = Path.of("target", "bench");
	private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	/** How many of the users sign in as each account, in this order, per 25 users (so 50 users are twice this). */
	private static final Map<String, Integer> ROLE_MIX = mix("amy.social", 6, "ben.social", 6, "carla.homes", 4,
			"dev.manager", 4, "erin.iro", 4, "fay.admin", 1);

	private final ObjectMapper json = new ObjectMapper();
	private final HttpClient setupHttp = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
	private final Map<String, Samples> samples = new TreeMap<>();
	private final Samples all = new Samples();
	private final ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
	private final AtomicInteger imported = new AtomicInteger();
	/** When the measured run began: requests sent before it (the warm-up) are not counted, their errors are. */
	private volatile long windowStart = Long.MAX_VALUE;

	private String base;
	private String password;
	private final Map<String, Account> accounts = new LinkedHashMap<>();
	private final World world = new World();

	@Test
	void fiftySignedInUsers() throws Exception {
		Files.createDirectories(BENCH);
		BenchReport report = new BenchReport("load", String.format("kinmap under load: %d signed-in users for %d s",
				USERS, SECONDS));
		report.line("machine: %s (the load generator's JVM)", BenchReport.machine());
		report.line("command: mvn -B -Pbench test -Dtest=LoadBenchmark%s%s", SECONDS == 60 ? "" : " -Dbench.load.seconds=" + SECONDS,
				USERS == 50 ? "" : " -Dbench.load.users=" + USERS);
		report.line("date: %s", Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
		readAccounts();
		Path store = Files.createTempDirectory("kinmap-load-store");
		int port = freePort();
		base = "http://127.0.0.1:" + port;
		Process server = start(port, store);
		boolean passed = false;
		try {
			long started = System.nanoTime();
			awaitReady(server);
			report.line("kinmap (pid %d) ready with the fixtures in %.0f s; load average then %s", server.pid(),
					(System.nanoTime() - started) / 1e9, loadAverage());
			discover();
			report.line("the authority: %d children in care, %d carer households, %d sibling groups; the social workers' "
					+ "together-or-apart assessments %s, each recorded again before the run as a copy that the users "
					+ "re-record (PUT) and record anew (POST)", world.children.size(), world.households.size(),
					world.groups.size(), String.join(", ", world.fixtureAssessments));
			world.findings.forEach(f -> report.line("noticed: %s", f));
			passed = run(server.pid(), report);
		}
		finally {
			stop(server);
			report.write();
			FileSystemUtils.deleteRecursively(store);
		}
		if (!passed) {
			throw new AssertionError(errors.size() + " errors under load; see target/bench/load.md");
		}
	}

	private boolean run(long pid, BenchReport report) throws Exception {
		List<String> who = new ArrayList<>();
		for (int i = 0; who.size() < USERS; i++) {
			for (Map.Entry<String, Integer> e : ROLE_MIX.entrySet()) {
				for (int k = 0; k < e.getValue() && who.size() < USERS; k++) {
					// One person runs one import at a time (a second is refused, 429): the administrator is one user.
					if (!(e.getKey().equals("fay.admin") && who.contains("fay.admin"))) {
						who.add(e.getKey());
					}
				}
			}
		}
		Map<String, Integer> perAccount = new TreeMap<>();
		who.forEach(w -> perAccount.merge(w, 1, Integer::sum));

		// Everyone signs in first (timed as its own operation), then all start together.
		List<VirtualUser> users = new ArrayList<>();
		Samples signIns = new Samples();
		List<Thread> signing = new ArrayList<>();
		List<VirtualUser> ready = Collections.synchronizedList(new ArrayList<>());
		for (int i = 0; i < who.size(); i++) {
			VirtualUser user = new VirtualUser(i, accounts.get(who.get(i)), new Random(SEED + i));
			users.add(user);
			Thread t = new Thread(() -> {
				long start = System.nanoTime();
				if (user.signIn()) {
					synchronized (signIns) {
						signIns.add(System.nanoTime() - start);
					}
					ready.add(user);
				}
			}, "sign-in-" + i);
			signing.add(t);
			t.start();
		}
		for (Thread t : signing) {
			t.join();
		}
		report.line("users: %d, as %s; each with its own session", USERS, perAccount);
		report.line("sign-in with the form, all %d at once (bcrypt strength 10): %s", USERS, signIns.percentiles());
		if (ready.size() < users.size()) {
			report.heading("Errors");
			errors.forEach(e -> report.line("%s", e));
			return false;
		}

		List<double[]> loads = Collections.synchronizedList(new ArrayList<>());
		CountDownLatch go = new CountDownLatch(1);
		long warmUpStart = System.nanoTime();
		long end = warmUpStart + TimeUnit.SECONDS.toNanos(WARM_UP + SECONDS);
		List<Thread> threads = new ArrayList<>();
		for (VirtualUser user : users) {
			Thread t = new Thread(() -> user.loop(go, end), "user-" + user.index);
			threads.add(t);
			t.start();
		}
		Thread sampler = new Thread(() -> {
			try {
				while (!Thread.currentThread().isInterrupted()) {
					loads.add(loadAverages());
					Thread.sleep(5000);
				}
			}
			catch (InterruptedException ex) {
				// the run is over
			}
		}, "load-average");
		go.countDown();
		Thread.sleep(TimeUnit.SECONDS.toMillis(WARM_UP));
		String loadBefore = loadAverage();
		double cpuBefore = cpuSeconds(pid);
		windowStart = System.nanoTime();
		sampler.start();
		for (Thread t : threads) {
			t.join();
		}
		double elapsed = (System.nanoTime() - windowStart) / 1e9;
		sampler.interrupt();
		sampler.join();
		double cpu = cpuSeconds(pid) - cpuBefore;
		String loadAfter = loadAverage();

		int requests = all.count();
		int errorCount = errors.size();
		long measuredErrors = errors.stream().filter(e -> e.startsWith("at ")).count();
		report.heading("Throughput and latency");
		report.line("after %d s of warm-up (the same work, not counted), from the start of the run until the last "
				+ "user's last request returned:", WARM_UP);
		report.line("**%,d requests in %.1f s: %.1f requests/s**, %d errors (%d in the warm-up); network documents "
				+ "imported: %d (with the warm-up)", requests + measuredErrors, elapsed, (requests + measuredErrors) / elapsed,
				measuredErrors, errorCount - measuredErrors, imported.get());
		report.line("every 2xx answer, from sending the request to reading the whole answer: **%s**", all.percentiles());
		report.line("kinmap's CPU time during the run: %.1f s of %.0f s available on %d cores (%.1f ms a request, "
				+ "the load generator on the same cores)", cpu, elapsed * Runtime.getRuntime().availableProcessors(),
				Runtime.getRuntime().availableProcessors(), 1000 * cpu / Math.max(1, requests));
		double[] minMax = { Double.MAX_VALUE, 0, 0 };
		for (double[] l : loads) {
			minMax[0] = Math.min(minMax[0], l[0]);
			minMax[1] = Math.max(minMax[1], l[0]);
			minMax[2] += l[0] / loads.size();
		}
		report.line("load average (1 min) during the run: %.1f–%.1f, mean %.1f of %d samples; before %s, after %s "
				+ "(1, 5, 15 min)", minMax[0], minMax[1], minMax[2], loads.size(), loadBefore, loadAfter);

		report.heading("Per operation (slowest p99 first)");
		List<Map.Entry<String, Samples>> ops = new ArrayList<>(samples.entrySet());
		ops.sort((a, b) -> Double.compare(b.getValue().millis(0.99), a.getValue().millis(0.99)));
		for (Map.Entry<String, Samples> e : ops) {
			report.line("%s: %s", e.getKey(), e.getValue().percentiles());
		}

		report.heading("Memory");
		jcmd(pid, "GC.run");
		jcmd(pid, "GC.run");
		Matcher used = Pattern.compile("heap\\s+total (\\d+)K, used (\\d+)K").matcher(jcmd(pid, "GC.heap_info"));
		if (used.find()) {
			report.line("kinmap's heap after the run and a full collection: %d MB in use (of %d MB committed); RSS %d MB",
					Long.parseLong(used.group(2)) / 1024, Long.parseLong(used.group(1)) / 1024, rssKb(pid) / 1024);
		}

		report.heading("Errors");
		if (errorCount == 0) {
			report.line("none: every answer was 2xx");
		}
		else {
			report.line("%d errors (%s)", errorCount, errorsByKind());
			errors.stream().limit(200).forEach(e -> report.line("%s", e));
		}
		Map<String, Integer> codes = new TreeMap<>();
		Matcher code = Pattern.compile("Error code '([A-Za-z.]+)'").matcher(Files.readString(BENCH.resolve("load-server.log")));
		while (code.find()) {
			codes.merge(code.group(1), 1, Integer::sum);
		}
		report.line("Neo4j errors in kinmap's log (target/bench/load-server.log), counting each mention: %s",
				codes.isEmpty() ? "none" : codes);
		return errorCount == 0;
	}

	/** The errors counted by operation and by answer ("answered 500") or exception. */
	private String errorsByKind() {
		Map<String, Integer> kinds = new TreeMap<>();
		Pattern kind = Pattern.compile("(?:at [\\d.]+ s |in the warm-up: )?(.+?) \\(.*?(answered \\d+|[A-Za-z.]+(?:Exception|Error))");
		for (String e : errors) {
			Matcher m = kind.matcher(e);
			kinds.merge(m.find() ? m.group(1) + ": " + m.group(2) : e, 1, Integer::sum);
		}
		return kinds.toString();
	}

	/** One person signed in with the form, doing their role's work. */
	private final class VirtualUser {

		final int index;
		final Account account;
		final Random random;
		final CookieManager cookies = new CookieManager();
		final HttpClient client;
		final List<Operation> operations;

		VirtualUser(int index, Account account, Random random) {
			this.index = index;
			this.account = account;
			this.random = random;
			this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
				.connectTimeout(Duration.ofSeconds(10)).build();
			this.operations = operations(account);
		}

		boolean signIn() {
			try {
				HttpResponse<String> page = send("GET", "/sign-in", null, null);
				Matcher m = CSRF_FIELD.matcher(page.body());
				if (page.statusCode() != 200 || !m.find()) {
					errors.add("sign-in page for " + account.username + " answered " + page.statusCode() + " without a CSRF field");
					return false;
				}
				String form = "username=" + enc(account.username) + "&password=" + enc(password) + "&_csrf=" + enc(m.group(1));
				HttpResponse<String> answer = send("POST", "/sign-in", "application/x-www-form-urlencoded", form);
				String location = answer.headers().firstValue("Location").orElse("");
				if (answer.statusCode() != 302 || location.contains("error")) {
					errors.add("sign-in of " + account.username + " answered " + answer.statusCode() + " " + location);
					return false;
				}
				// The first page after signing in sets the new CSRF cookie.
				HttpResponse<String> me = send("GET", "/api/me", null, null);
				if (me.statusCode() != 200 || csrf() == null) {
					errors.add("GET /api/me for " + account.username + " answered " + me.statusCode() + " (CSRF cookie "
							+ (csrf() == null ? "missing" : "set") + ")");
					return false;
				}
				return true;
			}
			catch (Exception ex) {
				errors.add("sign-in of " + account.username + ": " + ex);
				return false;
			}
		}

		void loop(CountDownLatch go, long end) {
			try {
				go.await();
				while (System.nanoTime() < end) {
					pick().run(this);
					int think = account.role.equals("ADMIN") ? 1000 + random.nextInt(2001) : random.nextInt(201);
					Thread.sleep(think);
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}

		Operation pick() {
			int total = operations.stream().mapToInt(Operation::weight).sum();
			int r = random.nextInt(total);
			for (Operation op : operations) {
				r -= op.weight();
				if (r < 0) {
					return op;
				}
			}
			throw new IllegalStateException();
		}

		<T> T pickFrom(List<T> list) {
			return list.get(random.nextInt(list.size()));
		}

		/** Sends one timed request; returns the answer's JSON, or null after recording an error. */
		JsonNode call(String name, String method, String path, String body) {
			long start = System.nanoTime();
			try {
				HttpResponse<String> answer = send(method, path, body == null ? null : "application/json", body);
				long took = System.nanoTime() - start;
				if (answer.statusCode() / 100 != 2) {
					error(start, name, method + " " + path + " answered " + answer.statusCode() + ": "
							+ abbreviate(answer.body()));
					return null;
				}
				if (start >= windowStart) {
					synchronized (samples) {
						samples.computeIfAbsent(name, n -> new Samples()).add(took);
						all.add(took);
					}
				}
				return answer.body().isEmpty() ? json.nullNode() : json.readTree(answer.body());
			}
			catch (Exception ex) {
				error(start, name, method + " " + path + " failed after " + (System.nanoTime() - start) / 1_000_000 + " ms: " + ex);
				return null;
			}
		}

		private void error(long start, String name, String what) {
			errors.add(start < windowStart ? String.format("in the warm-up: %s (%s): %s", name, account.username, what)
					: String.format("at %.1f s %s (%s): %s", (start - windowStart) / 1e9, name, account.username, what));
		}

		HttpResponse<String> send(String method, String path, String contentType, String body)
				throws IOException, InterruptedException {
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(REQUEST_TIMEOUT)
				.header("Accept", "application/json, text/html")
				.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
			if (contentType != null) {
				request.header("Content-Type", contentType);
			}
			if (path.startsWith("/api/")) {
				// As the pages' scripts send them.
				request.header("X-Requested-With", "kinmap-page");
				if (!method.equals("GET") && csrf() != null) {
					request.header("X-XSRF-TOKEN", csrf());
				}
			}
			return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}

		String csrf() {
			return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
				.map(HttpCookie::getValue).findFirst().orElse(null);
		}
	}

	/** One kind of thing a user does, and how often against the role's others. */
	private record Operation(int weight, java.util.function.Consumer<VirtualUser> action) {

		void run(VirtualUser user) {
			action.accept(user);
		}
	}

	/** Each role's mix of work, over the children, households and groups that role works with. */
	private List<Operation> operations(Account account) {
		List<Operation> ops = new ArrayList<>();
		switch (account.role) {
		case "SOCIAL_WORKER" -> {
			List<String> mine = account.allocated;
			List<String> withSiblings = mine.stream().filter(world.withSiblings::contains).toList();
			List<String> assessments = world.assessments.entrySet().stream()
				.filter(e -> mine.containsAll(e.getValue())).map(Map.Entry::getKey).toList();
			ops.add(new Operation(4, u -> u.call("child's record", "GET", "/api/children/" + u.pickFrom(mine), null)));
			ops.add(new Operation(3, u -> u.call("genogram", "GET", "/api/children/" + u.pickFrom(mine) + "/genogram", null)));
			ops.add(new Operation(3, u -> u.call("relatives work list", "GET",
					"/api/children/" + u.pickFrom(mine) + "/relatives?unassessed=true", null)));
			ops.add(new Operation(2, u -> u.call("network gaps", "GET", "/api/children/" + u.pickFrom(mine) + "/network-gaps", null)));
			ops.add(new Operation(withSiblings.isEmpty() ? 0 : 2, u -> u.call("siblings", "GET",
					"/api/children/" + u.pickFrom(withSiblings) + "/siblings", null)));
			if (!assessments.isEmpty()) {
				ops.add(new Operation(2, u -> reRecord(u, u.pickFrom(assessments))));
				ops.add(new Operation(1, u -> recordAnew(u, u.pickFrom(assessments))));
			}
		}
		case "HOME_FINDER" -> {
			ops.add(new Operation(4, u -> u.call("carer shortlist", "GET",
					"/api/children/" + u.pickFrom(world.children) + "/carer-matches", null)));
			ops.add(new Operation(2, u -> u.call("carer household", "GET", "/api/carers/" + u.pickFrom(world.households), null)));
			ops.add(new Operation(1, u -> u.call("carers with vacancies", "GET", "/api/carers?vacancies=true", null)));
			ops.add(new Operation(2, u -> u.call("child's record", "GET", "/api/children/" + u.pickFrom(world.children), null)));
			ops.add(new Operation(1, u -> u.call("siblings", "GET",
					"/api/children/" + u.pickFrom(world.childrenWithSiblings) + "/siblings", null)));
		}
		case "MANAGER" -> {
			ops.add(new Operation(1, u -> u.call("sibling-group summary", "GET", "/api/sibling-groups/summary", null)));
			ops.add(new Operation(1, u -> u.call("split sibling groups", "GET", "/api/sibling-groups?split=true", null)));
			ops.add(new Operation(3, u -> u.call("sibling group", "GET", "/api/sibling-groups/" + u.pickFrom(world.groups), null)));
			ops.add(new Operation(3, u -> u.call("child's record", "GET", "/api/children/" + u.pickFrom(world.children), null)));
		}
		case "IRO" -> {
			List<String> mine = account.allocated;
			List<String> withSiblings = mine.stream().filter(world.withSiblings::contains).toList();
			ops.add(new Operation(4, u -> u.call("child's record", "GET", "/api/children/" + u.pickFrom(mine), null)));
			ops.add(new Operation(1, u -> u.call("genogram", "GET", "/api/children/" + u.pickFrom(mine) + "/genogram", null)));
			ops.add(new Operation(withSiblings.isEmpty() ? 0 : 1, u -> u.call("siblings", "GET",
					"/api/children/" + u.pickFrom(withSiblings) + "/siblings", null)));
		}
		case "ADMIN" -> {
			ops.add(new Operation(1, this::importFamily));
			ops.add(new Operation(1, u -> u.call("audit trail", "GET", "/api/audit?limit=50", null)));
		}
		default -> throw new IllegalStateException("No work for the role " + account.role);
		}
		return ops;
	}

	/** Opens an assessment and records it again as it is, as the assessment page's save does. */
	private void reRecord(VirtualUser user, String id) {
		JsonNode view = user.call("together-or-apart assessment", "GET", "/api/together-or-apart-assessments/" + id, null);
		if (view != null) {
			user.call("re-record together-or-apart: PUT", "PUT", "/api/together-or-apart-assessments/" + id, request(view));
		}
	}

	/** Records a new assessment of the same children, with the content of an existing one. */
	private void recordAnew(VirtualUser user, String id) {
		user.call("new together-or-apart: POST", "POST", "/api/together-or-apart-assessments", world.assessmentBodies.get(id));
	}

	/** A {@code TogetherOrApartView} as a {@code TogetherOrApartRequest}. */
	private String request(JsonNode view) {
		ObjectNode r = json.createObjectNode();
		ArrayNode children = r.putArray("children");
		view.path("children").forEach(c -> children.add(c.path("personId").asText()));
		for (String[] field : new String[][] { { "status", "status" }, { "recommendation", "recommendation" },
				{ "reasons", "reasons" }, { "requestedOn", "requestedOn" }, { "concludedOn", "concludedOn" },
				{ "assessor", "assessor" } }) {
			if (view.hasNonNull(field[0])) {
				r.put(field[1], view.get(field[0]).asText());
			}
		}
		ArrayNode views = r.putArray("views");
		view.path("views").forEach(v -> views.addObject().put("child", v.path("child").asText()).put("views", v.path("views").asText()));
		ArrayNode pairs = r.putArray("pairs");
		view.path("pairs").forEach(p -> {
			ObjectNode pair = pairs.addObject();
			pair.set("children", p.path("children"));
			for (String f : List.of("quality", "placeTogether", "note")) {
				if (p.hasNonNull(f)) {
					pair.set(f, p.get(f));
				}
			}
		});
		return r.toString();
	}

	private static final String[][] FAMILY_NAMES = { { "Ashby", "Lorna", "Keith", "Dana", "Rhys", "Ivy" },
			{ "Penrose", "Maud", "Colin", "Tess", "Owen", "Nell" }, { "Fairlie", "Irene", "Stuart", "Gemma", "Liam", "Rosa" },
			{ "Thorne", "Edna", "Vince", "Holly", "Kian", "Zoe" } };

	/** An administrator imports a small, fictional, new family: grandmother, parents and a child in care. */
	private void importFamily(VirtualUser user) {
		int n = imported.incrementAndGet();
		String[] names = FAMILY_NAMES[n % FAMILY_NAMES.length];
		String p = "ld-" + user.index + "-" + n + "-";
		String doc = """
				{"source": "LoadBenchmark: a fictional family (%1$s)",
				 "persons": [
				  {"id": "%2$sgran", "givenName": "%3$s", "familyName": "%1$s", "sex": "female", "birthDate": "1959"},
				  {"id": "%2$sdad", "givenName": "%4$s", "familyName": "%1$s", "sex": "male", "birthDate": "1986-04"},
				  {"id": "%2$smum", "givenName": "%5$s", "familyName": "Moor", "sex": "female", "birthDate": "1989-09-12"},
				  {"id": "%2$schild", "givenName": "%6$s", "familyName": "%1$s", "sex": "male", "birthDate": "2017-02-03"},
				  {"id": "%2$ssister", "givenName": "%7$s", "familyName": "%1$s", "sex": "female", "birthDate": "2019-10-21"}],
				 "parentLinks": [
				  {"parent": "%2$sgran", "child": "%2$sdad", "type": "birth"},
				  {"parent": "%2$sdad", "child": "%2$schild", "type": "birth", "parentalResponsibility": true},
				  {"parent": "%2$smum", "child": "%2$schild", "type": "birth", "parentalResponsibility": true},
				  {"parent": "%2$sdad", "child": "%2$ssister", "type": "birth", "parentalResponsibility": true},
				  {"parent": "%2$smum", "child": "%2$ssister", "type": "birth", "parentalResponsibility": true}],
				 "partnerships": [{"partners": ["%2$sdad", "%2$smum"], "type": "cohabiting", "status": "separated", "from": "2015", "to": "2023"}],
				 "children": [{"child": "%2$schild", "legalStatus": "C2", "lookedAfterSince": "2025-06-01", "permanencePlan": "long_term_fostering"}]}
				""".formatted(names[0], p, names[1], names[2], names[3], names[4], names[5]);
		user.call("import a network document", "POST", "/api/networks", doc);
	}

	// ---- before the run: the accounts, and what each role works with ----

	private record Account(String username, String role, List<String> allocated) {
	}

	/** What the users work with, read once before the run (as a manager, over HTTP Basic). */
	private static final class World {
		final List<String> children = new ArrayList<>();
		final List<String> childrenWithSiblings = new ArrayList<>();
		final java.util.Set<String> withSiblings = new java.util.HashSet<>();
		final List<String> households = new ArrayList<>();
		final List<String> groups = new ArrayList<>();
		/** Together-or-apart assessments of allocated children: id to children. */
		final Map<String, List<String>> assessments = new TreeMap<>();
		final Map<String, String> assessmentBodies = new TreeMap<>();
		final java.util.Set<String> fixtureAssessments = new java.util.TreeSet<>();
		/** What the setup found about re-recording the fixtures' assessments as their GET returns them. */
		final List<String> findings = new ArrayList<>();
	}

	private void readAccounts() throws IOException {
		JsonNode demo = json.readTree(Path.of("fixtures", "accounts", "demo-accounts.json").toFile());
		password = demo.path("password").asText();
		for (JsonNode a : demo.path("accounts")) {
			List<String> allocated = new ArrayList<>();
			a.path("allocated").forEach(c -> allocated.add(c.asText()));
			accounts.put(a.path("username").asText(), new Account(a.path("username").asText(),
					a.path("roles").get(0).asText(), List.copyOf(allocated)));
		}
		for (String username : ROLE_MIX.keySet()) {
			if (!accounts.containsKey(username)) {
				throw new IllegalStateException("No demonstration account " + username + " in demo-accounts.json");
			}
		}
	}

	private void discover() throws Exception {
		for (JsonNode c : basic("dev.manager", "/api/children")) {
			world.children.add(c.path("id").asText(c.path("personId").asText()));
		}
		for (String child : world.children) {
			if (basicStatus("dev.manager", "/api/children/" + child + "/siblings") == 200) {
				world.withSiblings.add(child);
				world.childrenWithSiblings.add(child);
			}
		}
		for (JsonNode h : basic("carla.homes", "/api/carers")) {
			world.households.add(h.path("id").asText());
		}
		for (JsonNode g : basic("dev.manager", "/api/sibling-groups")) {
			world.groups.add(g.path("id").asText());
		}
		// Each social worker records one together-or-apart assessment of each of their sibling groups that has one in
		// the fixtures, with its content (the fixtures keep an apart recommendation's reasons in its notes); the users
		// re-record these and record more like them.
		for (Account a : accounts.values()) {
			if (!a.role.equals("SOCIAL_WORKER")) {
				continue;
			}
			// The fixtures' assessments first, then the copies (which the children's records list from then on).
			Map<String, JsonNode> fixtures = new LinkedHashMap<>();
			for (String child : a.allocated) {
				for (JsonNode as : basic(a.username, "/api/children/" + child).path("assessments")) {
					if ("together_or_apart".equals(as.path("type").asText())) {
						fixtures.putIfAbsent(as.path("id").asText(), as);
					}
				}
			}
			for (Map.Entry<String, JsonNode> fixture : fixtures.entrySet()) {
				String id = fixture.getKey();
				JsonNode as = fixture.getValue();
				world.fixtureAssessments.add(id);
				JsonNode view = basic(a.username, "/api/together-or-apart-assessments/" + id);
				List<String> lost = new ArrayList<>();
				as.fieldNames().forEachRemaining(f -> {
					if (!view.has(f) && !List.of("type", "typeLabel", "statusLabel", "subjects", "extended").contains(f)) {
						lost.add(f);
					}
				});
				ObjectNode body = (ObjectNode) json.readTree(request(view));
				boolean needsReasons = List.of("apart", "some_together").contains(view.path("recommendation").asText());
				if (needsReasons && !view.hasNonNull("reasons") && as.hasNonNull("notes")) {
					body.put("reasons", as.get("notes").asText());
					world.findings.add(id + " (" + view.path("recommendation").asText() + "): its GET has no reasons, so a "
							+ "PUT of what GET returns is refused (422: its recommendation needs reasons); the fixture's "
							+ "reasons are in its notes");
				}
				if (!lost.isEmpty()) {
					world.findings.add(id + ": a PUT of what GET returns erases " + String.join(" and ", lost)
							+ " (shown in the child's record; the assessment's GET does not show them and the request "
							+ "cannot carry them)");
				}
				HttpResponse<String> created = setupHttp.send(basicRequestBuilder(a.username, "/api/together-or-apart-assessments")
					.method("POST", HttpRequest.BodyPublishers.ofString(body.toString()))
					.header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());
				if (created.statusCode() != 201) {
					throw new IllegalStateException("Recording a copy of " + id + " as " + a.username + " answered "
							+ created.statusCode() + ": " + abbreviate(created.body()));
				}
				JsonNode saved = json.readTree(created.body());
				List<String> children = new ArrayList<>();
				saved.path("children").forEach(c -> children.add(c.path("personId").asText()));
				world.assessments.put(saved.path("id").asText(), children);
				world.assessmentBodies.put(saved.path("id").asText(), body.toString());
			}
		}
		if (world.children.isEmpty() || world.households.isEmpty() || world.groups.isEmpty() || world.assessments.isEmpty()) {
			throw new IllegalStateException("The fixtures are not as expected: " + world.children.size() + " children, "
					+ world.households.size() + " households, " + world.groups.size() + " groups, "
					+ world.assessments.size() + " together-or-apart assessments of allocated children");
		}
	}

	private JsonNode basic(String username, String path) throws IOException, InterruptedException {
		HttpResponse<String> answer = setupHttp.send(basicRequest(username, path), HttpResponse.BodyHandlers.ofString());
		if (answer.statusCode() != 200) {
			throw new IllegalStateException("GET " + path + " as " + username + " answered " + answer.statusCode() + ": "
					+ abbreviate(answer.body()));
		}
		return json.readTree(answer.body());
	}

	private int basicStatus(String username, String path) throws IOException, InterruptedException {
		return setupHttp.send(basicRequest(username, path), HttpResponse.BodyHandlers.discarding()).statusCode();
	}

	private HttpRequest basicRequest(String username, String path) {
		return basicRequestBuilder(username, path).build();
	}

	private HttpRequest.Builder basicRequestBuilder(String username, String path) {
		return HttpRequest.newBuilder(URI.create(base + path)).timeout(REQUEST_TIMEOUT)
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
	}

	// ---- kinmap in its own process ----

	private Process start(int port, Path store) throws IOException {
		Path cpFile = BENCH.resolve("runtime-classpath.txt");
		if (!Files.exists(cpFile)) {
			throw new IllegalStateException(cpFile + " is missing: run with -Pbench");
		}
		List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
		String jvm = System.getProperty("kinmap.bench.run-jvm-arguments", "").trim();
		if (!jvm.isEmpty()) {
			cmd.addAll(List.of(jvm.split("\\s+")));
		}
		cmd.addAll(List.of("-cp", Path.of("target", "classes").toAbsolutePath() + File.pathSeparator
				+ Files.readString(cpFile).trim(), KinmapApplication.class.getName(),
				"--server.port=" + port, "--kinmap.neo4j.bolt-port=0", "--kinmap.neo4j.data-dir=" + store,
				"--kinmap.today=2026-11-22", "--kinmap.fixtures.load=true", "--kinmap.passwords.bcrypt-strength=10",
				// Every request is logged at INFO by the audit and the recorder; WARN keeps the log to what matters.
				"--logging.level.root=WARN"));
		return new ProcessBuilder(cmd).redirectErrorStream(true)
			.redirectOutput(BENCH.resolve("load-server.log").toFile()).start();
	}

	private void awaitReady(Process server) throws Exception {
		long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
		while (true) {
			if (!server.isAlive()) {
				throw new IllegalStateException("kinmap exited with " + server.exitValue() + "; see target/bench/load-server.log");
			}
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("kinmap was not ready within " + START_TIMEOUT);
			}
			try {
				HttpResponse<String> readiness = setupHttp.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health/readiness"))
					.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
				if (readiness.statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(250);
		}
	}

	private static void stop(Process process) throws InterruptedException {
		process.destroy();
		if (!process.waitFor(60, TimeUnit.SECONDS)) {
			process.destroyForcibly().waitFor();
		}
	}

	// ---- small helpers ----

	private static Map<String, Integer> mix(Object... pairs) {
		Map<String, Integer> m = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			m.put((String) pairs[i], (Integer) pairs[i + 1]);
		}
		return m;
	}

	private static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

	private static String abbreviate(String body) {
		String oneLine = body == null ? "" : body.replaceAll("\\s+", " ");
		return oneLine.length() > 300 ? oneLine.substring(0, 300) + "…" : oneLine;
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static String loadAverage() {
		double[] l = loadAverages();
		return String.format("%.2f %.2f %.2f", l[0], l[1], l[2]);
	}

	private static double[] loadAverages() {
		try {
			String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
			return new double[] { Double.parseDouble(parts[0]), Double.parseDouble(parts[1]), Double.parseDouble(parts[2]) };
		}
		catch (IOException | RuntimeException ex) {
			return new double[] { Double.NaN, Double.NaN, Double.NaN };
		}
	}

	private static double cpuSeconds(long pid) {
		return ProcessHandle.of(pid).flatMap(p -> p.info().totalCpuDuration()).map(d -> d.toMillis() / 1000.0)
			.orElse(Double.NaN);
	}

	private static String jcmd(long pid, String command) throws IOException, InterruptedException {
		Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
		Process p = new ProcessBuilder(jcmd.toString(), String.valueOf(pid), command).redirectErrorStream(true).start();
		String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		p.waitFor(60, TimeUnit.SECONDS);
		return out;
	}

	private static long rssKb(long pid) throws IOException {
		Path status = Path.of("/proc", String.valueOf(pid), "status");
		return Files.readAllLines(status).stream().filter(l -> l.startsWith("VmRSS:"))
			.map(l -> Long.parseLong(l.replaceAll("\\D", ""))).findFirst().orElse(-1L);
	}
}
