package org.kinmap.siblings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kinmap.siblings.Families.TODAY;
import static org.kinmap.siblings.Families.carerHome;
import static org.kinmap.siblings.Families.inCare;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.kinmap.carers.ApprovalKind;
import org.kinmap.network.PersonRef;
import org.kinmap.siblings.SiblingViews.ReunificationOption;

class ReunificationTests {

	static final Member.Home HOLLY = carerHome("holly", 53.40, -2.90);
	static final Member.Home OAK = carerHome("oak", 53.44, -2.80);

	static final Member AMY = inCare("amy", 9, HOLLY, LocalDate.of(2024, 1, 10));
	static final Member BEN = inCare("ben", 4, OAK, LocalDate.of(2024, 1, 10));
	static final List<Member> CHILDREN = List.of(AMY, BEN);

	static CarerHome.Terms approval(ApprovalKind kind, Integer min, Integer max, int children, boolean siblings,
			LocalDate expires) {
		return new CarerHome.Terms("ap-" + kind.code(), kind, min, max, children, siblings, LocalDate.of(2026, 9, 1), expires);
	}

	static CarerHome home(String id, double lat, double lon, List<CarerHome.Terms> approvals, Set<String> placed, int dogs) {
		return new CarerHome(id, Families.name(id), "KM1 1AA", lat, lon, approvals, placed, dogs, 0, false, false, false, null);
	}

	static final CarerHome.Terms LONG_TERM_0_12_FOR_3 = approval(ApprovalKind.LONG_TERM, 0, 12, 3, true, null);

	@Test
	void approvalMustCoverEveryChildsAgeNow() {
		var rule = new ReunificationRules.ApprovalCoversAges();
		assertThat(rule.check(home("elm", 53.5, -2.9, List.of(LONG_TERM_0_12_FOR_3), Set.of(), 0), CHILDREN, TODAY))
			.isEqualTo(Verdict.allow("approval-covers-ages", "Approved for long-term fostering for ages 0 to 12, which covers ages 9 and 4."));
		var fiveToTen = approval(ApprovalKind.SHORT_TERM, 5, 10, 3, true, null);
		assertThat(rule.check(home("elm", 53.5, -2.9, List.of(fiveToTen), Set.of(), 0), CHILDREN, TODAY))
			.isEqualTo(Verdict.reject("approval-covers-ages", "No fostering approval covers ages 9 and 4 (approved for ages 5 to 10)."));
		var expired = approval(ApprovalKind.LONG_TERM, 0, 12, 3, true, LocalDate.of(2026, 11, 1));
		var shortBreaks = approval(ApprovalKind.SHORT_BREAKS, 0, 12, 3, true, null);
		var connected = approval(ApprovalKind.CONNECTED_PERSON, 0, 12, 3, true, null);
		var notYet = new CarerHome.Terms("ap-new", ApprovalKind.LONG_TERM, 0, 12, 3, true, LocalDate.of(2026, 12, 1), null);
		assertThat(rule.check(home("elm", 53.5, -2.9, List.of(expired, shortBreaks, connected, notYet), Set.of(), 0), CHILDREN,
				TODAY).reason()).isEqualTo("No fostering approval in force.");
	}

	@Test
	void enoughVacanciesCountsTheSiblingAlreadyThere() {
		var rule = new ReunificationRules.EnoughVacancies();
		CarerHome oakWithBen = home("oak", 53.44, -2.80, List.of(approval(ApprovalKind.LONG_TERM, 0, 12, 2, true, null)),
				Set.of("ben"), 0);
		assertThat(rule.check(oakWithBen, CHILDREN, TODAY)).isEqualTo(Verdict.allow("enough-vacancies",
				"Approved for 2 children, 1 placed, 1 vacancy. 1 of the children lives there already. Room for the 1 child to move."));
		CarerHome full = home("elm", 53.5, -2.9, List.of(approval(ApprovalKind.LONG_TERM, 0, 12, 2, true, null)),
				Set.of("x"), 0);
		assertThat(rule.check(full, CHILDREN, TODAY)).isEqualTo(Verdict.reject("enough-vacancies",
				"Approved for 2 children, 1 placed, 1 vacancy. Needs 2 places."));
	}

	@Test
	void siblingGroupsMustBeConsideredForTwoOrMore() {
		var rule = new ReunificationRules.SiblingGroupsConsidered();
		CarerHome no = home("elm", 53.5, -2.9, List.of(approval(ApprovalKind.LONG_TERM, 0, 12, 3, false, null)), Set.of(), 0);
		assertThat(rule.check(no, CHILDREN, TODAY)).isEqualTo(
				Verdict.reject("sibling-groups-considered", "Not approved to take sibling groups."));
		assertThat(rule.check(no, List.of(AMY), TODAY).allowed()).isTrue();
	}

	@Test
	void aDogExcludesAHomeWhenAChildIsAfraidOfDogs() {
		var rule = new ReunificationRules.NoFearedPets();
		Member scared = inCare("amy", 9, HOLLY, LocalDate.of(2024, 1, 10), Set.of("dogs"));
		CarerHome dogs = home("elm", 53.5, -2.9, List.of(LONG_TERM_0_12_FOR_3), Set.of(), 2);
		assertThat(rule.check(dogs, List.of(scared, BEN), TODAY))
			.isEqualTo(Verdict.reject("no-feared-pets", "Has 2 dogs and Amy is afraid of dogs."));
		assertThat(rule.check(dogs, CHILDREN, TODAY))
			.isEqualTo(Verdict.allow("no-feared-pets", "No child is recorded as afraid of animals."));
		assertThat(ReunificationRules.NoFearedPets.mentions(Set.of("large dogs"), "dog")).isTrue();
		assertThat(ReunificationRules.NoFearedPets.mentions(Set.of("dogwood pollen"), "dog")).isFalse();
	}

	@Test
	void riskAndWheelchairAccessAreHardConstraints() {
		CarerHome risky = new CarerHome("elm", "Elm", "KM1 1AA", 53.5, -2.9, List.of(LONG_TERM_0_12_FOR_3), Set.of(), 0, 2,
				false, false, true, null);
		assertThat(new ReunificationRules.NoRiskToChildren().check(risky, CHILDREN, TODAY)).isEqualTo(
				Verdict.reject("no-risk-to-children", "Someone in the household is recorded as a risk to children."));
		Member ben = new Member("ben", "Ben", "male", null, 4, true, "C2", null, null, Living.CARER_HOUSEHOLD, OAK,
				null, List.of(), Set.of(), Set.of("cat hair", "peanuts"), true, true);
		assertThat(new ReunificationRules.WheelchairAccess().check(risky, List.of(AMY, ben), TODAY)).isEqualTo(
				Verdict.reject("wheelchair-access", "Not wheelchair accessible, and Ben uses a wheelchair."));
		assertThat(new ReunificationRules.GroundFloorBedroom().check(risky, List.of(AMY, ben), TODAY)).isEqualTo(
				Verdict.reject("ground-floor-bedroom", "No ground-floor bedroom, and Ben needs one."));
		assertThat(new ReunificationRules.NoPetAllergies().check(risky, List.of(AMY, ben), TODAY)).isEqualTo(
				Verdict.reject("no-pet-allergies", "Has 2 cats and Ben is allergic to cats."));
		assertThat(new ReunificationRules.NoPetAllergies().check(risky, CHILDREN, TODAY).allowed()).isTrue();
	}

	@Test
	void aSplitGroupWhereACarerNowHasRoomForAllGetsThatCarerFirst() {
		// Amy is with Holly, Ben with Oak. Oak now has room for Amy too; Elm (further) could take both; Ash has a dog
		// and Amy fears dogs; Fir is not approved for sibling groups; Pine is full.
		Member amy = inCare("amy", 9, HOLLY, LocalDate.of(2024, 1, 10), Set.of("dogs"));
		List<Member> children = List.of(amy, BEN);
		CarerHome oak = home("oak", 53.44, -2.80, List.of(approval(ApprovalKind.LONG_TERM, 0, 12, 2, true, null)),
				Set.of("ben"), 0);
		CarerHome elm = home("elm", 53.50, -2.90, List.of(LONG_TERM_0_12_FOR_3), Set.of(), 0);
		CarerHome ash = home("ash", 53.41, -2.89, List.of(LONG_TERM_0_12_FOR_3), Set.of(), 1);
		CarerHome fir = home("fir", 53.41, -2.89, List.of(approval(ApprovalKind.LONG_TERM, 0, 12, 3, false, null)), Set.of(), 0);
		CarerHome pine = home("pine", 53.41, -2.89, List.of(approval(ApprovalKind.LONG_TERM, 0, 12, 1, true, null)), Set.of(), 0);
		ReunificationFinder finder = new ReunificationFinder(ReunificationRules.all());

		List<ReunificationOption> options = finder.options(children, List.of(ash, elm, fir, oak, pine), TODAY);

		assertThat(options).extracting(ReunificationOption::householdId).containsExactly("oak", "elm");
		ReunificationOption first = options.get(0);
		assertThat(first.moves()).isEqualTo(1);
		assertThat(first.childrenAlreadyThere()).containsExactly(new PersonRef("ben", "Ben"));
		assertThat(first.averageKm()).isEqualTo(8.0);
		assertThat(first.roomSince()).isEqualTo(LocalDate.of(2026, 9, 1));
		assertThat(first.reasons()).containsExactly(
				"Approved for long-term fostering for ages 0 to 12, which covers ages 9 and 4.",
				"Approved for 2 children, 1 placed, 1 vacancy. 1 of the children lives there already. Room for the 1 child to move.",
				"Approved to consider sibling groups.", "No dog or cat that a child is afraid of.",
				"No child is recorded as allergic to pets.",
				"No one in the household is recorded as a risk to children.", "No child uses a wheelchair.",
				"No child needs a ground-floor bedroom.",
				"On average 8.0 km from the moving children's current homes.");
		assertThat(options.get(1).moves()).isEqualTo(2);
		assertThat(options.get(1).averageKm()).isEqualTo(10.3);
		assertThat(finder.exclusions(ash, children, TODAY)).extracting(Verdict::reason)
			.containsExactly("Has 1 dog and Amy is afraid of dogs.");
		assertThat(finder.exclusions(fir, children, TODAY)).extracting(Verdict::rule)
			.containsExactly("sibling-groups-considered");
		assertThat(finder.exclusions(pine, children, TODAY)).extracting(Verdict::rule).containsExactly("enough-vacancies");
		assertThat(finder.options(List.of(amy), List.of(oak), TODAY)).isEmpty();
		assertThatThrownBy(() -> new ReunificationFinder(List.of())).isInstanceOf(IllegalArgumentException.class);
	}
}
