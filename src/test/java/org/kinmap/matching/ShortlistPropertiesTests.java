package org.kinmap.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.kinmap.care.NeedDomain;
import org.kinmap.matching.CarerMatcher.Scored;
import org.kinmap.matching.CarerMatcher.Shortlist;

/** Invariants over seeded random children and households (a failing seed is the repetition number). */
class ShortlistPropertiesTests {

	private final CarerMatcher matcher = CarerMatcher.standard();

	@RepeatedTest(40)
	void shortlistsKeepTheirPromises(RepetitionInfo info) {
		long seed = 7919L * info.getCurrentRepetition();
		RandomHouseholds random = new RandomHouseholds(seed);
		List<HouseholdProfile> households = random.households(60);
		ChildProfile child = random.child(info.getCurrentRepetition(), households.size());
		Placing placing = Placing.of(child, Examples.TODAY);
		Shortlist s = matcher.shortlist(placing, households, Weights.defaultsFor(placing), 10);

		assertThat(s.ranked().size() + s.excluded().size()).as("seed %d: every household evaluated", seed).isEqualTo(60);
		Set<String> excluded = new HashSet<>();
		s.excluded().forEach(x -> {
			excluded.add(x.household().id());
			assertThat(x.failed()).as("seed %d: an exclusion has its reasons", seed).isNotEmpty()
				.allSatisfy(v -> assertThat(v.reason()).isNotBlank());
		});
		for (Scored m : s.matches()) {
			assertThat(excluded).as("seed %d: no excluded household on the shortlist", seed).doesNotContain(m.household().id());
			assertThat(matcher.check(placing, m.household())).as("seed %d", seed).allMatch(Verdict::allowed);
		}
		for (Scored m : s.ranked()) {
			assertThat(m.total()).as("seed %d: total", seed).isBetween(0.0, 100.0);
			assertThat(m.confidence()).isBetween(0.0, 1.0);
			assertThat(m.domains()).extracting(DomainScore::domain).containsExactly(NeedDomain.values());
			assertThat(m.domains()).allSatisfy(d -> {
				assertThat(d.score()).as("seed %d: %s", seed, d.domain()).isBetween(0, 100);
				assertThat(d.reasons()).as("seed %d: %s has a reason", seed, d.domain()).isNotEmpty()
					.allSatisfy(r -> assertThat(r).isNotBlank());
			});
			assertThat(m.household().capacityFor(placing.ids(), placing.today()).vacancies())
				.as("seed %d: room for the child", seed).isPositive();
		}
		for (int i = 1; i < s.ranked().size(); i++) {
			assertThat(CarerMatcher.BEST_FIRST.compare(s.ranked().get(i - 1), s.ranked().get(i))).isNegative();
		}
		assertThat(s.matches().size()).isGreaterThanOrEqualTo(Math.min(10, s.ranked().size()));
		s.ranked().stream().filter(x -> CarerMatcher.alwaysShown(placing, x.household()))
			.forEach(x -> assertThat(s.matches()).as("seed %d: current carer shown", seed).contains(x));
	}
}
