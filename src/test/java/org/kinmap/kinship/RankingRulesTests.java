package org.kinmap.kinship;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.kinmap.kinship.ChildContext.Connection;
import org.kinmap.kinship.ChildContext.Place;
import org.kinmap.kinship.RankingRule.Factor;

/** Each ranking rule on its own: points and the words. */
class RankingRulesTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

	static final Place SCHOOL = new Place("Hillside Primary", 53.405, -2.895);

	static ChildContext child(Map<String, Connection> connected, Map<String, String> contact, Set<String> raisedWith,
			List<AssessmentSummary> assessments) {
		return new ChildContext("c", "Amara Okafor-Lee", LocalDate.of(2016, 5, 4), true, null, SCHOOL, connected,
				assessments, contact, raisedWith);
	}

	static ChildContext plainChild() {
		return child(Map.of(), Map.of(), Set.of(), List.of());
	}

	static KinPerson person(LocalDate born, Double lat, Double lon) {
		return new KinPerson("p", "Joan Lee", "female", born, false, false, null, true, lat, lon);
	}

	static Prospect prospect(Kinship k, KinPerson p, ChildContext child) {
		return new Prospect(p, List.of(k), child, TODAY);
	}

	static final Kinship GRANDMOTHER = new Kinship("p", "maternal grandmother", 2, 0, Side.MATERNAL, Kind.BLOOD, null, true,
			false);

	static final Kinship COUSIN = new Kinship("p", "first cousin once removed", 2, 3, Side.PATERNAL, Kind.BLOOD, null,
			false, false);

	static final Kinship FRIEND = new Kinship("p", "family friend", null, null, null, Kind.CONNECTED_PERSON, "family_friend",
			false, false);

	@Test
	void closeRelativesOutweighEverythingElseAndSaySo() {
		Factor f = new CloseRelativeRule().judge(prospect(GRANDMOTHER, person(null, null, null), plainChild()));
		assertThat(f.points()).isEqualTo(1000);
		assertThat(f.reason()).isEqualTo("Maternal grandmother, close relative (s105).");
		assertThat(new CloseRelativeRule().judge(prospect(COUSIN, person(null, null, null), plainChild())).reason())
			.isEqualTo("First cousin once removed, wider family.");
		assertThat(new CloseRelativeRule().judge(prospect(FRIEND, person(null, null, null), plainChild())))
			.extracting(Factor::points, Factor::reason).containsExactly(0, "Family friend, connected person.");
	}

	@Test
	void closerKinScoresMoreAndConnectedPersonsNothing() {
		assertThat(new KinClosenessRule().judge(prospect(GRANDMOTHER, person(null, null, null), plainChild())).points())
			.isEqualTo(40);
		assertThat(new KinClosenessRule().judge(prospect(COUSIN, person(null, null, null), plainChild())).points())
			.isEqualTo(10);
		assertThat(new KinClosenessRule().judge(prospect(FRIEND, person(null, null, null), plainChild())).points()).isZero();
		assertThat(new KinClosenessRule().judge(prospect(GRANDMOTHER, person(null, null, null), plainChild())).spoken())
			.isFalse();
	}

	@Test
	void aParentsUnmarriedOrFormerPartnerInheritsNoClosenessFromTheParent() {
		Genogram g = new Genogram().person("kid", "female").person("mum", "female").person("dad", "male")
			.person("mumsEx", "male").person("exStepDad", "male").person("stepDad", "male").person("exsSon", "male");
		g.birthParent("mum", "kid").birthParent("dad", "kid").birthParent("mumsEx", "exsSon")
			.partners("mum", "mumsEx", "cohabiting", "separated")
			.partners("mum", "exStepDad", "married", "divorced")
			.partners("mum", "stepDad", "civil_partnership", "current");
		var r = new KinshipLabeller(g).relativesOf("kid", 5);
		KinClosenessRule rule = new KinClosenessRule();
		Factor ex = rule.judge(prospect(r.get("mumsEx").get(0), person(null, null, null), plainChild()));
		assertThat(r.get("mumsEx").get(0)).extracting(Kinship::relationship, Kinship::kind, Kinship::closeRelative)
			.containsExactly("mother's former partner", Kind.PARTNER, false);
		assertThat(ex).extracting(Factor::points, Factor::reason)
			.containsExactly(0,
					"Mother's former partner: not related by blood, marriage or civil partnership, so no degree of kinship.");
		assertThat(r.get("exStepDad").get(0)).extracting(Kinship::relationship, Kinship::kind, Kinship::closeRelative)
			.containsExactly("former step-father", Kind.STEP, false);
		assertThat(rule.judge(prospect(r.get("exStepDad").get(0), person(null, null, null), plainChild())))
			.extracting(Factor::points, Factor::reason)
			.containsExactly(0, "Former step-father: the marriage or civil partnership has ended, so no degree of kinship.");
		assertThat(rule.judge(prospect(r.get("exsSon").get(0), person(null, null, null), plainChild())).points()).isZero();
		// A step-parent by a current civil partnership is a relative (s105) and keeps the parent's degree.
		assertThat(r.get("stepDad").get(0)).extracting(Kinship::relationship, Kinship::kind, Kinship::closeRelative)
			.containsExactly("step-father", Kind.STEP, true);
		assertThat(rule.judge(prospect(r.get("stepDad").get(0), person(null, null, null), plainChild())))
			.extracting(Factor::points, Factor::reason).containsExactly(50, "Related in degree 1 (1 up, 0 down).");
	}

	@Test
	void anExistingRelationshipCounts() {
		var raised = child(Map.of(), Map.of(), Set.of("p"), List.of());
		assertThat(new ExistingRelationshipRule().judge(prospect(COUSIN, person(null, null, null), raised)))
			.extracting(Factor::points, Factor::reason).containsExactly(80, "Raised with Amara.");
		var weekly = child(Map.of(), Map.of("p", "weekly"), Set.of(), List.of());
		assertThat(new ExistingRelationshipRule().judge(prospect(COUSIN, person(null, null, null), weekly)))
			.extracting(Factor::points, Factor::reason).containsExactly(60, "Sees Amara weekly.");
		var yearly = child(Map.of(), Map.of("p", "yearly"), Set.of(), List.of());
		assertThat(new ExistingRelationshipRule().judge(prospect(COUSIN, person(null, null, null), yearly)))
			.extracting(Factor::points, Factor::reason).containsExactly(10, "Sees Amara once a year.");
		assertThat(new ExistingRelationshipRule().judge(prospect(COUSIN, person(null, null, null), plainChild())))
			.extracting(Factor::points, Factor::spoken).containsExactly(0, false);
	}

	@Test
	void proposedByTheFamilyOrNamedByTheChild() {
		var fgc = child(Map.of("p", new Connection("relative", "family_group_conference")), Map.of(), Set.of(), List.of());
		assertThat(new ProposedRule().judge(prospect(GRANDMOTHER, person(null, null, null), fgc)))
			.extracting(Factor::points, Factor::reason).containsExactly(50, "Proposed at the family group conference.");
		var named = child(Map.of("p", new Connection("family_friend", "named_by_child")), Map.of(), Set.of(), List.of());
		assertThat(new ProposedRule().judge(prospect(FRIEND, person(null, null, null), named)))
			.extracting(Factor::points, Factor::reason).containsExactly(70, "Named by the child.");
		assertThat(new ProposedRule().judge(prospect(COUSIN, person(null, null, null), plainChild())).points()).isZero();
	}

	@Test
	void ageIsWeighedAgainstCaringUntilTheChildIsEighteen() {
		// Amara is 10; she turns 18 in 8 years.
		AgeForCaringRule rule = new AgeForCaringRule();
		assertThat(rule.judge(prospect(GRANDMOTHER, person(LocalDate.of(1970, 1, 1), null, null), plainChild())))
			.extracting(Factor::points, Factor::reason).containsExactly(30, "Aged 56; 64 when Amara turns 18.");
		assertThat(rule.judge(prospect(GRANDMOTHER, person(LocalDate.of(1960, 1, 1), null, null), plainChild())))
			.extracting(Factor::points, Factor::reason).containsExactly(15, "Aged 66; 74 when Amara turns 18.");
		assertThat(rule.judge(prospect(GRANDMOTHER, person(LocalDate.of(1950, 1, 1), null, null), plainChild())))
			.extracting(Factor::points, Factor::reason).containsExactly(0, "Aged 76; would be 84 when Amara turns 18.");
		assertThat(rule.judge(prospect(GRANDMOTHER, person(LocalDate.of(2007, 1, 1), null, null), plainChild())))
			.extracting(Factor::points, Factor::reason).containsExactly(10, "Aged 19: a young carer.");
		assertThat(rule.judge(prospect(GRANDMOTHER, person(null, null, null), plainChild())).reason())
			.isEqualTo("Age not recorded: check they are an adult.");
	}

	@Test
	void nearerTheSchoolOrHomeIsBetter() {
		DistanceRule rule = new DistanceRule();
		// About 4 miles north of the school.
		assertThat(rule.judge(prospect(GRANDMOTHER, person(null, 53.463, -2.895), plainChild())))
			.extracting(Factor::points, Factor::reason).containsExactly(30, "4 miles from Hillside Primary.");
		assertThat(rule.judge(prospect(GRANDMOTHER, person(null, 53.405, -2.895), plainChild())).reason())
			.isEqualTo("Under a mile from Hillside Primary.");
		assertThat(rule.judge(prospect(GRANDMOTHER, person(null, 54.405, -2.895), plainChild())))
			.extracting(Factor::points, Factor::reason).containsExactly(0, "69 miles from Hillside Primary.");
		assertThat(rule.judge(prospect(GRANDMOTHER, person(null, null, null), plainChild())).reason())
			.isEqualTo("Address not recorded.");
		var homeOnly = new ChildContext("c", "Amara Okafor-Lee", null, true, new Place("home", 53.405, -2.895), null,
				Map.of(), List.of(), Map.of(), Set.of());
		assertThat(rule.judge(prospect(GRANDMOTHER, person(null, 53.55, -2.895), homeOnly)).reason())
			.isEqualTo("10 miles from Amara's home.");
	}

	@Test
	void theAssessmentHistoryIsSaid() {
		var withdrawn = child(Map.of(), Map.of(), Set.of(), List.of(AssessmentSummary.of("a", "viability", "withdrawn",
				TODAY.minusMonths(2), null, TODAY.minusMonths(1), null, "Moved abroad", List.of("p"))));
		assertThat(new AssessmentHistoryRule().judge(prospect(GRANDMOTHER, person(null, null, null), withdrawn)).reason())
			.isEqualTo("Already named in 1 assessment.");
		assertThat(new AssessmentHistoryRule().judge(prospect(GRANDMOTHER, person(null, null, null), plainChild())).reason())
			.isEqualTo("Not yet assessed.");
	}
}
