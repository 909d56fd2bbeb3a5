package org.kinmap.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kinmap.matching.Examples.FORTY_KM_AWAY;
import static org.kinmap.matching.Examples.NEAR_SCHOOL;
import static org.kinmap.matching.Examples.SCHOOL;
import static org.kinmap.matching.Examples.TODAY;
import static org.kinmap.matching.Examples.child;
import static org.kinmap.matching.Examples.household;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kinmap.care.NeedDomain;
import org.kinmap.care.PermanencePlan;
import org.kinmap.carers.ApprovalKind;
import org.kinmap.carers.CarerSkill;
import org.kinmap.matching.CarerMatcher.Scored;
import org.kinmap.matching.CarerMatcher.Shortlist;

/** Hand-built cases with an expected order. */
class ShortlistTests {

	private final CarerMatcher matcher = CarerMatcher.standard();

	private Shortlist shortlist(Placing placing, List<HouseholdProfile> households) {
		return matcher.shortlist(placing, households, Weights.defaultsFor(placing), 10);
	}

	private static List<String> ids(Shortlist s) {
		return s.ranked().stream().map(x -> x.household().id()).toList();
	}

	@Test
	void aCarerWithDogsIsExcludedForAChildAfraidOfDogs() {
		Shortlist s = shortlist(child("Aisha").need("views", "fears", List.of("dogs")).placing(),
				List.of(household("h-dogs").dogs(1).skills(CarerSkill.THERAPEUTIC_PARENTING).build(), household("h-plain").build()));
		assertThat(ids(s)).containsExactly("h-plain");
		assertThat(s.excluded()).singleElement().satisfies(x -> {
			assertThat(x.household().id()).isEqualTo("h-dogs");
			assertThat(x.failed()).extracting(Verdict::reason).containsExactly("Has a dog; Aisha is afraid of dogs.");
		});
	}

	@Test
	void aCarerInTheSchoolAreaRanksAboveAnEqualOneFortyKilometresAway() {
		var aisha = child("Aisha").school("Hillside Primary", SCHOOL).home(SCHOOL);
		Shortlist s = shortlist(aisha.placing(), List.of(household("a-far").at(FORTY_KM_AWAY).build(), household("z-near").build()));
		assertThat(ids(s)).containsExactly("z-near", "a-far");
		Scored best = s.ranked().get(0);
		assertThat(CarerMatcher.byDomain(best.domains()).get(NeedDomain.EDUCATION).reasons())
			.contains("Keeps Aisha at Hillside Primary: 1.0 km from the carer.");
	}

	@Test
	void aCarerWhoAlreadyLooksAfterTheChildsSiblingRanksFirst() {
		var aisha = child("Aisha").school("Hillside Primary", SCHOOL).sibling("Sami", "brother", "h-sami", FORTY_KM_AWAY)
			.identity("Urdu", "Pakistani", "Muslim");
		Shortlist s = shortlist(aisha.placing(), List.of(
				household("h-near").identity(List.of("English", "Urdu"), "Pakistani", "Muslim").build(),
				household("h-other").skills(CarerSkill.THERAPEUTIC_PARENTING).build(),
				household("h-sami").at(FORTY_KM_AWAY).placed("c-sami", "Sami Example").build()));
		assertThat(ids(s).get(0)).isEqualTo("h-sami");
		assertThat(CarerMatcher.byDomain(s.ranked().get(0).domains()).get(NeedDomain.FAMILY_RELATIONSHIPS).reasons())
			.contains("Carer already looks after Aisha's brother Sami.");
	}

	@Test
	void identityIsWeightedDifferentlyForAdoptionAndFostering() {
		// h-identity shares Aisha's language, faith and ethnicity; h-skills is 20 km further from school but has
		// the SEN experience she needs. Fostering weighs identity fully, adoption at half.
		var aisha = child("Aisha").identity("Urdu", "Pakistani", "Muslim").need("education", "senSupport", "sen_support");
		List<HouseholdProfile> households = List.of(
				household("h-identity").identity(List.of("English", "Urdu"), "Pakistani", "Muslim")
					.approval(ApprovalKind.CONCURRENT, 0, 18, 2, true, null).build(),
				household("h-skills").identity(List.of("English"), "White British", "Christian")
					.skills(CarerSkill.SPECIAL_EDUCATIONAL_NEEDS).approval(ApprovalKind.CONCURRENT, 0, 18, 2, true, null).build());
		var fostering = aisha.plan(PermanencePlan.LONG_TERM_FOSTERING).placing();
		var fosteringHouseholds = List.of(
				household("h-identity").identity(List.of("English", "Urdu"), "Pakistani", "Muslim").build(),
				household("h-skills").identity(List.of("English"), "White British", "Christian").skills(CarerSkill.SPECIAL_EDUCATIONAL_NEEDS).build());
		Shortlist asFostering = shortlist(fostering, fosteringHouseholds);
		Shortlist asAdoption = shortlist(aisha.plan(PermanencePlan.ADOPTION).placing(), households);
		assertThat(asFostering.weights().of(NeedDomain.IDENTITY)).isEqualTo(1.0);
		assertThat(asAdoption.weights().of(NeedDomain.IDENTITY)).isEqualTo(0.5);
		assertThat(ids(asFostering)).containsExactly("h-identity", "h-skills");
		assertThat(ids(asAdoption)).containsExactly("h-skills", "h-identity");
	}

	@Test
	void theCurrentCarerAndConnectedPersonCarersAreAlwaysShownBelowTheTop() {
		var aisha = child("Aisha").placedWith("h-now").connectedPerson("Joan Lee", "relative", "h-joan")
			.school("Hillside Primary", SCHOOL);
		List<HouseholdProfile> households = new java.util.ArrayList<>();
		for (int i = 0; i < 5; i++) {
			households.add(household("h-" + i).skills(CarerSkill.values()).build());
		}
		households.add(household("h-now").at(FORTY_KM_AWAY).placed("c-aisha", "Aisha Example")
			.approval(ApprovalKind.LONG_TERM, 0, 18, 1, true, null).build());
		households.add(household("h-joan").at(new org.kinmap.matching.Coordinates(54.4, -2.9))
			.approval(ApprovalKind.CONNECTED_PERSON, 0, 18, 1, true, null).build());
		Shortlist s = matcher.shortlist(aisha.placing(), households, Weights.defaultsFor(aisha.placing()), 1);
		assertThat(s.matches()).extracting(x -> x.household().id()).contains("h-now", "h-joan").hasSize(3);
		var view = MatchingService.view(s);
		assertThat(view.matches().get(0).shownBeyondTop()).isFalse();
		assertThat(view.matches()).filteredOn(m -> m.householdId().equals("h-now")).singleElement()
			.satisfies(m -> {
				assertThat(m.currentCarer()).isTrue();
				assertThat(m.shownBeyondTop()).isTrue();
				assertThat(m.vacancies()).isEqualTo(1);
			});
		assertThat(view.matches()).filteredOn(m -> m.householdId().equals("h-joan")).singleElement()
			.satisfies(m -> assertThat(m.connectedPersonCarer()).isTrue());
	}

	@Test
	void aSiblingGroupIsMatchedTogetherWithEachChildsScoresAveraged() {
		var group = new Placing(List.of(child("Aisha").age(6).build(), child("Sami").age(9).build()), TODAY);
		Shortlist s = shortlist(group, List.of(household("h-two").build(),
				household("h-one").approval(ApprovalKind.LONG_TERM, 0, 18, 1, true, null).build(),
				household("h-no-groups").approval(ApprovalKind.LONG_TERM, 0, 18, 3, false, null).build()));
		assertThat(ids(s)).containsExactly("h-two");
		assertThat(s.excluded()).extracting(x -> x.household().id()).containsExactly("h-no-groups", "h-one");
	}

	@Test
	void partitionsCoverEveryWayToSplitAGroup() {
		assertThat(Partitions.of(List.of(1, 2, 3))).hasSize(5);
		assertThat(Partitions.of(List.of(1, 2, 3, 4, 5, 6))).hasSize(203);
		assertThat(Partitions.of(List.of(1, 2))).containsExactly(List.of(List.of(1, 2)), List.of(List.of(1), List.of(2)));
	}
}
