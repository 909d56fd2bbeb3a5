package org.kinmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * Not a timed test: {@code mvn -Pbench test -Dtest=StartupBenchmark} runs it. Measures start-up as a user meets it:
 * in a <em>separate process</em> on a fresh store, from the moment the process is launched until it is ready with
 * the fixtures loaded: {@code /actuator/health/readiness} UP (polled every 50 ms; it turns UP when the runners,
 * the fixture loader among them, are done) and {@code GET /api/children} listing all 43 fixture children. Then the heap in use after a full
 * collection while idle ({@code jcmd PID GC.run}, {@code GC.heap_info}) and the resident set ({@code VmRSS}).
 *
 * <p>Ways of starting it ({@code -Dbench.startup.modes=cp,mvn,jar}, all three by default):
 * <ul>
 * <li>{@code cp}: the JVM that {@code mvn spring-boot:run} forks, launched directly: {@code java} with the plugin's
 * JVM arguments, {@code -cp target/classes:<runtime dependencies>} (the list is written by the bench profile's
 * {@code dependency:build-classpath}), {@code org.kinmap.KinmapApplication}. No Maven in the figure.</li>
 * <li>{@code mvn}: {@code mvn -B -q spring-boot:run}, the README's first command, timed from launching Maven; heap and
 * RSS are the forked application JVM's.</li>
 * <li>{@code jar}: {@code java -jar target/kinmap.jar}, only if the jar exists and is not older than
 * {@code target/classes} (build it first with {@code mvn -B -q package -DskipTests}).</li>
 * </ul>
 * Each mode runs {@code -Dbench.startup.runs} times (5 by default). The first run of a mode is reported apart as
 * "cold" (first process after a build: OS file cache and JIT-less class loading of new jars); p50 and max are over
 * the remaining runs. Lines begin {@code BENCH start-up}; the figures also go to {@code target/bench/startup.txt}
 * ({@code key: value}) and each run's log to {@code target/bench/startup-MODE-N.log}.
 */
class StartupBenchmark {

	static final int FIXTURE_CHILDREN = 43;
	static final Duration TIMEOUT = Duration.ofMinutes(3);
	static final Path BENCH = Path.of("target", "bench");

	final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
	final ObjectMapper json = new ObjectMapper();

	@Test
	void startUpWithFixturesAndIdleHeap() throws Exception {
		Files.createDirectories(BENCH);
		int runs = Integer.getInteger("bench.startup.runs", 5);
		List<String> modes = Arrays.asList(System.getProperty("bench.startup.modes", "cp,mvn,jar").split(","));
		Map<String, String> figures = new LinkedHashMap<>();
		figures.put("machine", Runtime.getRuntime().availableProcessors() + " cpus, load average at start "
				+ loadAverage());
		figures.put("runs", String.valueOf(runs));
		for (String mode : modes) {
			Optional<List<String>> command = command(mode.trim());
			if (command.isEmpty()) {
				continue;
			}
			List<Run> results = new ArrayList<>();
			for (int n = 1; n <= runs; n++) {
				Run run = run(mode, n, command.get());
				results.add(run);
				System.out.printf("BENCH start-up %s run %d: ready with fixtures in %.1f s (HTTP up %.1f s; embedded "
						+ "Neo4j %.1f s, migrations %.1f s, Spring started %.1f s, fixtures %.1f s); idle heap after GC "
						+ "%d MB, RSS %d MB; CPU used by then %.1f s; load %s%n", mode, n, run.readyS, run.httpUpS, run.neo4jS,
						run.migrationsS, run.springS, run.fixturesS, run.heapMb, run.rssMb, run.cpuS, run.load);
			}
			summarise(mode, results, figures);
		}
		StringBuilder text = new StringBuilder();
		figures.forEach((k, v) -> text.append(k).append(": ").append(v).append('\n'));
		Files.writeString(BENCH.resolve("startup.txt"), text);
	}

	/** The command line that starts kinmap in the given mode, or empty (with the reason printed) if it cannot. */
	Optional<List<String>> command(String mode) throws IOException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		switch (mode) {
		case "cp" -> {
			Path cpFile = BENCH.resolve("runtime-classpath.txt");
			if (!Files.exists(cpFile)) {
				System.out.println("BENCH start-up cp: skipped, " + cpFile + " is missing (run with -Pbench)");
				return Optional.empty();
			}
			List<String> cmd = new ArrayList<>(List.of(java));
			cmd.addAll(runJvmArguments());
			cmd.addAll(List.of("-cp", Path.of("target", "classes").toAbsolutePath() + File.pathSeparator
					+ Files.readString(cpFile).trim(), KinmapApplication.class.getName()));
			return Optional.of(cmd);
		}
		case "mvn" -> {
			Optional<String> mvn = onPath("mvn");
			if (mvn.isEmpty()) {
				System.out.println("BENCH start-up mvn: skipped, no mvn on the PATH");
				return Optional.empty();
			}
			return Optional.of(new ArrayList<>(List.of(mvn.get(), "-B", "-q", "spring-boot:run")));
		}
		case "jar" -> {
			Path jar = Path.of("target", "kinmap.jar");
			Path main = Path.of("target", "classes", "org", "kinmap", "KinmapApplication.class");
			if (!Files.exists(jar) || Files.getLastModifiedTime(jar).compareTo(Files.getLastModifiedTime(main)) < 0) {
				System.out.println("BENCH start-up jar: skipped, target/kinmap.jar is missing or older than "
						+ "target/classes (mvn -B -q package -DskipTests builds it)");
				return Optional.empty();
			}
			return Optional.of(new ArrayList<>(List.of(java, "-jar", jar.toString())));
		}
		default -> throw new IllegalArgumentException("Unknown start-up mode " + mode);
		}
	}

	/** What the spring-boot-maven-plugin's run goal puts before the class path (passed in by the bench profile). */
	static List<String> runJvmArguments() {
		String args = System.getProperty("kinmap.bench.run-jvm-arguments", "").trim();
		List<String> list = new ArrayList<>();
		// The run goal's optimizedLaunch (on by default) adds this flag to the forked JVM.
		list.add("-XX:TieredStopAtLevel=1");
		if (!args.isEmpty()) {
			list.addAll(Arrays.asList(args.split("\\s+")));
		}
		return list;
	}

	Run run(String mode, int n, List<String> base) throws Exception {
		Path store = Files.createTempDirectory("kinmap-bench-store");
		int port = freePort();
		int bolt = freePort();
		List<String> appArgs = List.of("--server.port=" + port, "--kinmap.neo4j.bolt-port=" + bolt,
				"--kinmap.neo4j.data-dir=" + store, "--kinmap.today=2026-11-22");
		List<String> cmd = new ArrayList<>(base);
		if (mode.equals("mvn")) {
			cmd.add("-Dspring-boot.run.arguments=" + String.join(" ", appArgs));
		}
		else {
			cmd.addAll(appArgs);
		}
		Path log = BENCH.resolve("startup-" + mode + "-" + n + ".log");
		Run run = new Run();
		run.load = loadAverage();
		long start = System.nanoTime();
		Process process = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		try {
			long deadline = start + TIMEOUT.toNanos();
			// Readiness turns UP once the runners (the fixture loader among them) are done; it asks nothing of the
			// database, so polling it does not slow the loading down. The fixtures are then checked over the API.
			Optional<HttpResponse<String>> readiness = Optional.empty();
			while (readiness.isEmpty() || readiness.get().statusCode() != 200) {
				check(process, deadline, log);
				Thread.sleep(50);
				readiness = get(port, "/actuator/health/readiness");
				if (readiness.isPresent() && Double.isNaN(run.httpUpS)) {
					run.httpUpS = (System.nanoTime() - start) / 1e9;
				}
			}
			int children;
			while ((children = children(port)) != FIXTURE_CHILDREN) {
				check(process, deadline, log);
				assertThat(children).as("children listed when ready").isLessThan(FIXTURE_CHILDREN);
				Thread.sleep(50);
			}
			run.readyS = (System.nanoTime() - start) / 1e9;
			long pid = applicationPid(process, log);
			run.cpuS = cpuSeconds(pid);
			phases(Files.readString(log), run);

			Thread.sleep(2000);
			jcmd(pid, "GC.run");
			jcmd(pid, "GC.run");
			Matcher used = Pattern.compile("heap\\s+total \\d+K, used (\\d+)K").matcher(jcmd(pid, "GC.heap_info"));
			assertThat(used.find()).as("GC.heap_info of " + pid).isTrue();
			run.heapMb = Long.parseLong(used.group(1)) / 1024;
			run.rssMb = rssKb(pid) / 1024;
			return run;
		}
		finally {
			stop(process);
			FileSystemUtils.deleteRecursively(store);
		}
	}

	int children(int port) {
		return get(port, "/api/children").filter(r -> r.statusCode() == 200).map(r -> {
			try {
				JsonNode list = json.readTree(r.body());
				return list.isArray() ? list.size() : -1;
			}
			catch (IOException ex) {
				return -1;
			}
		}).orElse(-1);
	}

	Optional<HttpResponse<String>> get(int port, String path) {
		try {
			// The fixtures' demonstration manager: ready means a signed-in person sees every child.
			HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
				.header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
						("dev.manager:" + TestAccounts.DEMO_PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
				.timeout(Duration.ofSeconds(10)).build();
			return Optional.of(http.send(request, HttpResponse.BodyHandlers.ofString()));
		}
		catch (IOException ex) {
			return Optional.empty();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	static void check(Process process, long deadline, Path log) throws IOException {
		if (!process.isAlive()) {
			throw new AssertionError("kinmap exited with " + process.exitValue() + " before it was ready; see " + log
					+ ":\n" + tail(log));
		}
		if (System.nanoTime() > deadline) {
			throw new AssertionError("kinmap was not ready within " + TIMEOUT + "; see " + log + ":\n" + tail(log));
		}
	}

	static String tail(Path log) throws IOException {
		List<String> lines = Files.readAllLines(log);
		return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
	}

	/** The application JVM: the process itself, or for {@code mvn} the forked JVM running KinmapApplication. */
	static long applicationPid(Process process, Path log) {
		return process.descendants()
			.filter(p -> commandLine(p.pid()).contains(KinmapApplication.class.getName()))
			.mapToLong(ProcessHandle::pid)
			.findFirst()
			.orElse(process.pid());
	}

	/** The whole command line ({@link ProcessHandle.Info#commandLine()} gives up on long ones). */
	static String commandLine(long pid) {
		try {
			return Files.readString(Path.of("/proc", String.valueOf(pid), "cmdline"), StandardCharsets.ISO_8859_1);
		}
		catch (IOException ex) {
			return "";
		}
	}

	/** User plus system CPU time the process has used so far, in seconds. */
	static double cpuSeconds(long pid) {
		return ProcessHandle.of(pid).flatMap(p -> p.info().totalCpuDuration()).map(d -> d.toMillis() / 1000.0)
			.orElse(Double.NaN);
	}

	/** Figures the application logs itself, to show where the time goes. */
	static void phases(String log, Run run) {
		run.neo4jS = find(log, "Embedded Neo4j started in (\\d+) ms") / 1000;
		run.migrationsS = find(log, "Schema migrations done in (\\d+) ms") / 1000;
		run.springS = find(log, "Started KinmapApplication in [\\d.]+ seconds \\(process running for ([\\d.]+)\\)");
		run.fixturesS = find(log, "Loaded \\d+ fixture files \\(\\d+ records\\) in (\\d+) ms") / 1000;
	}

	static double find(String log, String regex) {
		Matcher m = Pattern.compile(regex).matcher(log);
		return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
	}

	static String jcmd(long pid, String command) throws IOException, InterruptedException {
		Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
		Process p = new ProcessBuilder(jcmd.toString(), String.valueOf(pid), command).redirectErrorStream(true).start();
		String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
		return out;
	}

	static long rssKb(long pid) throws IOException {
		Path status = Path.of("/proc", String.valueOf(pid), "status");
		if (!Files.exists(status)) {
			return -1;
		}
		return Files.readAllLines(status).stream()
			.filter(l -> l.startsWith("VmRSS:"))
			.map(l -> Long.parseLong(l.replaceAll("\\D", "")))
			.findFirst()
			.orElse(-1L);
	}

	/** SIGTERM to the application (and, for mvn, to Maven after it), as Ctrl-C would; forcibly after 30 s. */
	static void stop(Process process) throws InterruptedException {
		List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
		java.util.Collections.reverse(tree);
		for (ProcessHandle child : tree) {
			child.destroy();
			child.onExit().completeOnTimeout(child, 30, TimeUnit.SECONDS).join();
			child.destroyForcibly();
		}
		process.destroy();
		if (!process.waitFor(30, TimeUnit.SECONDS)) {
			process.destroyForcibly().waitFor();
		}
	}

	static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	static Optional<String> onPath(String name) {
		return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
			.map(dir -> Path.of(dir, name))
			.filter(Files::isExecutable)
			.map(Path::toString)
			.findFirst();
	}

	static String loadAverage() {
		try {
			String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
			return parts[0] + " " + parts[1] + " " + parts[2];
		}
		catch (IOException | UncheckedIOException ex) {
			return "unknown";
		}
	}

	static void summarise(String mode, List<Run> runs, Map<String, String> figures) {
		Run cold = runs.get(0);
		List<Run> warm = runs.size() > 1 ? runs.subList(1, runs.size()) : runs;
		double[] ready = warm.stream().mapToDouble(r -> r.readyS).sorted().toArray();
		double[] heap = runs.stream().mapToDouble(r -> r.heapMb).sorted().toArray();
		double[] rss = runs.stream().mapToDouble(r -> r.rssMb).sorted().toArray();
		double[] cpu = warm.stream().mapToDouble(r -> r.cpuS).sorted().toArray();
		System.out.printf("BENCH start-up %s: cold %.1f s; ready with fixtures p50 %.1f s, max %.1f s (runs 2-%d); "
				+ "application CPU by then p50 %.1f s; idle heap after GC p50 %.0f MB, max %.0f MB; RSS p50 %.0f MB, "
				+ "max %.0f MB%n", mode, cold.readyS, p50(ready), max(ready), runs.size(), p50(cpu), p50(heap), max(heap),
				p50(rss), max(rss));
		figures.put(mode + ".ready.cold.s", String.format("%.1f", cold.readyS));
		figures.put(mode + ".ready.p50.s", String.format("%.1f", p50(ready)));
		figures.put(mode + ".ready.max.s", String.format("%.1f", max(ready)));
		figures.put(mode + ".cpu-at-ready.p50.s", String.format("%.1f", p50(cpu)));
		figures.put(mode + ".http-up.p50.s",
				String.format("%.1f", p50(warm.stream().mapToDouble(r -> r.httpUpS).sorted().toArray())));
		figures.put(mode + ".neo4j.p50.s", String.format("%.1f", p50(warm.stream().mapToDouble(r -> r.neo4jS).sorted().toArray())));
		figures.put(mode + ".migrations.p50.s",
				String.format("%.1f", p50(warm.stream().mapToDouble(r -> r.migrationsS).sorted().toArray())));
		figures.put(mode + ".spring-started.p50.s",
				String.format("%.1f", p50(warm.stream().mapToDouble(r -> r.springS).sorted().toArray())));
		figures.put(mode + ".fixtures.p50.s",
				String.format("%.1f", p50(warm.stream().mapToDouble(r -> r.fixturesS).sorted().toArray())));
		figures.put(mode + ".idle-heap.p50.mb", String.format("%.0f", p50(heap)));
		figures.put(mode + ".idle-heap.max.mb", String.format("%.0f", max(heap)));
		figures.put(mode + ".rss.p50.mb", String.format("%.0f", p50(rss)));
		figures.put(mode + ".rss.max.mb", String.format("%.0f", max(rss)));
	}

	static double p50(double[] sorted) {
		int n = sorted.length;
		return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
	}

	static double max(double[] sorted) {
		return sorted[sorted.length - 1];
	}

	static final class Run {
		double readyS;
		double httpUpS = Double.NaN;
		double neo4jS = Double.NaN;
		double migrationsS = Double.NaN;
		double springS = Double.NaN;
		double fixturesS = Double.NaN;
		double cpuS;
		long heapMb;
		long rssMb;
		String load;
	}
}
