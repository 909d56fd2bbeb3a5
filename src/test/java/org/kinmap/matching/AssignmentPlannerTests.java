package org.kinmap.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kinmap.matching.Examples.FORTY_KM_AWAY;
import static org.kinmap.matching.Examples.NEAR_SCHOOL;
import static org.kinmap.matching.Examples.TODAY;
import static org.kinmap.matching.Examples.child;
import static org.kinmap.matching.Examples.household;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.kinmap.care.PermanencePlan;
import org.kinmap.carers.ApprovalKind;
import org.kinmap.matching.MatchViews.Assignment;
import org.kinmap.matching.MatchViews.Proposal;
import org.kinmap.system.BadRequestException;

/** The authority-wide assignment on hand-built children and households, and its invariants on seeded random ones. */
class AssignmentPlannerTests {

	private final AssignmentPlanner planner = new AssignmentPlanner(CarerMatcher.standard());

	private Assignment assign(List<ChildProfile> children, List<HouseholdProfile> households) {
		return planner.assign(children, households, TODAY, Map.of(), "test");
	}

	private static Map<String, String> proposed(Assignment a) {
		return a.proposals().stream().collect(Collectors.toMap(p -> p.child().id(), p -> p.household().householdId()));
	}

	@Test
	void keepsSiblingsTogetherWhereAHouseholdCanTakeThem() {
		// Each sibling alone would do better near their school (h-near-*, one place each); only h-two takes both.
		var sam = child("Sam").sibling("Sara", "sister", null, null).school("Hillside", Examples.SCHOOL).build();
		var sara = child("Sara").sibling("Sam", "brother", null, null).school("Hillside", Examples.SCHOOL).build();
		var households = List.of(
				household("h-near-1").approval(ApprovalKind.LONG_TERM, 0, 18, 1, true, TODAY.plusYears(1)).build(),
				household("h-near-2").approval(ApprovalKind.LONG_TERM, 0, 18, 1, true, TODAY.plusYears(1)).build(),
				household("h-two").at(FORTY_KM_AWAY).approval(ApprovalKind.LONG_TERM, 0, 18, 2, true, TODAY.plusYears(1)).build());
		Assignment a = assign(List.of(sam, sara), households);
		assertThat(proposed(a)).containsEntry("c-sam", "h-two").containsEntry("c-sara", "h-two");
		assertThat(a.siblingGroups()).singleElement().satisfies(g -> {
			assertThat(g.together()).isTrue();
			assertThat(g.householdId()).isEqualTo("h-two");
		});
		Proposal p = a.proposals().get(0);
		assertThat(p.withSiblings()).isTrue();
		assertThat(p.siblingsAlongside()).containsExactly("Sara Example");
		assertThat(p.runnerUp().householdId()).startsWith("h-near");
		assertThat(p.runnerUp().score()).isGreaterThan(p.household().score());
		assertThat(a.advice()).startsWith("Advisory");
	}

	@Test
	void considersSiblingsOneByOneWhenNoHouseholdTakesThemTogether() {
		var sam = child("Sam").sibling("Sara", "sister", null, null).build();
		var sara = child("Sara").sibling("Sam", "brother", null, null).build();
		var households = List.of(
				household("h-1").approval(ApprovalKind.LONG_TERM, 0, 18, 1, true, TODAY.plusYears(1)).build(),
				household("h-2").approval(ApprovalKind.LONG_TERM, 0, 18, 1, true, TODAY.plusYears(1)).build());
		Assignment a = assign(List.of(sam, sara), households);
		assertThat(proposed(a)).containsOnlyKeys("c-sam", "c-sara");
		assertThat(a.siblingGroups()).singleElement().satisfies(g -> {
			assertThat(g.together()).isFalse();
			assertThat(g.reason()).startsWith("No household with 2 free places passes the hard constraints for Sam and Sara");
		});
	}

	@Test
	void explainsWhyAChildHasNoFeasibleHousehold() {
		var aisha = child("Aisha").need("views", "fears", List.of("dogs")).plan(PermanencePlan.ADOPTION).age(3).build();
		var households = List.of(household("h-dogs").dogs(2).approval(ApprovalKind.ADOPTER, 0, 4, 1, false, null).build(),
				household("h-long").build(),
				household("h-full").approval(ApprovalKind.ADOPTER, 0, 4, 1, false, null).placed("c-other", "Other Child").build());
		Assignment a = assign(List.of(aisha), households);
		assertThat(a.proposals()).isEmpty();
		assertThat(a.unplaced()).singleElement().satisfies(u -> {
			assertThat(u.feasibleHouseholds()).isZero();
			assertThat(u.exclusionsByRule()).containsEntry(NoFearedOrAllergenicPets.RULE, 1)
				.containsEntry(ApprovalFitsPlan.RULE, 1).containsEntry(EnoughVacancies.RULE, 1);
			assertThat(u.reason()).startsWith("No household passes the hard constraints for Aisha and has a place: ")
				.contains("1 household fails 'enough vacancies'", "1 household fails 'approval fits the plan'");
			assertThat(u.examples()).contains("h-dogs: Has 2 dogs; Aisha is afraid of dogs.");
		});
	}

	@Test
	void aChildWhoMovesLeavesTheirPlaceForAnother() {
		// Ben is placed at h-short, which has no other place; his plan needs long-term carers, so he moves to h-long
		// and his place at h-short goes to Cara, whose plan (none yet) any placement approval fits.
		var ben = child("Ben").placedWith("h-short").build();
		var cara = child("Cara").plan(null).build();
		var households = List.of(
				household("h-short").approval(ApprovalKind.SHORT_TERM, 0, 18, 1, true, TODAY.plusYears(1)).placed("c-ben", "Ben")
					.build(),
				household("h-long").approval(ApprovalKind.LONG_TERM, 0, 18, 1, true, TODAY.plusYears(1)).build());
		Assignment a = assign(List.of(ben, cara), households);
		assertThat(proposed(a)).containsEntry("c-ben", "h-long").containsEntry("c-cara", "h-short");
		assertThat(a.vacancies()).isEqualTo(2);
		assertThat(a.vacanciesLeft()).isZero();
	}

	@Test
	void rejectsBadWeights() {
		assertThatThrownBy(() -> planner.assign(List.of(child("Ann").build()), List.of(household("h").build()), TODAY,
				Map.of("weight.looks", "1"), "test")).isInstanceOf(BadRequestException.class);
	}

	/** Seeded random children and households: never more children than places, never an excluded household. */
	@Test
	void neverExceedsAHouseholdsVacanciesNorProposesAnExcludedHousehold() {
		CarerMatcher matcher = CarerMatcher.standard();
		for (long seed = 1; seed <= 20; seed++) {
			RandomHouseholds random = new RandomHouseholds(seed);
			List<HouseholdProfile> households = random.households(40);
			List<ChildProfile> children = new java.util.ArrayList<>();
			for (int i = 0; i < 30; i++) {
				children.add(random.child(i, households.size()));
			}
			Assignment a = assign(children, households);
			Set<String> ids = children.stream().map(ChildProfile::id).collect(Collectors.toSet());
			Map<String, Integer> given = new HashMap<>();
			for (Proposal p : a.proposals()) {
				given.merge(p.household().householdId(), 1, Integer::sum);
				HouseholdProfile h = households.stream().filter(x -> x.id().equals(p.household().householdId())).findFirst()
					.orElseThrow();
				ChildProfile c = children.stream().filter(x -> x.id().equals(p.child().id())).findFirst().orElseThrow();
				assertThat(matcher.check(Placing.of(c, TODAY), h)).filteredOn(v -> !v.allowed())
					.allMatch(v -> v.rule().equals(EnoughVacancies.RULE));
				assertThat(p.household().score()).isBetween(0.0, 100.0);
				assertThat(p.domains()).hasSize(9).allSatisfy(d -> assertThat(d.reasons()).isNotEmpty());
			}
			for (HouseholdProfile h : households) {
				assertThat(given.getOrDefault(h.id(), 0)).as("seed %d, %s", seed, h.id())
					.isLessThanOrEqualTo(h.capacityFor(ids, TODAY).vacancies());
			}
			assertThat(a.proposals().size() + a.unplaced().size()).isEqualTo(children.size());
		}
	}
}
