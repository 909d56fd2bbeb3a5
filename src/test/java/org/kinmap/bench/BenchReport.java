package org.kinmap.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A benchmark's report: each line is printed as it comes (prefixed {@code BENCH}, so that a run's figures can be
 * picked out of Maven's output) and the whole is written as Markdown to {@code target/bench/<name>.md}.
 */
public final class BenchReport {

	private final String name;
	private final List<String> lines = new ArrayList<>();

	public BenchReport(String name, String title) {
		this.name = name;
		lines.add("# " + title);
		lines.add("");
	}

	public void heading(String text) {
		lines.add("");
		lines.add("## " + text);
		lines.add("");
		System.out.println("BENCH ## " + text);
	}

	public void line(String format, Object... args) {
		String text = args.length == 0 ? format : String.format(format, args);
		lines.add("- " + text);
		System.out.println("BENCH " + text);
	}

	public Path write() {
		Path file = Path.of("target", "bench", name + ".md");
		try {
			Files.createDirectories(file.getParent());
			Files.write(file, lines);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		System.out.println("BENCH report written to " + file.toAbsolutePath());
		return file;
	}

	/** The machine the figures came from, in one line. */
	public static String machine() {
		Runtime r = Runtime.getRuntime();
		String cpu = "unknown CPU";
		try {
			cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
				.findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse(cpu);
		}
		catch (IOException ex) {
			// not Linux: leave it unknown
		}
		return String.format("%s, %d cores, %s %s, Java %s, max heap %d MB", cpu, r.availableProcessors(),
				System.getProperty("os.name"), System.getProperty("os.version"), System.getProperty("java.version"),
				r.maxMemory() / (1024 * 1024));
	}
}
