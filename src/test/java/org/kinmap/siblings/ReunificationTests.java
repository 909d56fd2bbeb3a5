package org.kinmap.siblings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kinmap.siblings.Families.carerHome;
import static org.kinmap.siblings.Families.inCare;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.kinmap.matching.HouseholdFit;
import org.kinmap.matching.Verdict;
import org.kinmap.network.PersonRef;
import org.kinmap.siblings.SiblingViews.ReunificationOption;

/**
 * Ranking and wording of reunification options. Whether a household may take the children is the matching module's
 * hard constraints (tested in {@code org.kinmap.matching.HardConstraintsTests}); here the verdicts are given.
 */
class ReunificationTests {

	static final Member.Home HOLLY = carerHome("holly", 53.40, -2.90);
	static final Member.Home OAK = carerHome("oak", 53.44, -2.80);

	static final Member AMY = inCare("amy", 9, HOLLY, LocalDate.of(2024, 1, 10));
	static final Member BEN = inCare("ben", 4, OAK, LocalDate.of(2024, 1, 10));
	static final List<Member> CHILDREN = List.of(AMY, BEN);

	static CarerHome home(String id, double lat, double lon, Set<String> placed) {
		return new CarerHome(id, Families.name(id), "KM1 1AA", lat, lon, List.of(LocalDate.of(2026, 9, 1)), placed, null);
	}

	static HouseholdFit eligible(String id, double total) {
		return new HouseholdFit(id, Families.name(id), "KM1 1AA", true,
				List.of(new Verdict("approval fits the plan", true, "Approved for long-term fostering, which fits reuniting siblings in foster care."),
						new Verdict("enough vacancies", true, "Approved for 2 children, 1 placed, 1 vacancy.")),
				total, 0.7, "Matching score " + total + " of 100 (confidence 0.7); strongest on views (90) and health (80).");
	}

	static HouseholdFit excluded(String id, String reason) {
		return new HouseholdFit(id, Families.name(id), "KM1 1AA", false,
				List.of(new Verdict("no feared or allergenic pets", false, reason)), null, null, null);
	}

	@Test
	void aSiblingsCarerComesFirstThenTheMatchingScoreThenFewestMovesThenDistance() {
		// Amy is with Holly, Ben with Oak. Oak now has room for Amy too, so comes first; Pine scores higher than Elm;
		// Fir and Elm score as Oak does and both children would move, Fir nearer; Ash has a dog and Amy fears dogs.
		CarerHome oak = home("oak", 53.44, -2.80, Set.of("ben"));
		CarerHome elm = home("elm", 53.50, -2.90, Set.of());
		CarerHome pine = home("pine", 53.41, -2.89, Set.of());
		CarerHome fir = home("fir", 53.41, -2.89, Set.of());
		CarerHome ash = home("ash", 53.41, -2.89, Set.of());

		List<ReunificationOption> options = ReunificationFinder.options(CHILDREN, List.of(ash, elm, fir, oak, pine),
				List.of(excluded("ash", "Has a dog; Amy is afraid of dogs."), eligible("elm", 72.0), eligible("oak", 72.0),
						eligible("fir", 72.0), eligible("pine", 75.5), eligible("unknown-home", 99.0)));

		assertThat(options).extracting(ReunificationOption::householdId).containsExactly("oak", "pine", "fir", "elm");
		ReunificationOption oakOption = options.get(0);
		assertThat(oakOption.moves()).isEqualTo(1);
		assertThat(oakOption.score()).isEqualTo(72.0);
		assertThat(oakOption.confidence()).isEqualTo(0.7);
		assertThat(oakOption.childrenAlreadyThere()).containsExactly(new PersonRef("ben", "Ben"));
		assertThat(oakOption.averageKm()).isEqualTo(8.0);
		assertThat(oakOption.roomSince()).isEqualTo(LocalDate.of(2026, 9, 1));
		assertThat(oakOption.reasons()).containsExactly(
				"Approved for long-term fostering, which fits reuniting siblings in foster care.",
				"Approved for 2 children, 1 placed, 1 vacancy.",
				"Matching score 72.0 of 100 (confidence 0.7); strongest on views (90) and health (80).",
				"On average 8.0 km from the moving children's current homes.");
		assertThat(options.get(2).averageKm()).isLessThan(options.get(3).averageKm());
		assertThat(options.get(3).moves()).isEqualTo(2);
		assertThat(options.get(3).averageKm()).isEqualTo(10.3);
	}

	@Test
	void oneChildIsNoReunification() {
		assertThat(ReunificationFinder.options(List.of(AMY), List.of(home("oak", 53.44, -2.80, Set.of())),
				List.of(eligible("oak", 70.0)))).isEmpty();
	}
}
