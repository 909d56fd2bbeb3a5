package org.kinmap;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * Not a timed test: {@code mvn -Pbench test} runs it. Starts kinmap as {@code mvn spring-boot:run} would, on a
 * fresh store, and prints the time until it is ready with the fixtures loaded (runners done), then the heap in
 * use after a full collection while idle. Three starts, each on a new store.
 */
class StartupBenchmark {

	@Test
	void startUpWithFixturesAndIdleHeap() throws Exception {
		for (int run = 1; run <= 3; run++) {
			Path store = Files.createTempDirectory("kinmap-bench-store");
			long start = System.nanoTime();
			ConfigurableApplicationContext context = SpringApplication.run(KinmapApplication.class,
					"--kinmap.neo4j.data-dir=" + store, "--kinmap.neo4j.bolt-port=0", "--server.port=0",
					"--kinmap.today=2026-11-22", "--logging.level.root=WARN");
			double seconds = (System.nanoTime() - start) / 1e9;
			Thread.sleep(2000);
			for (int i = 0; i < 3; i++) {
				System.gc();
				Thread.sleep(300);
			}
			long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
			System.out.printf("BENCH start-up %d: ready with fixtures in %.1f s; idle heap after GC %d MB%n", run, seconds,
					heap / (1024 * 1024));
			context.close();
			FileSystemUtils.deleteRecursively(store);
		}
	}
}
