package org.kinmap.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kinmap.matching.Examples.FORTY_KM_AWAY;
import static org.kinmap.matching.Examples.NEAR_SCHOOL;
import static org.kinmap.matching.Examples.SCHOOL;
import static org.kinmap.matching.Examples.child;
import static org.kinmap.matching.Examples.household;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kinmap.care.NeedDomain;
import org.kinmap.carers.CarerSkill;
import org.kinmap.network.ContactFrequency;

class DomainCriteriaTests {

	@Test
	void viewsRewardsAHomeWithoutTheFearedAnimalAndNearness() {
		DomainScore s = new ViewsCriterion().score(child("Aisha").need("views", "fears", List.of("dogs"))
			.need("views", "wishes", "To stay near my friends").build(), household("h").build());
		assertThat(s.domain()).isEqualTo(NeedDomain.VIEWS);
		assertThat(s.score()).isEqualTo(100);
		assertThat(s.reasons()).contains("No dogs in the home; Aisha is afraid of dogs.",
				"Aisha says: \"To stay near my friends\" (for the matching meeting to weigh).");
		DomainScore unknown = new ViewsCriterion().score(child("Aisha").build(), household("h").build());
		assertThat(unknown.confidence()).isLessThan(1);
		assertThat(unknown.reasons()).contains("Not known: Aisha's worries and fears are not recorded.");
	}

	@Test
	void healthLooksForMedicalSkillsAndAGroundFloorBedroom() {
		var aisha = child("Aisha").need("health", "conditions", List.of("epilepsy")).need("health", "needsGroundFloorBedroom", true).build();
		DomainScore skilled = new HealthCriterion().score(aisha,
				household("h").skills(CarerSkill.MEDICAL_NEEDS).groundFloorBedroom(true).build());
		DomainScore unskilled = new HealthCriterion().score(aisha, household("h").groundFloorBedroom(false).build());
		assertThat(skilled.score()).isGreaterThan(unskilled.score());
		assertThat(skilled.reasons()).contains("Carer has experience of complex medical needs; Aisha has epilepsy.",
				"Has ground-floor bedroom; Aisha needs one.", "A non-smoking household.");
		assertThat(new HealthCriterion().score(aisha, household("h").smoking(null).build()).reasons())
			.contains("Not known: whether anyone smokes in the home.");
	}

	@Test
	void educationKeepsTheChildAtTheirSchool() {
		var aisha = child("Aisha").school("Hillside Primary", SCHOOL).need("education", "senSupport", "ehcp").build();
		DomainScore near = new EducationCriterion().score(aisha, household("near").skills(CarerSkill.SPECIAL_EDUCATIONAL_NEEDS).build());
		DomainScore far = new EducationCriterion().score(aisha, household("far").at(FORTY_KM_AWAY).build());
		assertThat(near.reasons()).contains("Keeps Aisha at Hillside Primary: 1.0 km from the carer.",
				"Carer has special educational needs experience; Aisha has education, health and care plan.");
		assertThat(near.score()).isEqualTo(100);
		assertThat(far.reasons()).contains("Aisha would struggle to stay at Hillside Primary: 40 km from the carer.");
		assertThat(far.score()).isLessThan(20);
		DomainScore unknown = new EducationCriterion().score(child("Aisha").build(), household("h").build());
		assertThat(unknown.score()).isEqualTo(Evidence.NEUTRAL);
		assertThat(unknown.confidence()).isZero();
	}

	@Test
	void emotionalNeedsLookForTherapeuticParenting() {
		var aisha = child("Aisha").need("emotionalBehavioural", "attachmentDifficulties", true).build();
		DomainScore s = new EmotionalBehaviouralCriterion().score(aisha, household("h").skills(CarerSkill.THERAPEUTIC_PARENTING).build());
		assertThat(s.reasons()).containsExactly("Carer has therapeutic parenting training; Aisha has attachment difficulties.");
		assertThat(s.score()).isEqualTo(100);
		assertThat(new EmotionalBehaviouralCriterion().score(aisha, household("h").build()).score()).isEqualTo(30);
	}

	@Test
	void identityComparesLanguageReligionAndEthnicity() {
		var aisha = child("Aisha").identity("Urdu", "Pakistani", "Muslim").build();
		DomainScore s = new IdentityCriterion().score(aisha,
				household("h").identity(List.of("English", "Urdu"), "British Pakistani", "Muslim").build());
		assertThat(s.reasons()).contains("Carer speaks Urdu, Aisha's first language.", "Carer is Muslim; Aisha is Muslim: the same.",
				"Carer is British Pakistani; Aisha is Pakistani: close.");
		DomainScore other = new IdentityCriterion().score(aisha, household("h").identity(List.of("English"), "White British", "Christian").build());
		assertThat(other.score()).isLessThan(s.score());
		assertThat(other.reasons()).contains("Carer does not speak Urdu, Aisha's first language.");
		DomainScore unknown = new IdentityCriterion().score(aisha, household("h").identity(List.of("Urdu"), null, null).build());
		assertThat(unknown.confidence()).isLessThan(1);
		assertThat(unknown.reasons()).contains("Not known: the carer's religion (Aisha is Muslim).");
	}

	@Test
	void familyRelationshipsFavourTheSiblingsCarerTheConnectedPersonAndTheCurrentCarer() {
		var aisha = child("Aisha").sibling("Sami", "brother", "h-sami", NEAR_SCHOOL).connectedPerson("Joan Lee", "relative", "h-joan")
			.placedWith("h-now").build();
		assertThat(new FamilyRelationshipsCriterion().score(aisha, household("h-sami").build()).reasons())
			.contains("Carer already looks after Aisha's brother Sami.");
		assertThat(new FamilyRelationshipsCriterion().score(aisha, household("h-joan").build()).reasons())
			.contains("Aisha's relative Joan Lee lives here (a connected person).");
		assertThat(new FamilyRelationshipsCriterion().score(aisha, household("h-now").build()).reasons().get(0))
			.startsWith("Aisha has lived here since 2024-01-10");
		DomainScore stranger = new FamilyRelationshipsCriterion().score(aisha, household("h-x").at(FORTY_KM_AWAY).build());
		assertThat(stranger.score()).isLessThan(50);
		assertThat(stranger.reasons()).contains("Aisha's brother Sami lives 39 km away.");
	}

	@Test
	void socialPresentationSaysWhenTheCarersInterestsAreUnknown() {
		var aisha = child("Aisha").need("socialPresentation", "interests", List.of("football", "drawing")).build();
		assertThat(new SocialPresentationCriterion().score(aisha, household("h").notes("A keen football family.").build()).reasons())
			.containsExactly("The carer's notes mention football, which Aisha enjoys.");
		DomainScore unknown = new SocialPresentationCriterion().score(aisha, household("h").build());
		assertThat(unknown.score()).isEqualTo(Evidence.NEUTRAL);
		assertThat(unknown.confidence()).isZero();
	}

	@Test
	void selfCareMatchesSupportNeedsAndAge() {
		var aisha = child("Aisha").age(16).need("selfCare", "level", "significant_support").build();
		DomainScore s = new SelfCareCriterion().score(aisha, household("h").skills(CarerSkill.DISABILITY, CarerSkill.TEENAGERS).build());
		assertThat(s.score()).isEqualTo(100);
		assertThat(s.reasons()).contains("Aisha needs significant support with self-care; the carer is experienced in caring for disabled children.");
		assertThat(new SelfCareCriterion().score(aisha, household("h").build()).score()).isLessThan(50);
	}

	@Test
	void contactMeasuresTheJourneyToFamilyTime() {
		var aisha = child("Aisha").familyTime("Joan Lee", "grandmother", ContactFrequency.WEEKLY, SCHOOL).build();
		DomainScore near = new ContactCriterion().score(aisha, household("h").build());
		assertThat(near.reasons()).containsExactly("Carer can take Aisha to family time with their grandmother Joan Lee, 1.0 km away (weekly).");
		DomainScore far = new ContactCriterion().score(aisha, household("h").at(FORTY_KM_AWAY).build());
		assertThat(far.score()).isLessThan(near.score());
		assertThat(new ContactCriterion().score(child("Aisha").build(), household("h").build()).reasons())
			.containsExactly("Not known: no family-time arrangements are recorded for Aisha.");
	}
}
