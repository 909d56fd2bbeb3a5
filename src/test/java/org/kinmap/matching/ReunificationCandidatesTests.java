package org.kinmap.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Checking a group only against the households {@link ReunificationCandidates} leaves gives the same eligible
 * households, verdicts and scores as checking every household: on seeded random households and groups, some of
 * whose children already live in one of the households, some all in one.
 */
class ReunificationCandidatesTests {

	private final CarerMatcher matcher = CarerMatcher.standard();

	@Test
	void theCandidatesGiveTheSameAnswerAsEveryHousehold() {
		int groups = 0;
		int eligible = 0;
		int alreadyThere = 0;
		int allTogether = 0;
		int checkedHouseholds = 0;
		for (long seed = 1; seed <= 40; seed++) {
			RandomHouseholds random = new RandomHouseholds(seed);
			List<HouseholdProfile> households = random.households(150);
			ReunificationCandidates candidates = new ReunificationCandidates(households, Examples.TODAY);
			Random pick = new Random(seed);
			for (int g = 0; g < 25; g++) {
				List<ChildProfile> children = new ArrayList<>();
				HouseholdProfile together = households.get(pick.nextInt(households.size()));
				if (g % 5 == 0 && together.placed().size() >= 2) {
					// Every child of the group lives there already: no one moves.
					for (int i = 0; i < together.placed().size(); i++) {
						children.add(withId(random.child(g * 10 + i, households.size()), together.placed().get(i).personId()));
					}
					allTogether++;
				}
				for (int i = 0, size = children.isEmpty() ? 1 + pick.nextInt(4) : 0; i < size; i++) {
					ChildProfile child = random.child(g * 10 + i, households.size());
					HouseholdProfile home = households.get(pick.nextInt(households.size()));
					if (pick.nextInt(3) == 0 && !home.placed().isEmpty()) {
						// This child is one of the children placed in that household now.
						child = withId(child, home.placed().get(0).personId());
						alreadyThere++;
					}
					children.add(child);
				}
				Placing placing = new Placing(children, Examples.TODAY, Placing.Purpose.REUNIFICATION);
				List<HouseholdFit> all = GroupEligibility.evaluate(matcher, placing, households).stream()
					.filter(HouseholdFit::eligible).toList();
				List<HouseholdProfile> forGroup = candidates.forGroup(placing.ids());
				List<HouseholdFit> checked = GroupEligibility.eligible(matcher, placing, forGroup);
				assertThat(checked).as("seed %d group %d", seed, g).isEqualTo(all);
				groups++;
				eligible += all.size();
				checkedHouseholds += forGroup.size();
			}
		}
		assertThat(groups).isEqualTo(1000);
		assertThat(eligible).as("some groups have a household that could take them").isGreaterThan(20);
		assertThat(alreadyThere).isGreaterThan(100);
		assertThat(allTogether).isGreaterThan(20);
		assertThat(checkedHouseholds).as("households checked").isLessThan(groups * 150 / 2);
	}

	private static ChildProfile withId(ChildProfile c, String id) {
		return new ChildProfile(id, c.givenName(), c.name(), c.age(), c.plan(), c.home(), c.currentHouseholdId(), c.placedSince(),
				c.needs(), c.firstLanguage(), c.otherLanguages(), c.ethnicity(), c.religion(), c.siblings(), c.connectedPersons(),
				c.familyTime());
	}
}
