package org.kinmap.system;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * A separate JVM on the tests' class path (target/classes first, then the test runtime class path), its output in a
 * file, for tests that must kill a process for real or read everything it logs from its very start.
 */
final class ChildJvm implements AutoCloseable {

	static final List<String> JVM_ARGUMENTS = List.of("-Xmx512m", "-XX:TieredStopAtLevel=1",
			"--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/java.io=ALL-UNNAMED",
			"--add-opens=java.base/sun.nio.ch=ALL-UNNAMED", "--add-opens=java.base/java.lang=ALL-UNNAMED");

	final Process process;
	final Path log;

	private ChildJvm(Process process, Path log) {
		this.process = process;
		this.log = log;
	}

	/**
	 * Starts {@code mainClass} with the arguments, and the system properties (such as {@code kinmap.neo4j.data-dir})
	 * given as {@code -Dname=value}; its standard output and error go to {@code log}.
	 */
	static ChildJvm start(Class<?> mainClass, Path log, List<String> properties, String... args) throws IOException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		// target/classes first unless the class path has it already (twice, files on it would be found twice).
		java.util.LinkedHashSet<String> entries = new java.util.LinkedHashSet<>();
		entries.add(Path.of("target", "classes").toAbsolutePath().toString());
		for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
			entries.add(Path.of(entry).toAbsolutePath().toString());
		}
		String classPath = String.join(File.pathSeparator, entries);
		List<String> command = new ArrayList<>(List.of(java));
		command.addAll(JVM_ARGUMENTS);
		properties.forEach(p -> command.add("-D" + p));
		command.addAll(List.of("-cp", classPath, mainClass.getName()));
		command.addAll(Arrays.asList(args));
		Files.createDirectories(log.getParent());
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		return new ChildJvm(process, log);
	}

	String output() throws IOException {
		return Files.exists(log) ? Files.readString(log, StandardCharsets.ISO_8859_1) : "";
	}

	/** Waits until a line of the output matches; fails if the process ends first or the time is up. */
	void awaitLine(String regex, Duration timeout) throws Exception {
		Pattern pattern = Pattern.compile(regex, Pattern.MULTILINE);
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!pattern.matcher(output()).find()) {
			if (!process.isAlive()) {
				throw new AssertionError("The child JVM ended (exit " + process.exitValue() + ") before printing /" + regex
						+ "/:\n" + tail());
			}
			if (System.nanoTime() > deadline) {
				throw new AssertionError("No /" + regex + "/ within " + timeout + ":\n" + tail());
			}
			Thread.sleep(20);
		}
	}

	/** Waits for the process to end by itself and returns its exit code. */
	int awaitExit(Duration timeout) throws Exception {
		if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
			throw new AssertionError("The child JVM did not end within " + timeout + ":\n" + tail());
		}
		return process.exitValue();
	}

	/** SIGKILL: no shutdown hook runs, nothing is flushed or checkpointed. */
	void kill() throws InterruptedException {
		process.destroyForcibly();
		process.waitFor(60, TimeUnit.SECONDS);
	}

	String tail() throws IOException {
		List<String> lines = output().lines().toList();
		return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
	}

	@Override
	public void close() throws InterruptedException {
		if (process.isAlive()) {
			kill();
		}
	}
}
