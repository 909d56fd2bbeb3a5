package org.kinmap.genogram;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Not a timed test: {@code mvn -Pbench test} runs it and prints how long the layout of a large family takes
 * (the issue asks for under a second at 300 persons).
 */
class GenogramLayoutBenchmark {

	@Test
	void layoutOfLargeFamilies() {
		for (int size : new int[] { 100, 300, 1000 }) {
			Family family = GenogramLayoutTests.randomFamily(new Random(size), size);
			for (int warm = 0; warm < 20; warm++) {
				GenogramLayout.layout(family);
			}
			int runs = 50;
			long[] nanos = new long[runs];
			for (int i = 0; i < runs; i++) {
				long start = System.nanoTime();
				GenogramLayout.layout(family);
				nanos[i] = System.nanoTime() - start;
			}
			Arrays.sort(nanos);
			System.out.printf("BENCH genogram layout, %d persons, %d runs: median %.2f ms, p95 %.2f ms, max %.2f ms%n",
					family.members().size(), runs, nanos[runs / 2] / 1e6, nanos[runs * 95 / 100] / 1e6, nanos[runs - 1] / 1e6);
		}
	}
}
