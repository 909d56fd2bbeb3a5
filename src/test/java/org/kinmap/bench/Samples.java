package org.kinmap.bench;

import java.util.Arrays;
import java.util.function.Supplier;

/**
 * Timings of one operation, for the benchmarks: add each run's duration, then read percentiles. The benchmarks
 * report figures; nothing asserts on them.
 */
public final class Samples {

	private long[] nanos = new long[64];
	private int count;

	/** Runs {@code work}, keeps its duration, and returns its answer. */
	public <T> T time(Supplier<T> work) {
		long start = System.nanoTime();
		T answer = work.get();
		add(System.nanoTime() - start);
		return answer;
	}

	public void add(long durationNanos) {
		if (count == nanos.length) {
			nanos = Arrays.copyOf(nanos, count * 2);
		}
		nanos[count++] = durationNanos;
	}

	/** The sum of every run, in milliseconds. */
	public double totalMillis() {
		long sum = 0;
		for (int i = 0; i < count; i++) {
			sum += nanos[i];
		}
		return sum / 1e6;
	}

	public int count() {
		return count;
	}

	/** The {@code q}-quantile (0.5 for the median) in milliseconds, by the nearest-rank method. */
	public double millis(double q) {
		if (count == 0) {
			return Double.NaN;
		}
		long[] sorted = Arrays.copyOf(nanos, count);
		Arrays.sort(sorted);
		int rank = (int) Math.ceil(q * count);
		return sorted[Math.max(0, Math.min(count - 1, rank - 1))] / 1e6;
	}

	public double p50() {
		return millis(0.5);
	}

	/** "p50 1.2 ms, p95 3.4 ms, p99 5.6 ms, max 7.8 ms (300 runs)". */
	public String percentiles() {
		return String.format("p50 %s ms, p95 %s ms, p99 %s ms, max %s ms (%d runs)", ms(millis(0.5)), ms(millis(0.95)),
				ms(millis(0.99)), ms(millis(1.0)), count);
	}

	static String ms(double millis) {
		return millis >= 100 ? String.format("%.0f", millis) : millis >= 10 ? String.format("%.1f", millis)
				: String.format("%.2f", millis);
	}
}
