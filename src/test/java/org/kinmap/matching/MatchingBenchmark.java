package org.kinmap.matching;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Not a timed test (its name ends in neither Tests nor IT, so {@code mvn verify} skips it): run it with
 * {@code mvn -B test -Dtest=MatchingBenchmark} to time a shortlist for one child against 10,000 synthetic carer
 * households (constraints, nine criteria, weights and the sort; the database read is not included), and the
 * authority-wide assignment of 1,000 children (100 sibling pairs among them) to 3,000 vacancies.
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

	@Test
	void assignmentOfOneThousandChildrenToThreeThousandVacancies() {
		RandomHouseholds random = new RandomHouseholds(7);
		List<ChildProfile> children = new java.util.ArrayList<>();
		for (int i = 0; i < 1000; i++) {
			children.add(random.child(i, 1000));
		}
		for (int i = 0; i < 200; i += 2) {
			ChildProfile a = children.get(i);
			ChildProfile b = children.get(i + 1);
			children.set(i, withSibling(a, b, a.plan()));
			children.set(i + 1, withSibling(b, a, a.plan()));
		}
		List<String> ids = children.stream().map(ChildProfile::id).toList();
		List<HouseholdProfile> households = new java.util.ArrayList<>();
		int vacancies = 0;
		for (int i = 0; vacancies < 3000; i++) {
			HouseholdProfile h = random.household(i);
			int free = h.capacityFor(ids, Examples.TODAY).vacancies();
			if (free > 0 && vacancies + free <= 3000) {
				households.add(h);
				vacancies += free;
			}
		}
		AssignmentPlanner planner = new AssignmentPlanner(CarerMatcher.standard());
		long start = System.nanoTime();
		var a = planner.assign(children, households, Examples.TODAY, java.util.Map.of(), "benchmark");
		long all = System.nanoTime() - start;

		CarerMatcher matcher = CarerMatcher.standard();
		java.util.Map<String, Integer> places = new java.util.HashMap<>();
		households.forEach(h -> places.put(h.id(), h.capacityFor(ids, Examples.TODAY).vacancies()));
		java.util.Map<String, java.util.Map<String, Double>> scores = new java.util.LinkedHashMap<>();
		long edges = 0;
		long scoringStart = System.nanoTime();
		for (ChildProfile c : children) {
			Placing placing = Placing.of(c, Examples.TODAY);
			CarerMatcher.Evaluation evaluation = matcher.evaluation(placing, Weights.defaultsFor(placing));
			java.util.Map<String, Double> row = new java.util.LinkedHashMap<>();
			for (HouseholdProfile h : households) {
				if (evaluation.failed(h).stream().allMatch(v -> v.rule().equals(EnoughVacancies.RULE))) {
					row.put(h.id(), evaluation.score(h, null).total());
					edges += places.get(h.id());
				}
			}
			scores.put(c.id(), row);
		}
		long scoring = System.nanoTime() - scoringStart;
		long matchStart = System.nanoTime();
		var result = new VacancyAssignment(places, scores, List.of()).compute();
		long matching = System.nanoTime() - matchStart;
		System.out.printf("BENCH assignment, %d children x %d vacancies in %d households: whole assignment (scoring, groups, "
				+ "matching, views) %.1f s; %d placed, %d sibling groups of %d kept together, total %.1f%n", children.size(),
				vacancies, households.size(), all / 1e9, a.childrenPlaced(),
				a.siblingGroups().stream().filter(MatchViews.GroupOutcome::together).count(), a.siblingGroups().size(),
				a.totalScore());
		System.out.printf("BENCH assignment phases: checking and scoring every (child, household) pair once, one thread, "
				+ "%.1f s; the matching alone (no groups, every feasible household, min-cost flow): %d (child, place) edges, "
				+ "%.1f s, %d placed%n", scoring / 1e9, edges, matching / 1e9, result.householdOf().size());
	}

	/**
	 * What keeping only each child's best K households costs: on seeded instances small enough for the full matching
	 * (200 children, 100 of them in sibling pairs, 600 vacancies), the children placed and the total score with
	 * K = 5, 10, 20, 30 against every feasible household.
	 */
	@Test
	void topKHouseholdsAgainstEveryFeasibleHousehold() {
		for (int seed = 1; seed <= 3; seed++) {
			RandomHouseholds random = new RandomHouseholds(seed);
			List<ChildProfile> children = new java.util.ArrayList<>();
			for (int i = 0; i < 200; i++) {
				children.add(random.child(i, 200));
			}
			for (int i = 0; i < 100; i += 2) {
				ChildProfile a = children.get(i);
				ChildProfile b = children.get(i + 1);
				children.set(i, withSibling(a, b, a.plan()));
				children.set(i + 1, withSibling(b, a, a.plan()));
			}
			List<String> ids = children.stream().map(ChildProfile::id).toList();
			List<HouseholdProfile> households = new java.util.ArrayList<>();
			int vacancies = 0;
			for (int i = 0; vacancies < 600; i++) {
				HouseholdProfile h = random.household(i);
				int free = h.capacityFor(ids, Examples.TODAY).vacancies();
				if (free > 0 && vacancies + free <= 600) {
					households.add(h);
					vacancies += free;
				}
			}
			var full = new AssignmentPlanner(CarerMatcher.standard(), Integer.MAX_VALUE)
				.assign(children, households, Examples.TODAY, java.util.Map.of(), "benchmark");
			StringBuilder line = new StringBuilder();
			for (int k : new int[] { 5, 10, 20, 30 }) {
				var top = new AssignmentPlanner(CarerMatcher.standard(), k).assign(children, households, Examples.TODAY,
						java.util.Map.of(), "benchmark");
				line.append(String.format(" K=%d: %d placed, total %.1f (%.3f%% lost);", k, top.childrenPlaced(), top.totalScore(),
						100 * (full.totalScore() - top.totalScore()) / full.totalScore()));
			}
			System.out.printf("BENCH top K, seed %d, 200 children x %d vacancies in %d households: every household %d placed, "
					+ "total %.1f;%s%n", seed, vacancies, households.size(), full.childrenPlaced(), full.totalScore(), line);
		}
	}

	private static ChildProfile withSibling(ChildProfile c, ChildProfile sibling, org.kinmap.care.PermanencePlan plan) {
		List<ChildProfile.Relation> siblings = new java.util.ArrayList<>(c.siblings());
		siblings.add(new ChildProfile.Relation(sibling.id(), sibling.name(), "sibling", List.of(), sibling.home()));
		return new ChildProfile(c.id(), c.givenName(), c.name(), c.age(), plan, c.home(), c.currentHouseholdId(),
				c.placedSince(), c.needs(), c.firstLanguage(), c.otherLanguages(), c.ethnicity(), c.religion(), siblings,
				c.connectedPersons(), c.familyTime());
	}
}
