package org.kinmap.siblings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kinmap.siblings.Families.carerHome;
import static org.kinmap.siblings.Families.familyHome;
import static org.kinmap.siblings.Families.group;
import static org.kinmap.siblings.Families.inCare;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.kinmap.network.PersonRef;
import org.kinmap.siblings.SiblingViews.ReunificationOption;
import org.kinmap.siblings.SiblingViews.SeparatedPair;

class SplitAnalysisTests {

	static final Member.Home HOLLY = carerHome("holly", 53.40, -2.90);
	static final Member.Home OAK = carerHome("oak", 53.44, -2.80);
	static final Member.Home ELM = carerHome("elm", 53.50, -2.90);
	static final Member.Home MUMS = familyHome("mums", 53.42, -2.86);

	static Map<String, Member> members(Member... members) {
		return Stream.of(members).collect(Collectors.toMap(Member::id, Function.identity()));
	}

	static TogetherOrApart assessment(String recommendation, LocalDate concluded, Set<String> children,
			TogetherOrApart.PairAssessment... pairs) {
		return new TogetherOrApart("toa-1", "positive", recommendation, concluded.minusMonths(2), concluded, children,
				"Reasons given", "K. Patel", List.of(), List.of(pairs));
	}

	@Test
	void twinsPlacedApartWithoutAnAssessmentOrContactAreAnUnassessedSplit() {
		LocalDate parted = LocalDate.of(2025, 3, 1);
		Member tia = inCare("tia", 6, HOLLY, parted, new Member.Stay("oak", LocalDate.of(2024, 5, 1), parted));
		Member tom = inCare("tom", 6, OAK, LocalDate.of(2024, 5, 1));

		SplitAnalysis.Result r = SplitAnalysis.analyse(group("tia", "tom"), members(tia, tom), List.of(), List.of(),
				List.of(), Families.TODAY);

		assertThat(r.split()).isTrue();
		assertThat(r.splitIncludingHomeOrAdopted()).isTrue();
		assertThat(r.state()).isEqualTo(AssessmentState.UNASSESSED);
		assertThat(r.view().households()).extracting(SiblingViews.HouseholdView::householdId).containsExactly("holly", "oak");
		assertThat(r.view().distances()).containsExactly(new SiblingViews.DistanceView("Holly", "Oak", 8.0));
		assertThat(r.view().separatedPairs()).containsExactly(new SeparatedPair(new PersonRef("tia", "Tia"),
				new PersonRef("tom", "Tom"), true, null, true, parted, true, null));
		assertThat(r.view().separatedOn()).isEqualTo(parted);
		assertThat(r.view().assessment()).isNull();
		assertThat(r.view().reviewNeeded()).isTrue();
		assertThat(r.view().reviewReasons()).containsExactly("No concluded together-or-apart assessment covers the split.");
	}

	@Test
	void anAssessmentStillInProgressLeavesTheSplitUnassessedButPending() {
		Member amy = inCare("amy", 9, HOLLY, LocalDate.of(2024, 1, 10));
		Member ben = inCare("ben", 7, OAK, LocalDate.of(2024, 1, 10));
		TogetherOrApart inProgress = new TogetherOrApart("toa-2", "in_progress", null, LocalDate.of(2026, 10, 1), null,
				Set.of("amy", "ben"), null, null, List.of(), List.of());

		SplitAnalysis.Result r = SplitAnalysis.analyse(group("amy", "ben"), members(amy, ben), List.of(inProgress),
				List.of(), List.of(), Families.TODAY);

		assertThat(r.state()).isEqualTo(AssessmentState.UNASSESSED);
		assertThat(r.view().assessmentPending()).isTrue();
		assertThat(r.view().assessment().id()).isEqualTo("toa-2");
		assertThat(r.view().reviewReasons()).containsExactly(
				"No concluded together-or-apart assessment covers the split; one is requested or in progress.");
	}

	@Test
	void aGroupSplitContraryToItsAssessmentSaysWhoShouldBeTogether() {
		Member amy = inCare("amy", 9, HOLLY, LocalDate.of(2024, 1, 10));
		Member ben = inCare("ben", 7, OAK, LocalDate.of(2024, 1, 10));
		Contact monthly = new Contact("amy", "ben", "direct", "monthly", true);

		SplitAnalysis.Result r = SplitAnalysis.analyse(group("amy", "ben"), members(amy, ben),
				List.of(assessment("together", LocalDate.of(2024, 3, 1), Set.of("amy", "ben"))), List.of(monthly), List.of(),
				Families.TODAY);

		assertThat(r.state()).isEqualTo(AssessmentState.CONTRARY_TO_ASSESSMENT);
		assertThat(r.view().assessmentStateLabel()).isEqualTo("apart, contrary to the assessment");
		assertThat(r.view().assessment().recommendation()).isEqualTo("together");
		assertThat(r.view().assessment().recommendationLabel()).isEqualTo("placed together");
		SeparatedPair pair = r.view().separatedPairs().get(0);
		assertThat(pair.assessed()).isEqualTo("together");
		assertThat(pair.noContactRecorded()).isFalse();
		assertThat(pair.contact()).isEqualTo(new SiblingViews.ContactView("direct", "monthly", "monthly", true));
		assertThat(pair.livedTogetherOnRecord()).isFalse();
		assertThat(pair.separatedOn()).as("placed apart from the start").isEqualTo(LocalDate.of(2024, 1, 10));
		assertThat(r.view().reviewReasons())
			.containsExactly("Amy and Ben live apart although the assessment recommended they live together.");
	}

	@Test
	void aSplitAsAssessedNeedsAReviewWhenAChildMovesOrACarerHasRoomSince() {
		LocalDate concluded = LocalDate.of(2025, 6, 1);
		Member amy = inCare("amy", 9, HOLLY, LocalDate.of(2025, 9, 15));
		Member ben = inCare("ben", 7, OAK, LocalDate.of(2024, 1, 10));
		ReunificationOption elm = new ReunificationOption("elm", "Elm", "KM3 3CC", List.of(), 2, 10.3,
				LocalDate.of(2026, 10, 1), 70.0, 0.8, List.of());

		SplitAnalysis.Result r = SplitAnalysis.analyse(group("amy", "ben"), members(amy, ben),
				List.of(assessment("apart", concluded, Set.of("amy", "ben"))), List.of(), List.of(elm), Families.TODAY);

		assertThat(r.state()).isEqualTo(AssessmentState.AS_ASSESSED);
		assertThat(r.view().changes()).containsExactly(
				"Amy became looked after on 2025-09-15, after the assessment.",
				"Elm could now take both children together (room since 2026-10-01).");
		assertThat(r.view().reviewNeeded()).isTrue();

		SplitAnalysis.Result settled = SplitAnalysis.analyse(group("amy", "ben"),
				members(inCare("amy", 9, HOLLY, LocalDate.of(2024, 1, 10)), ben),
				List.of(assessment("apart", concluded, Set.of("amy", "ben"))), List.of(), List.of(), Families.TODAY);
		assertThat(settled.state()).isEqualTo(AssessmentState.AS_ASSESSED);
		assertThat(settled.view().reviewNeeded()).isFalse();
		assertThat(settled.view().reviewReasons()).isEmpty();
	}

	@Test
	void someTogetherIsContraryOnlyForAPairTheAssessorWantedTogether() {
		Member amy = inCare("amy", 12, HOLLY, LocalDate.of(2024, 1, 10));
		Member ben = inCare("ben", 7, OAK, LocalDate.of(2024, 1, 10));
		Member cal = inCare("cal", 5, OAK, LocalDate.of(2024, 1, 10));
		var benCal = new TogetherOrApart.PairAssessment("ben", "cal", "close", true, null);
		var amyBen = new TogetherOrApart.PairAssessment("amy", "ben", "difficult", false, null);

		SplitAnalysis.Result asAssessed = SplitAnalysis.analyse(group("amy", "ben", "cal"), members(amy, ben, cal),
				List.of(assessment("some_together", LocalDate.of(2024, 3, 1), Set.of("amy", "ben", "cal"), benCal, amyBen)),
				List.of(), List.of(), Families.TODAY);
		assertThat(asAssessed.state()).isEqualTo(AssessmentState.AS_ASSESSED);
		assertThat(asAssessed.view().separatedPairs()).hasSize(2);

		Member calElsewhere = inCare("cal", 5, ELM, LocalDate.of(2024, 1, 10));
		SplitAnalysis.Result contrary = SplitAnalysis.analyse(group("amy", "ben", "cal"), members(amy, ben, calElsewhere),
				List.of(assessment("some_together", LocalDate.of(2024, 3, 1), Set.of("amy", "ben", "cal"), benCal, amyBen)),
				List.of(), List.of(), Families.TODAY);
		assertThat(contrary.state()).isEqualTo(AssessmentState.CONTRARY_TO_ASSESSMENT);
		assertThat(contrary.view().distances()).extracting(SiblingViews.DistanceView::km).containsExactly(8.0, 11.1, 9.4);
	}

	@Test
	void anOlderSiblingAtHomeMakesOnlyTheWiderSplitAndAnAdultCountsForNeither() {
		Member sam = Families.atHome("sam", 16, MUMS);
		Member amy = inCare("amy", 9, HOLLY, LocalDate.of(2024, 1, 10));
		Member joe = Families.independent("joe", 22);

		SplitAnalysis.Result r = SplitAnalysis.analyse(group("amy", "joe", "sam"), members(amy, joe, sam), List.of(),
				List.of(new Contact("amy", "sam", "indirect", "fortnightly", false)), List.of(), Families.TODAY);

		assertThat(r.split()).isFalse();
		assertThat(r.splitIncludingHomeOrAdopted()).isTrue();
		assertThat(r.view().separatedPairs()).singleElement().satisfies(p -> {
			assertThat(p.bothLookedAfter()).isFalse();
			assertThat(p.contact().frequencyLabel()).isEqualTo("fortnightly");
		});
		assertThat(r.view().distances()).containsExactly(new SiblingViews.DistanceView("Holly", "Mums", 3.5));
	}

	@Test
	void siblingsLivingTogetherAreNotSplit() {
		Member amy = inCare("amy", 9, HOLLY, LocalDate.of(2024, 1, 10));
		Member ben = inCare("ben", 7, HOLLY, LocalDate.of(2024, 1, 10));
		assertThat(SplitAnalysis.analyse(group("amy", "ben"), members(amy, ben), List.of(), List.of(), List.of(),
				Families.TODAY)).isEqualTo(SplitAnalysis.Result.NOT_SPLIT);
	}

	@Test
	void distancesAreGreatCircleKilometres() {
		assertThat(Distance.km(51.5074, -0.1278, 48.8566, 2.3522)).isEqualTo(343.6);
		assertThat(Distance.km(53.40, -2.90, 53.40, -2.90)).isEqualTo(0.0);
		assertThat(Distance.km(null, -2.90, 53.40, -2.90)).isNull();
	}
}
