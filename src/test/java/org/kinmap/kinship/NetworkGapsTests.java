package org.kinmap.kinship;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.kinmap.kinship.ChildContext.Connection;
import org.kinmap.kinship.KinshipViews.Gap;

/** Each gap rule on its own. */
class NetworkGapsTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

	static GapRule.Facts facts(Genogram g, ChildContext child) {
		return new GapRule.Facts(g, Relatives.of(g, child, 5), child, TODAY);
	}

	static ChildContext child(Map<String, Connection> connected, List<AssessmentSummary> assessments) {
		return new ChildContext("child", "Amara Okafor-Lee", LocalDate.of(2016, 5, 4), true, null, null, connected,
				assessments, Map.of(), Set.of());
	}

	@Test
	void aChildWithNoParentsRecordedHasBothParentGaps() {
		Genogram g = new Genogram().person("child", "female");
		assertThat(new NetworkGaps.ParentNotRecorded().find(facts(g, child(Map.of(), List.of()))))
			.extracting(Gap::code).containsExactly("mother_not_recorded", "father_not_recorded");
	}

	@Test
	void aParentWithoutParentsIsASideWithNoGrandparentsAndNobodyBeyond() {
		Genogram g = new Genogram().person("child", "female").person("mum", "female").person("dad", "male")
			.person("pgm", "female");
		g.birthParent("mum", "child").birthParent("dad", "child").birthParent("pgm", "dad");
		var f = facts(g, child(Map.of(), List.of()));
		assertThat(new NetworkGaps.NoGrandparentsOnASide().find(f)).extracting(Gap::code, Gap::gap)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("no_maternal_grandparents",
					"No grandparents are recorded on the maternal side."));
		assertThat(new NetworkGaps.NobodyBeyondTheParent().find(f)).extracting(Gap::code)
			.containsExactly("nobody_beyond_mother");
	}

	@Test
	void noConnectedPersons() {
		Genogram g = new Genogram().person("child", "female").person("friend", "female");
		assertThat(new NetworkGaps.NoConnectedPersons().find(facts(g, child(Map.of(), List.of())))).hasSize(1);
		assertThat(new NetworkGaps.NoConnectedPersons()
			.find(facts(g, child(Map.of("friend", new Connection("neighbour", null)), List.of())))).isEmpty();
	}

	@Test
	void reg24ApprovalsExpiringWithinFourWeeksOrExpiredWithoutAFullAssessment() {
		Genogram g = new Genogram().person("child", "female").person("aunt", "female").person("uncle", "male")
			.person("gran", "female");
		AssessmentSummary expiring = AssessmentSummary.of("r1", "connected_person_reg24", "positive", null, null,
				TODAY.minusWeeks(14), TODAY.plusDays(10), null, List.of("aunt"));
		AssessmentSummary expired = AssessmentSummary.of("r2", "connected_person_reg24", "positive", null, null,
				TODAY.minusWeeks(20), TODAY.minusDays(3), null, List.of("uncle"));
		AssessmentSummary later = AssessmentSummary.of("r3", "connected_person_reg24", "positive", null, null,
				TODAY.minusWeeks(2), TODAY.plusWeeks(14), null, List.of("gran"));
		AssessmentSummary coveredReg24 = AssessmentSummary.of("r4", "connected_person_reg24", "positive", null, null,
				TODAY.minusWeeks(15), TODAY.plusDays(5), null, List.of("gran"));
		AssessmentSummary full = AssessmentSummary.of("f1", "connected_person_full", "positive", null, null,
				TODAY.minusWeeks(1), null, null, List.of("gran"));
		var gaps = new NetworkGaps.Reg24Expiring()
			.find(facts(g, child(Map.of(), List.of(expiring, expired, later, coveredReg24, full))));
		assertThat(gaps).extracting(Gap::code, Gap::personIds)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("reg24_expiring", List.of("aunt")),
					org.assertj.core.groups.Tuple.tuple("reg24_expired", List.of("uncle")));
		assertThat(gaps.get(0).gap()).isEqualTo("The Regulation 24 temporary approval expires on 2026-12-02 (in 10 days) "
				+ "and no full connected-person assessment has been approved.");
		assertThat(gaps.get(1).gap()).startsWith("The Regulation 24 temporary approval expired on 2026-11-19");
	}
}
