package org.kinmap.kinship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.kinmap.kinship.ChildContext.Connection;
import org.kinmap.kinship.ChildContext.Place;
import org.kinmap.kinship.KinshipViews.CandidateView;
import org.kinmap.kinship.KinshipViews.PersonLine;
import org.kinmap.kinship.KinshipViews.WorkListView;

/** The work list on a hand-built family, with the gaps of the same family. */
class WorkListTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

	static KinPerson p(String id, String name, String sex, String born, boolean deceased, boolean risk, Double lat,
			Double lon, boolean contactable) {
		return new KinPerson(id, name, sex, born == null ? null : LocalDate.parse(born), deceased, risk,
				risk ? "Conviction for violence towards a child" : null, contactable, lat, lon);
	}

	static Genogram family() {
		Genogram g = new Genogram()
			.person(p("child", "Amara Okafor-Lee", "female", "2016-05-04", false, false, null, null, true))
			.person(p("mum", "Sara Lee", "female", "1988-03-02", false, false, null, null, true))
			.person(p("dad", "Daniel Okafor", "male", "1985-11-20", false, true, null, null, true))
			.person(p("gran", "Joan Lee", "female", "1958-06-01", false, false, 53.463, -2.895, true))
			.person(p("grandad", "Peter Lee", "male", "1955-06-01", true, false, null, null, false))
			.person(p("aunt", "Megan Lee", "female", "1990-01-15", false, false, null, null, false))
			.person(p("brother", "Kofi Okafor-Lee", "male", "2019-09-30", false, false, null, null, false))
			.person(p("friend", "Ruth Adams", "female", "1970-01-01", false, false, 53.42, -2.86, true))
			.person(p("assessedAunt", "Lucy Lee", "female", "1992-01-01", false, false, null, null, true));
		g.birthParent("gran", "mum", "aunt", "assessedAunt").birthParent("grandad", "mum", "aunt", "assessedAunt")
			.birthParent("mum", "child", "brother").birthParent("dad", "child", "brother")
			.partners("gran", "grandad", "married", "widowed");
		return g;
	}

	static ChildContext context() {
		return new ChildContext("child", "Amara Okafor-Lee", LocalDate.of(2016, 5, 4), true, null,
				new Place("Hillside Primary", 53.405, -2.895),
				Map.of("friend", new Connection("family_friend", "family_group_conference"),
						"gran", new Connection("relative", "family_group_conference")),
				List.of(AssessmentSummary.of("a1", "viability", "in_progress", TODAY.minusWeeks(3), TODAY.minusWeeks(2), null,
						null, null, List.of("assessedAunt"))),
				Map.of("gran", "fortnightly"), Set.of());
	}

	@Test
	void ranksCloseRelativesFirstAndListsParentsAndRisksApart() {
		Genogram g = family();
		ChildContext child = context();
		WorkListView list = WorkList.build(g, Relatives.of(g, child, 5), child, TODAY, 5);
		assertThat(list.candidates()).extracting(CandidateView::rank, CandidateView::personId, CandidateView::relationship,
				CandidateView::closeRelative)
			.containsExactly(tuple(1, "gran", "maternal grandmother", true), tuple(2, "aunt", "aunt", true),
					tuple(3, "friend", "family friend", false));
		assertThat(list.candidates().get(0).sentence()).isEqualTo("Maternal grandmother, close relative (s105). "
				+ "Not yet assessed. Sees Amara fortnightly. Proposed at the family group conference. "
				+ "Aged 68; would be 76 when Amara turns 18. 4 miles from Hillside Primary.");
		assertThat(list.candidates().get(0).score()).isEqualTo(1000 + 40 + 50 + 50 + 0 + 30);
		assertThat(list.candidates().get(1).sentence())
			.isEqualTo("Aunt, close relative (s105). Not yet assessed. Address not recorded.");
		assertThat(list.parents()).extracting(PersonLine::personId, PersonLine::note)
			.containsExactly(tuple("dad", "Parents are assessed separately. Flagged as a risk to children."),
					tuple("mum", "Parents are assessed separately."));
		assertThat(list.riskFlagged()).isEmpty();
		// The deceased grandfather, the child's brother (under 18) and the aunt being assessed are not candidates.
		assertThat(list.candidates()).extracting(CandidateView::personId).doesNotContain("grandad", "brother", "assessedAunt");
	}

	@Test
	void theRelativesListCarriesTheFlags() {
		Genogram g = family();
		ChildContext child = context();
		var views = Relatives.views(g, Relatives.of(g, child, 5), child, TODAY);
		var grandad = views.stream().filter(v -> v.personId().equals("grandad")).findFirst().orElseThrow();
		assertThat(grandad.deceased()).isTrue();
		assertThat(grandad.relationship()).isEqualTo("maternal grandfather");
		assertThat(grandad.closeRelative()).isTrue();
		var brother = views.stream().filter(v -> v.personId().equals("brother")).findFirst().orElseThrow();
		assertThat(brother.under18()).isTrue();
		assertThat(brother.age()).isEqualTo(7);
		var dad = views.stream().filter(v -> v.personId().equals("dad")).findFirst().orElseThrow();
		assertThat(dad.riskToChildren()).isTrue();
		var aunt = views.stream().filter(v -> v.personId().equals("assessedAunt")).findFirst().orElseThrow();
		assertThat(aunt.assessmentStatus()).isEqualTo("in_progress");
		assertThat(aunt.assessments()).singleElement().extracting(AssessmentSummary::startedOn)
			.isEqualTo(TODAY.minusWeeks(2));
		assertThat(views.stream().filter(v -> v.personId().equals("gran")).findFirst().orElseThrow().relationships())
			.as("a relative who is also recorded as a connected 'relative' keeps one relationship").hasSize(1);
	}

	@Test
	void aRiskFlaggedUncleIsListedApartAndNeverACandidate() {
		Genogram g = family().person(p("uncle", "Jon Lee", "male", "1985-01-01", false, true, null, null, true));
		g.birthParent("gran", "uncle").birthParent("grandad", "uncle");
		ChildContext child = context();
		var found = Relatives.of(g, child, 5);
		assertThat(found.get("uncle").get(0)).extracting(Kinship::relationship, Kinship::closeRelative)
			.containsExactly("uncle", true);
		WorkListView list = WorkList.build(g, found, child, TODAY, 5);
		assertThat(list.riskFlagged()).extracting(PersonLine::personId, PersonLine::relationship, PersonLine::note)
			.containsExactly(tuple("uncle", "uncle",
					"Flagged as a risk to children: Conviction for violence towards a child. Not a candidate."));
		assertThat(list.candidates()).extracting(CandidateView::personId).doesNotContain("uncle");
	}

	@Test
	void theGapsOfThisFamily() {
		Genogram g = family();
		ChildContext child = context();
		var gaps = NetworkGaps.find(new GapRule.Facts(g, Relatives.of(g, child, 5), child, TODAY));
		assertThat(gaps).extracting(KinshipViews.Gap::code)
			.containsExactly("no_paternal_grandparents", "nobody_beyond_father", "no_way_to_contact");
		assertThat(gaps.get(2).personIds()).containsExactly("aunt");
	}

	@Test
	void aRiskNoteReadsAsOneSentenceWhetherOrNotItEndsWithAFullStop() {
		org.assertj.core.api.Assertions.assertThat(WorkList.sentence("Not safe with children.")).isEqualTo("Not safe with children.");
		org.assertj.core.api.Assertions.assertThat(WorkList.sentence("Not safe with children ")).isEqualTo("Not safe with children.");
	}

	@Test
	void aDeceasedPersonsAgeIsTheirAgeAtDeathAndAnAncestorBornCenturiesAgoIsNotAlive() {
		KinPerson died = new KinPerson("gg", "Edith Marlow", "female", LocalDate.parse("1930-04-10"), false, false, null,
				false, null, null, LocalDate.parse("2010-01-05"));
		assertThat(died.deceased()).isTrue();
		assertThat(died.ageOn(TODAY)).isEqualTo(79);
		assertThat(died.ageInWords(TODAY)).isEqualTo("Died aged 79.");
		KinPerson deceasedNoDate = p("gd", "Albert Marlow", "male", "1925-02-01", true, false, null, null, false);
		assertThat(deceasedNoDate.ageOn(TODAY)).isNull();
		assertThat(deceasedNoDate.ageInWords(TODAY)).isEqualTo("Deceased; age at death not known.");
		KinPerson ancestor = p("anc", "Thomas Marlow", "male", "1712-06-01", false, false, null, null, false);
		assertThat(ancestor.ageOn(TODAY)).isNull();
		assertThat(ancestor.presumedDeceasedOn(TODAY)).isTrue();
		assertThat(ancestor.livingOn(TODAY)).isFalse();
		assertThat(ancestor.ageInWords(TODAY)).isEqualTo("Born 1712 and no death recorded: presumed deceased, age not known.");
		KinPerson oldest = p("old", "Ivy Marlow", "female", "1906-12-01", false, false, null, null, false);
		assertThat(oldest.ageOn(TODAY)).isEqualTo(119);
		assertThat(oldest.ageInWords(TODAY)).isEqualTo("Aged 119.");
	}

	@Test
	void anAncestorBornCenturiesAgoIsShownAsPresumedDeceasedAndIsNoCandidate() {
		Genogram g = family().person(p("ggGran", "Hester Lee", "female", "1812-03-01", false, false, null, null, true))
			.person(p("ggGrandad", "Walter Lee", "male", "1928-01-01", false, false, null, null, true));
		g.birthParent("ggGran", "gran").birthParent("ggGrandad", "gran");
		ChildContext child = context();
		var found = Relatives.of(g, child, 5);
		var hester = Relatives.views(g, found, child, TODAY).stream().filter(v -> v.personId().equals("ggGran"))
			.findFirst().orElseThrow();
		assertThat(hester.relationship()).isEqualTo("maternal great-grandmother");
		assertThat(hester.age()).isNull();
		assertThat(hester.deceased()).isTrue();
		assertThat(hester.ageInWords()).isEqualTo("Born 1812 and no death recorded: presumed deceased, age not known.");
		var grandad = Relatives.views(g, found, child, TODAY).stream().filter(v -> v.personId().equals("grandad"))
			.findFirst().orElseThrow();
		assertThat(grandad.ageInWords()).isEqualTo("Deceased; age at death not known.");
		WorkListView list = WorkList.build(g, found, child, TODAY, 5);
		assertThat(list.candidates()).extracting(CandidateView::personId).doesNotContain("ggGran").contains("ggGrandad");
	}
}
