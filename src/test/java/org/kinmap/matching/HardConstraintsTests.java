package org.kinmap.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kinmap.matching.Examples.TODAY;
import static org.kinmap.matching.Examples.child;
import static org.kinmap.matching.Examples.household;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kinmap.care.PermanencePlan;
import org.kinmap.carers.ApprovalKind;

class HardConstraintsTests {

	@Test
	void approvalMustBeCurrentAndFitThePlan() {
		var rule = new ApprovalFitsPlan();
		var adoption = child("Aisha").plan(PermanencePlan.ADOPTION).placing();
		assertThat(rule.check(adoption, household("h").approval(ApprovalKind.ADOPTER, 0, 10, 1, false, null).build()))
			.returns(true, Verdict::allowed);
		assertThat(rule.check(adoption, household("h").approval(ApprovalKind.FOSTERING_FOR_ADOPTION, 0, 5, 1, false, null).build()).allowed())
			.isTrue();
		Verdict longTerm = rule.check(adoption, household("h").build());
		assertThat(longTerm.allowed()).isFalse();
		assertThat(longTerm.reason()).isEqualTo("Approved for long-term fostering only; a plan of adoption needs "
				+ "fostering for adoption or concurrent planning or adoption.");
		Verdict expired = rule.check(child("Aisha").placing(),
				household("h").approval(ApprovalKind.LONG_TERM, 0, 18, 2, true, TODAY.minusDays(1)).build());
		assertThat(expired.allowed()).isFalse();
		assertThat(expired.reason()).isEqualTo("Approval expired on 2026-11-21; Aisha needs a current approval.");
		assertThat(rule.check(child("Aisha").placing(),
				household("h").approval(ApprovalKind.SHORT_TERM, 0, 18, 2, true, null).build()).reason())
			.startsWith("Approved for short-term fostering only; a plan of long-term fostering needs");
		assertThat(rule.check(child("Aisha").placing(),
				household("h").approval(ApprovalKind.CONNECTED_PERSON, 0, 18, 2, true, null).build()).allowed()).isTrue();
	}

	@Test
	void ageMustLieWithinTheApprovedRange() {
		var rule = new AgeWithinApproval();
		var older = household("h").approval(ApprovalKind.LONG_TERM, 8, 18, 2, true, null).build();
		Verdict young = rule.check(child("Aisha").age(5).placing(), older);
		assertThat(young.allowed()).isFalse();
		assertThat(young.reason()).isEqualTo("Aisha is 5; approved for ages 8 to 18.");
		assertThat(rule.check(child("Aisha").age(9).placing(), older).reason()).isEqualTo("Aisha is 9; approved for ages 8 to 18.");
		assertThat(rule.check(child("Aisha").age(null).placing(), older).reason()).contains("Age not recorded for Aisha");
	}

	@Test
	void needsAVacancyForEveryChildNotAlreadyThere() {
		var rule = new EnoughVacancies();
		var full = household("h").approval(ApprovalKind.LONG_TERM, 0, 18, 1, true, null).placed("c-other", "Other Child").build();
		Verdict none = rule.check(child("Aisha").placing(), full);
		assertThat(none.allowed()).isFalse();
		assertThat(none.reason()).isEqualTo("Approved for 1 child, 1 placed, no vacancy. Aisha needs 1 place.");
		var hers = household("h").approval(ApprovalKind.LONG_TERM, 0, 18, 1, true, null).placed("c-aisha", "Aisha Example").build();
		assertThat(rule.check(child("Aisha").placing(), hers).allowed()).as("her own place is hers").isTrue();
		var two = new Placing(List.of(child("Aisha").build(), child("Sami").build()), TODAY);
		assertThat(rule.check(two, household("h").approval(ApprovalKind.LONG_TERM, 0, 18, 1, true, null).build()).reason())
			.isEqualTo("Approved for 1 child, 0 placed, 1 vacancy. Aisha and Sami need 2 places.");
	}

	@Test
	void aGroupNeedsAnApprovalThatConsidersSiblingGroups() {
		var rule = new SiblingGroupsConsidered();
		var two = new Placing(List.of(child("Aisha").build(), child("Sami").build()), TODAY);
		Verdict no = rule.check(two, household("h").approval(ApprovalKind.LONG_TERM, 0, 18, 3, false, null).build());
		assertThat(no.allowed()).isFalse();
		assertThat(no.reason()).isEqualTo("The approval does not consider sibling groups; Aisha and Sami are to be placed together.");
		assertThat(rule.check(two, household("h").build()).allowed()).isTrue();
		assertThat(rule.check(child("Aisha").placing(), household("h").approval(ApprovalKind.LONG_TERM, 0, 18, 3, false, null).build())
			.allowed()).isTrue();
	}

	@Test
	void dogsAreExcludedForAChildAfraidOfOrAllergicToThem() {
		var rule = new NoFearedOrAllergenicPets();
		Verdict afraid = rule.check(child("Aisha").need("views", "fears", List.of("dogs")).placing(), household("h").dogs(2).build());
		assertThat(afraid.allowed()).isFalse();
		assertThat(afraid.reason()).isEqualTo("Has 2 dogs; Aisha is afraid of dogs.");
		Verdict allergic = rule.check(child("Aisha").need("health", "allergies", List.of("cat dander")).placing(),
				household("h").cats(1).build());
		assertThat(allergic.reason()).isEqualTo("Has a cat; Aisha is allergic to cats.");
		assertThat(rule.check(child("Aisha").need("views", "fears", List.of("dogs")).placing(), household("h").build()).allowed())
			.isTrue();
		assertThat(rule.check(child("Aisha").placing(), household("h").dogs(3).build()).allowed()).isTrue();
	}

	@Test
	void aWheelchairUserNeedsAnAccessibleHome() {
		var rule = new WheelchairAccess();
		var user = child("Aisha").need("health", "wheelchairUser", true).placing();
		assertThat(rule.check(user, household("h").wheelchairAccessible(false).build()).reason())
			.isEqualTo("Not wheelchair accessible; Aisha uses a wheelchair.");
		assertThat(rule.check(user, household("h").wheelchairAccessible(null).build()).reason())
			.isEqualTo("Not recorded as wheelchair accessible; Aisha uses a wheelchair.");
		assertThat(rule.check(user, household("h").wheelchairAccessible(true).build()).allowed()).isTrue();
		assertThat(rule.check(child("Aisha").placing(), household("h").build()).allowed()).isTrue();
	}

	@Test
	void aMemberFlaggedAsARiskExcludesTheHousehold() {
		var rule = new NoMemberFlaggedAsRisk();
		Verdict risky = rule.check(child("Aisha").placing(), household("h").riskyMember("Dan Risk").build());
		assertThat(risky.allowed()).isFalse();
		assertThat(risky.reason()).isEqualTo("A household member (Dan Risk) is flagged as a risk to children.");
		assertThat(rule.check(child("Aisha").placing(), household("h").build()).allowed()).isTrue();
	}

	static Placing reunion(ChildProfile... children) {
		return new Placing(List.of(children), TODAY, Placing.Purpose.REUNIFICATION);
	}

	static HouseholdProfile.ApprovalFacts approval(ApprovalKind kind, LocalDate approvedOn, LocalDate expiresOn) {
		return new HouseholdProfile.ApprovalFacts(kind, 0, 12, 3, true, approvedOn, expiresOn);
	}

	@Test
	void reunitingSiblingsNeedsAFosteringApprovalInForce() {
		var rule = new ApprovalFitsPlan();
		var amyAndBen = reunion(child("Amy").age(9).build(), child("Ben").age(4).build());
		assertThat(rule.check(amyAndBen, household("h").approvals(approval(ApprovalKind.SHORT_TERM, null, null)).build()).reason())
			.isEqualTo("Approved for short-term fostering, which fits reuniting siblings in foster care.");
		Verdict named = rule.check(amyAndBen, household("h").approvals(approval(ApprovalKind.CONNECTED_PERSON, null, null),
				approval(ApprovalKind.SHORT_BREAKS, null, null), approval(ApprovalKind.ADOPTER, null, null)).build());
		assertThat(named.allowed()).as("connected-person approvals are for named children").isFalse();
		assertThat(named.reason()).startsWith("Approved for connected person").endsWith(
				"only; reuniting siblings in foster care needs short-term fostering or long-term fostering.");
		Verdict notYet = rule.check(amyAndBen,
				household("h").approvals(approval(ApprovalKind.LONG_TERM, TODAY.plusDays(9), null)).build());
		assertThat(notYet.allowed()).isFalse();
		assertThat(notYet.reason()).isEqualTo("Approval not in force until 2026-12-01; Amy and Ben need a current approval.");
		assertThat(rule.check(amyAndBen, household("h").approvals(approval(ApprovalKind.LONG_TERM, TODAY.minusYears(1),
				TODAY.minusDays(1))).build()).reason()).isEqualTo("Approval expired on 2026-11-21; Amy and Ben need a current approval.");
	}

	@Test
	void aGroupsAgesMustAllFitOneApproval() {
		var rule = new AgeWithinApproval();
		var fiveToTen = household("h").approval(ApprovalKind.SHORT_TERM, 5, 10, 3, true, null).build();
		Verdict ben = rule.check(reunion(child("Amy").age(9).build(), child("Ben").age(4).build()), fiveToTen);
		assertThat(ben.allowed()).isFalse();
		assertThat(ben.reason()).isEqualTo("Ben is 4; approved for ages 5 to 10.");
	}

	@Test
	void aSiblingAlreadyThereKeepsTheirPlaceAndEveryOtherChildCounts() {
		var rule = new EnoughVacancies();
		var amyAndBen = reunion(child("Amy").build(), child("Ben").build());
		var oakWithBen = household("oak").approval(ApprovalKind.LONG_TERM, 0, 12, 2, true, null).placed("c-ben", "Ben Example").build();
		assertThat(rule.check(amyAndBen, oakWithBen)).isEqualTo(new Verdict(EnoughVacancies.RULE, true,
				"Approved for 2 children, 1 placed, 1 vacancy. Ben is already placed here; room for Amy."));
		var benAndAnother = household("oak").approval(ApprovalKind.LONG_TERM, 0, 12, 2, true, null).placed("c-ben", "Ben Example")
			.placed("c-other", "Other Child").build();
		assertThat(rule.check(amyAndBen, benAndAnother)).as("Ben's place is his; the other child's is not free")
			.isEqualTo(new Verdict(EnoughVacancies.RULE, false,
					"Approved for 2 children, 2 placed, no vacancy. Ben is already placed here; Amy needs 1 place."));
		var full = household("elm").approval(ApprovalKind.LONG_TERM, 0, 12, 2, true, null).placed("c-x", "X Example").build();
		assertThat(rule.check(amyAndBen, full).reason())
			.isEqualTo("Approved for 2 children, 1 placed, 1 vacancy. Amy and Ben need 2 places.");
		var shortBreaksToo = household("ash").approvals(approval(ApprovalKind.SHORT_BREAKS, null, null),
				new HouseholdProfile.ApprovalFacts(ApprovalKind.LONG_TERM, 0, 12, 1, true, null, null)).build();
		assertThat(rule.check(amyAndBen, shortBreaksToo).allowed()).as("room under the approvals that fit").isFalse();
	}

	@Test
	void petsAreNamedAsWordsInFearsAndAllergies() {
		var rule = new NoFearedOrAllergenicPets();
		assertThat(rule.check(child("Amy").need("views", "fears", List.of("large dogs")).placing(), household("h").dogs(1).build())
			.reason()).isEqualTo("Has a dog; Amy is afraid of dogs.");
		assertThat(rule.check(child("Amy").need("health", "allergies", List.of("dogwood pollen")).placing(),
				household("h").dogs(1).build()).allowed()).isTrue();
		Verdict catHair = rule.check(reunion(child("Amy").build(), child("Ben").need("health", "allergies", List.of("cat hair", "peanuts"))
			.build()), household("h").cats(2).build());
		assertThat(catHair.reason()).isEqualTo("Has 2 cats; Ben is allergic to cats.");
	}

	@Test
	void aChildWhoNeedsAGroundFloorBedroomGoesOnlyWhereThereIsOne() {
		var rule = new GroundFloorBedroom();
		var ben = reunion(child("Amy").build(), child("Ben").need("health", "needsGroundFloorBedroom", true).build());
		assertThat(rule.check(ben, household("h").groundFloorBedroom(false).build()))
			.isEqualTo(new Verdict(GroundFloorBedroom.RULE, false, "No ground-floor bedroom; Ben needs one."));
		assertThat(rule.check(ben, household("h").groundFloorBedroom(null).build()).reason())
			.isEqualTo("Not recorded as having a ground-floor bedroom; Ben needs one.");
		assertThat(rule.check(ben, household("h").groundFloorBedroom(true).build()).reason())
			.isEqualTo("Has a ground-floor bedroom; Ben needs one.");
		assertThat(rule.check(child("Amy").placing(), household("h").build()).allowed()).isTrue();
	}
}
