package org.kinmap.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The assignment algorithm on hand-built score tables, and against brute force on seeded random small ones. */
class VacancyAssignmentTests {

	private static Map<String, Map<String, Double>> scores(Object... childHouseholdScore) {
		Map<String, Map<String, Double>> m = new LinkedHashMap<>();
		for (int i = 0; i < childHouseholdScore.length; i += 3) {
			m.computeIfAbsent((String) childHouseholdScore[i], k -> new LinkedHashMap<>())
				.put((String) childHouseholdScore[i + 1], ((Number) childHouseholdScore[i + 2]).doubleValue());
		}
		return m;
	}

	@Test
	void givesEachChildTheHouseholdThatMaximisesTheTotal() {
		// Greedy would give Amy her best (A, 90) and leave Ben with B (10): total 100. Optimal: Amy B, Ben A: 150.
		var s = scores("amy", "A", 90, "amy", "B", 80, "ben", "A", 70, "ben", "B", 10);
		var result = new VacancyAssignment(Map.of("A", 1, "B", 1), s, List.of()).compute();
		assertThat(result.householdOf()).containsEntry("amy", "B").containsEntry("ben", "A");
		assertThat(result.total()).isEqualTo(150.0);
	}

	@Test
	void neverGivesAHouseholdMoreChildrenThanItsPlaces() {
		var s = scores("a", "H", 90, "b", "H", 80, "c", "H", 70, "c", "K", 20);
		var result = new VacancyAssignment(Map.of("H", 2, "K", 0), s, List.of()).compute();
		assertThat(result.householdOf()).containsOnlyKeys("a", "b").containsEntry("a", "H").containsEntry("b", "H");
	}

	@Test
	void placesAsManyChildrenAsPossibleBeforeLookingAtScores() {
		// Xena at A scores 100; but only A can take Yuri, and Xena can also go to B (1): both are placed.
		var s = scores("xena", "A", 100, "xena", "B", 1, "yuri", "A", 90);
		var result = new VacancyAssignment(Map.of("A", 1, "B", 1), s, List.of()).compute();
		assertThat(result.householdOf()).containsEntry("xena", "B").containsEntry("yuri", "A");
	}

	@Test
	void keepsASiblingGroupTogetherWhenAHouseholdCanTakeThem() {
		// Alone, each sibling scores best elsewhere; together only T has room for both, and they go there.
		var s = scores("sam", "A", 95, "sam", "T", 60, "sara", "B", 95, "sara", "T", 60, "tom", "T", 70);
		var group = new VacancyAssignment.Group(List.of("sam", "sara"), Map.of("T", 60.0));
		var result = new VacancyAssignment(Map.of("A", 1, "B", 1, "T", 2), s, List.of(group)).compute();
		assertThat(result.householdOf()).containsEntry("sam", "T").containsEntry("sara", "T").doesNotContainKey("tom");
		assertThat(result.together()).containsEntry(List.of("sam", "sara"), "T");
	}

	@Test
	void splitsAGroupOnlyWhenNoHouseholdCanTakeThemTogether() {
		var s = scores("sam", "A", 80, "sara", "B", 70);
		var group = new VacancyAssignment.Group(List.of("sam", "sara"), Map.of("T", 50.0));
		var result = new VacancyAssignment(Map.of("A", 1, "B", 1, "T", 1), s, List.of(group)).compute();
		assertThat(result.together()).isEmpty();
		assertThat(result.householdOf()).containsEntry("sam", "A").containsEntry("sara", "B");
	}

	@Test
	void twoGroupsShareAHouseholdWithRoomForBoth() {
		var s = scores("a1", "H", 50, "a2", "H", 50, "b1", "H", 40, "b2", "H", 40);
		var groups = List.of(new VacancyAssignment.Group(List.of("a1", "a2"), Map.of("H", 50.0)),
				new VacancyAssignment.Group(List.of("b1", "b2"), Map.of("H", 40.0)));
		var result = new VacancyAssignment(Map.of("H", 4), s, groups).compute();
		assertThat(result.together()).hasSize(2);
		assertThat(result.total()).isEqualTo(180.0);
	}

	@Test
	void checksItsInputs() {
		assertThatThrownBy(() -> new VacancyAssignment(Map.of("H", -1), Map.of(), List.of()))
			.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
		assertThatThrownBy(() -> new VacancyAssignment(Map.of("H", 1), scores("a", "H", 101), List.of()))
			.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0 to 100");
		assertThatThrownBy(() -> new VacancyAssignment(Map.of(), scores("a", "H", 1), List.of(
				new VacancyAssignment.Group(List.of("a", "b"), Map.of()))))
			.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no scores");
	}

	/** Seeded random instances of up to 6 children and 4 households: the same (placed, total) as brute force. */
	@Test
	void isOptimalAgainstBruteForceOnSeededRandomInstances() {
		Random random = new Random(20261122);
		for (int run = 0; run < 300; run++) {
			int children = 1 + random.nextInt(6);
			int households = 1 + random.nextInt(4);
			Map<String, Integer> places = new LinkedHashMap<>();
			for (int h = 0; h < households; h++) {
				places.put("h" + h, random.nextInt(3));
			}
			Map<String, Map<String, Double>> s = new LinkedHashMap<>();
			for (int c = 0; c < children; c++) {
				Map<String, Double> row = new LinkedHashMap<>();
				for (int h = 0; h < households; h++) {
					if (random.nextInt(3) > 0) {
						row.put("h" + h, random.nextInt(1001) / 10.0);
					}
				}
				s.put("c" + c, row);
			}
			var result = new VacancyAssignment(places, s, List.of()).compute();
			Map<String, Integer> used = new HashMap<>();
			result.householdOf().forEach((c, h) -> {
				assertThat(s.get(c)).containsKey(h);
				used.merge(h, 1, Integer::sum);
			});
			int r = run;
			used.forEach((h, n) -> assertThat(n).as("run %d: places at %s", r, h).isLessThanOrEqualTo(places.get(h)));
			long[] best = bruteForce(new ArrayList<>(s.keySet()), 0, s, new HashMap<>(places));
			assertThat(new long[] { result.householdOf().size(), Math.round(result.total() * 10) }).as("run %d", run)
				.containsExactly(best);
		}
	}

	/** The best (children placed, total in tenths) over every way to give each child a household or none. */
	private static long[] bruteForce(List<String> children, int next, Map<String, Map<String, Double>> s,
			Map<String, Integer> free) {
		if (next == children.size()) {
			return new long[] { 0, 0 };
		}
		long[] best = bruteForce(children, next + 1, s, free);
		for (var e : s.get(children.get(next)).entrySet()) {
			if (free.get(e.getKey()) > 0) {
				free.merge(e.getKey(), -1, Integer::sum);
				long[] rest = bruteForce(children, next + 1, s, free);
				free.merge(e.getKey(), 1, Integer::sum);
				long[] with = { rest[0] + 1, rest[1] + Math.round(e.getValue() * 10) };
				if (with[0] > best[0] || (with[0] == best[0] && with[1] > best[1])) {
					best = with;
				}
			}
		}
		return best;
	}
}
