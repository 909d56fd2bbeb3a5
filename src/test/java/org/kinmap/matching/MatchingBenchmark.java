package org.kinmap.matching;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Not a timed test (its name ends in neither Tests nor IT, so {@code mvn verify} skips it): run it with
 * {@code mvn -B test -Dtest=MatchingBenchmark} to time a shortlist for one child against 10,000 synthetic carer
 * households (constraints, nine criteria, weights and the sort; the database read is not included).
 */
class MatchingBenchmark {

	@Test
	void shortlistForOneChildAgainstTenThousandHouseholds() {
		RandomHouseholds random = new RandomHouseholds(42);
		List<HouseholdProfile> households = random.households(10_000);
		CarerMatcher matcher = CarerMatcher.standard();
		for (int warm = 0; warm < 20; warm++) {
			ChildProfile child = random.child(warm, households.size());
			Placing placing = Placing.of(child, Examples.TODAY);
			matcher.shortlist(placing, households, Weights.defaultsFor(placing), 10);
		}
		int runs = 50;
		long[] nanos = new long[runs];
		int eligible = 0;
		for (int i = 0; i < runs; i++) {
			ChildProfile child = random.child(100 + i, households.size());
			Placing placing = Placing.of(child, Examples.TODAY);
			long start = System.nanoTime();
			var s = matcher.shortlist(placing, households, Weights.defaultsFor(placing), 10);
			nanos[i] = System.nanoTime() - start;
			eligible += s.ranked().size();
		}
		java.util.Arrays.sort(nanos);
		System.out.printf("BENCH shortlist, 1 child x 10,000 households, %d runs: median %.1f ms, p90 %.1f ms, max %.1f ms, "
				+ "mean eligible %d%n", runs, nanos[runs / 2] / 1e6, nanos[runs * 9 / 10] / 1e6, nanos[runs - 1] / 1e6,
				eligible / runs);
	}
}
