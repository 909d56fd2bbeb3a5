package org.kinmap.kinship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kinmap.network.ParentLinkType.ADOPTIVE;
import static org.kinmap.network.ParentLinkType.BIRTH;
import static org.kinmap.network.ParentLinkType.SPECIAL_GUARDIAN;
import static org.kinmap.network.ParentLinkType.STEP;

import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Hand-built genograms with exact labels, kinds, generations, sides and the s105 test. The index child in the
 * main family is "kid"; every person is named by what they are to the child.
 */
class KinshipLabellerTests {

	static Genogram family() {
		Genogram g = new Genogram();
		for (String f : List.of("kid", "twin", "mum", "mgm", "aunt", "exAunt", "mggm", "greatAunt", "cousin", "halfSister",
				"niece", "stepMum", "stepSister", "pgm", "stepGran", "sister")) {
			g.person(f, "female");
		}
		for (String m : List.of("dad", "mgf", "mgmEx", "halfUncle", "uncle", "auntHusband", "cousinKid", "otherDad",
				"mumPartner", "pgf", "riskUncle", "mggf", "stepMumEx", "nephewsDad")) {
			g.person(m, "male");
		}
		g.birthParent("mggm", "mgm", "greatAunt").birthParent("mggf", "mgm", "greatAunt")
			.birthParent("mgm", "mum", "aunt", "uncle", "halfUncle")
			.birthParent("mgf", "mum", "aunt", "uncle")
			.birthParent("mgmEx", "halfUncle")
			.birthParent("uncle", "cousin")
			.birthParent("cousin", "cousinKid")
			.birthParent("mum", "kid", "twin", "sister", "halfSister")
			.birthParent("dad", "kid", "twin", "sister")
			.birthParent("otherDad", "halfSister")
			.birthParent("halfSister", "niece")
			.birthParent("pgm", "dad", "riskUncle")
			.birthParent("pgf", "dad", "riskUncle")
			.birthParent("stepMum", "stepSister")
			.birthParent("stepMumEx", "stepSister");
		g.partners("mgm", "mgf", "married", "current")
			.partners("aunt", "auntHusband", "married", "current")
			.partners("uncle", "exAunt", "married", "divorced")
			.partners("mum", "dad", "married", "divorced")
			.partners("mum", "mumPartner", "cohabiting", "current")
			.partners("dad", "stepMum", "married", "current")
			.partners("pgf", "stepGran", "married", "current")
			.partners("pgf", "pgm", "married", "divorced");
		g.bornTogether("mb1", "kid", "twin");
		return g;
	}

	static Map<String, List<Kinship>> relatives(Genogram g, String index, int maxDegree) {
		return new KinshipLabeller(g).relativesOf(index, maxDegree);
	}

	static Kinship first(Map<String, List<Kinship>> r, String id) {
		assertThat(r).as("relatives include %s", id).containsKey(id);
		return r.get(id).get(0);
	}

	static void expect(Map<String, List<Kinship>> r, String id, String label, int up, int down, Side side, Kind kind,
			boolean close) {
		Kinship k = first(r, id);
		assertThat(k.relationship()).as(id).isEqualTo(label);
		assertThat(k.generationsUp()).as(id + " up").isEqualTo(up);
		assertThat(k.generationsDown()).as(id + " down").isEqualTo(down);
		assertThat(k.side()).as(id + " side").isEqualTo(side);
		assertThat(k.kind()).as(id + " kind").isEqualTo(kind);
		assertThat(k.closeRelative()).as(id + " s105").isEqualTo(close);
	}

	@Test
	void parentsGrandparentsAndGreatGrandparents() {
		var r = relatives(family(), "kid", 5);
		expect(r, "mum", "mother", 1, 0, Side.MATERNAL, Kind.BLOOD, false);
		expect(r, "dad", "father", 1, 0, Side.PATERNAL, Kind.BLOOD, false);
		expect(r, "mgm", "maternal grandmother", 2, 0, Side.MATERNAL, Kind.BLOOD, true);
		expect(r, "pgf", "paternal grandfather", 2, 0, Side.PATERNAL, Kind.BLOOD, true);
		expect(r, "mggm", "maternal great-grandmother", 3, 0, Side.MATERNAL, Kind.BLOOD, false);
		expect(r, "mggf", "maternal great-grandfather", 3, 0, Side.MATERNAL, Kind.BLOOD, false);
	}

	@Test
	void siblingsFullHalfAndTwin() {
		var r = relatives(family(), "kid", 5);
		expect(r, "sister", "sister", 1, 1, Side.BOTH, Kind.BLOOD, true);
		expect(r, "twin", "twin sister", 1, 1, Side.BOTH, Kind.BLOOD, true);
		expect(r, "halfSister", "half-sister", 1, 1, Side.MATERNAL, Kind.HALF_BLOOD, true);
		expect(r, "niece", "half-niece", 1, 2, Side.MATERNAL, Kind.HALF_BLOOD, false);
		assertThat(r.get("sister")).hasSize(1);
	}

	@Test
	void auntsAndUnclesOfFullAndHalfBloodAndByMarriage() {
		var r = relatives(family(), "kid", 5);
		expect(r, "aunt", "aunt", 2, 1, Side.MATERNAL, Kind.BLOOD, true);
		expect(r, "uncle", "uncle", 2, 1, Side.MATERNAL, Kind.BLOOD, true);
		expect(r, "halfUncle", "half-uncle", 2, 1, Side.MATERNAL, Kind.HALF_BLOOD, true);
		expect(r, "riskUncle", "uncle", 2, 1, Side.PATERNAL, Kind.BLOOD, true);
		expect(r, "auntHusband", "uncle by marriage", 2, 1, Side.MATERNAL, Kind.BY_MARRIAGE, true);
		expect(r, "greatAunt", "great-aunt", 3, 1, Side.MATERNAL, Kind.BLOOD, false);
		assertThat(r).doesNotContainKey("mgmEx");
	}

	@Test
	void aDivorcedAuntByMarriageIsShownAsFormerAndIsNotClose() {
		var r = relatives(family(), "kid", 5);
		expect(r, "exAunt", "former aunt by marriage", 2, 1, Side.MATERNAL, Kind.BY_MARRIAGE, false);
		assertThat(first(r, "exAunt").former()).isTrue();
	}

	@Test
	void cousinsAndRemoval() {
		var r = relatives(family(), "kid", 5);
		expect(r, "cousin", "first cousin", 2, 2, Side.MATERNAL, Kind.BLOOD, false);
		expect(r, "cousinKid", "first cousin once removed", 2, 3, Side.MATERNAL, Kind.BLOOD, false);
		assertThat(relatives(family(), "kid", 4)).doesNotContainKey("cousinKid").containsKey("cousin");
	}

	@Test
	void aStepParentIsMarriedToAParentAndAPartnerIsNot() {
		var r = relatives(family(), "kid", 5);
		expect(r, "stepMum", "step-mother", 1, 0, Side.PATERNAL, Kind.STEP, true);
		expect(r, "mumPartner", "mother's partner", 1, 0, Side.MATERNAL, Kind.PARTNER, false);
		expect(r, "stepSister", "step-sister", 1, 1, Side.PATERNAL, Kind.STEP, true);
		assertThat(r).doesNotContainKey("stepMumEx");
	}

	@Test
	void aParentsPartnerOrAFormerRelativeByMarriageComesAfterEveryRelative() {
		var r = relatives(family(), "kid", 5);
		List<String> order = r.entrySet().stream()
			.sorted(Map.Entry.comparingByValue(KinshipLabeller.BY_CLOSEST)).map(Map.Entry::getKey).toList();
		// Degree 1 and 3 by the relative they were partnered with, but no kin: after the first cousin once removed (5).
		assertThat(order.indexOf("mumPartner")).isGreaterThan(order.indexOf("cousinKid"));
		assertThat(order.indexOf("exAunt")).isGreaterThan(order.indexOf("cousinKid"));
		assertThat(order.indexOf("stepMum")).isLessThan(order.indexOf("mgm"));
	}

	@Test
	void aGrandparentsSpouseIsAStepGrandparentAndAFormerOneIsNotRepeated() {
		var r = relatives(family(), "kid", 5);
		expect(r, "stepGran", "paternal step-grandmother", 2, 0, Side.PATERNAL, Kind.STEP, true);
		// pgm is pgf's former wife but the father's own mother: a grandmother, never a "former step-grandmother".
		assertThat(r.get("pgm")).extracting(Kinship::relationship).containsExactly("paternal grandmother");
	}

	@Test
	void theDivorcedParentIsNotTheOtherParentsFormerSpouseInTheList() {
		var r = relatives(family(), "kid", 5);
		assertThat(r.get("dad")).extracting(Kinship::relationship).containsExactly("father");
		assertThat(r.get("mum")).extracting(Kinship::relationship).containsExactly("mother");
	}

	@Test
	void seenFromAnAdultTheChildrenAndGrandchildrenAreDescendants() {
		var r = relatives(family(), "mgm", 3);
		expect(r, "mum", "daughter", 0, 1, null, Kind.BLOOD, false);
		expect(r, "kid", "granddaughter", 0, 2, null, Kind.BLOOD, false);
		expect(r, "greatAunt", "sister", 1, 1, Side.BOTH, Kind.BLOOD, true);
		expect(r, "cousinKid", "great-grandson", 0, 3, null, Kind.BLOOD, false);
		expect(r, "mgf", "husband", 0, 0, null, Kind.BY_MARRIAGE, false);
		expect(r, "auntHusband", "son-in-law", 0, 1, null, Kind.BY_MARRIAGE, false);
		expect(r, "exAunt", "former daughter-in-law", 0, 1, null, Kind.BY_MARRIAGE, false);
		var fromDad = relatives(family(), "dad", 3);
		expect(fromDad, "stepMum", "wife", 0, 0, null, Kind.BY_MARRIAGE, false);
		expect(fromDad, "stepSister", "step-daughter", 0, 1, null, Kind.STEP, false);
		expect(fromDad, "mum", "former wife", 0, 0, null, Kind.BY_MARRIAGE, false);
		var fromAunt = relatives(family(), "greatAunt", 4);
		expect(fromAunt, "mum", "niece", 1, 2, Side.BOTH, Kind.BLOOD, false);
		expect(fromAunt, "kid", "great-niece", 1, 3, Side.BOTH, Kind.BLOOD, false);
		expect(fromAunt, "dad", "niece's former husband", 1, 2, Side.BOTH, Kind.BY_MARRIAGE, false);
	}

	@Test
	void anAdoptedChildHasAnAdoptiveFamilyInLawAndABirthFamilySeveredByTheAdoption() {
		Genogram g = new Genogram();
		for (String f : List.of("child", "adMum", "adGran", "adAunt", "bMum", "bGran", "bSister")) {
			g.person(f, "female");
		}
		for (String m : List.of("adDad", "bDad", "bUncle")) {
			g.person(m, "male");
		}
		g.parent("adMum", "child", ADOPTIVE).parent("adDad", "child", ADOPTIVE)
			.birthParent("bMum", "child", "bSister").birthParent("bDad", "child", "bSister")
			.birthParent("adGran", "adMum", "adAunt").birthParent("bGran", "bMum", "bUncle");
		var r = relatives(g, "child", 5);
		expect(r, "adMum", "adoptive mother", 1, 0, Side.MATERNAL, Kind.ADOPTIVE, false);
		expect(r, "adGran", "adoptive maternal grandmother", 2, 0, Side.MATERNAL, Kind.ADOPTIVE, true);
		expect(r, "adAunt", "adoptive aunt", 2, 1, Side.MATERNAL, Kind.ADOPTIVE, true);
		expect(r, "bMum", "birth mother", 1, 0, Side.MATERNAL, Kind.BIRTH, false);
		expect(r, "bGran", "birth maternal grandmother", 2, 0, Side.MATERNAL, Kind.BIRTH, false);
		expect(r, "bUncle", "birth uncle", 2, 1, Side.MATERNAL, Kind.BIRTH, false);
		expect(r, "bSister", "birth sister", 1, 1, Side.BOTH, Kind.BIRTH, false);
	}

	@Test
	void aCousinMarriageGivesTwoRelationshipsClosestFirst() {
		// The uncle married his first cousin: to the child she is an aunt by marriage and a first cousin once removed.
		Genogram g = new Genogram();
		for (String f : List.of("child", "mum", "gran", "granSister", "wife", "ggm")) {
			g.person(f, "female");
		}
		for (String m : List.of("uncle", "ggf", "grandad")) {
			g.person(m, "male");
		}
		g.birthParent("ggm", "gran", "granSister").birthParent("ggf", "gran", "granSister")
			.birthParent("gran", "mum", "uncle").birthParent("grandad", "mum", "uncle")
			.birthParent("granSister", "wife").birthParent("mum", "child")
			.partners("uncle", "wife", "married", "current");
		var r = relatives(g, "child", 5);
		assertThat(r.get("wife")).extracting(Kinship::relationship, Kinship::generationsUp, Kinship::generationsDown,
				Kinship::kind, Kinship::closeRelative)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple("aunt by marriage", 2, 1, Kind.BY_MARRIAGE, true),
					org.assertj.core.groups.Tuple.tuple("first cousin once removed", 3, 2, Kind.BLOOD, false));
	}

	@Test
	void aGrandmotherWhoMarriedTheOtherGrandfatherIsAlsoAStepGrandmother() {
		Genogram g = new Genogram();
		for (String f : List.of("child", "mum", "mgm", "pgm")) {
			g.person(f, "female");
		}
		for (String m : List.of("dad", "pgf")) {
			g.person(m, "male");
		}
		g.birthParent("mgm", "mum").birthParent("pgm", "dad").birthParent("pgf", "dad")
			.birthParent("mum", "child").birthParent("dad", "child")
			.partners("pgf", "pgm", "married", "divorced").partners("pgf", "mgm", "married", "current");
		var r = relatives(g, "child", 5);
		assertThat(r.get("mgm")).extracting(Kinship::relationship, Kinship::side, Kinship::kind, Kinship::closeRelative)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("maternal grandmother", Side.MATERNAL, Kind.BLOOD, true),
					org.assertj.core.groups.Tuple.tuple("paternal step-grandmother", Side.PATERNAL, Kind.STEP, true));
	}

	@Test
	void directStepAndGuardianTiesAndExplicitSiblingLinks() {
		Genogram g = new Genogram().person("child", "male").person("sg", "female").person("stepDad", "male")
			.person("halfBro", "male").person("someone", "unknown");
		g.parent("sg", "child", SPECIAL_GUARDIAN).parent("stepDad", "child", STEP)
			.siblings("child", "halfBro", "half_paternal").siblings("child", "someone", "full");
		var r = relatives(g, "child", 5);
		expect(r, "stepDad", "step-father", 1, 0, null, Kind.STEP, true);
		expect(r, "halfBro", "half-brother", 1, 1, Side.PATERNAL, Kind.HALF_BLOOD, true);
		expect(r, "someone", "sibling", 1, 1, Side.BOTH, Kind.BLOOD, true);
		Kinship sg = first(r, "sg");
		assertThat(sg.relationship()).isEqualTo("special guardian");
		assertThat(sg.kind()).isEqualTo(Kind.CONNECTED_PERSON);
		assertThat(sg.nature()).isEqualTo("special_guardian");
		assertThat(sg.closeRelative()).isFalse();
	}

	@Test
	void aRecordedHalfSiblingLinkOutranksOneSharedRecordedParent() {
		// Only the mother is recorded for both boys; the case record says they are half-brothers through her.
		Genogram g = new Genogram().person("kid", "male").person("mum", "female").person("bro", "male")
			.person("brosSon", "male");
		g.birthParent("mum", "kid", "bro").birthParent("bro", "brosSon").siblings("kid", "bro", "half_maternal");
		var r = relatives(g, "kid", 5);
		expect(r, "bro", "half-brother", 1, 1, Side.MATERNAL, Kind.HALF_BLOOD, true);
		assertThat(r.get("bro")).hasSize(1);
		expect(r, "brosSon", "half-nephew", 1, 2, Side.MATERNAL, Kind.HALF_BLOOD, false);
		// Seen from the half-brother's son, the kid is a half-uncle.
		expect(relatives(g, "brosSon", 5), "kid", "half-uncle", 2, 1, Side.PATERNAL, Kind.HALF_BLOOD, true);
	}

	@Test
	void twinsRecordedOnlyByTheirMultipleBirthAreTwinSiblings() {
		Genogram g = new Genogram().person("kid", "female").person("twinBro", "male").person("twinSis", "female")
			.person("halfTwin", "male").person("cousin", "male");
		g.bornTogether("mb1", "kid", "twinBro", "twinSis").bornTogether("mb2", "cousin");
		var r = relatives(g, "kid", 5);
		expect(r, "twinBro", "twin brother", 1, 1, Side.BOTH, Kind.BLOOD, true);
		expect(r, "twinSis", "twin sister", 1, 1, Side.BOTH, Kind.BLOOD, true);
		assertThat(r.get("twinBro")).hasSize(1);
		assertThat(r).doesNotContainKey("cousin").doesNotContainKey("halfTwin");
		expect(relatives(g, "twinBro", 5), "kid", "twin sister", 1, 1, Side.BOTH, Kind.BLOOD, true);
		// A recorded link between twins says how they are siblings.
		g.bornTogether("mb1", "halfTwin").siblings("halfTwin", "kid", "half_paternal");
		expect(relatives(g, "kid", 5), "halfTwin", "half-brother", 1, 1, Side.PATERNAL, Kind.HALF_BLOOD, true);
	}

	@Test
	void aSiblingLinkOfUnknownTypeDoesNotClaimFullBlood() {
		Genogram g = new Genogram().person("kid", "female").person("bro", "male").person("sis", "female");
		g.siblings("kid", "bro", "unknown").siblings("sis", "kid", null);
		var r = relatives(g, "kid", 5);
		expect(r, "bro", "brother", 1, 1, null, Kind.SIBLING_UNKNOWN, true);
		expect(r, "sis", "sister", 1, 1, null, Kind.SIBLING_UNKNOWN, true);
	}

	@Test
	void oneSharedRecordedParentWithoutALinkProvesNeitherFullNorHalfBlood() {
		// Both children have their mother recorded; only the child has a father recorded. Nothing says whether the
		// brother's father is the same man.
		Genogram g = new Genogram().person("kid", "female").person("mum", "female").person("dad", "male")
			.person("bro", "male").person("brosDaughter", "female").person("sis", "female");
		g.birthParent("mum", "kid", "bro", "sis").birthParent("dad", "kid", "sis").birthParent("bro", "brosDaughter");
		var r = relatives(g, "kid", 5);
		expect(r, "bro", "brother", 1, 1, Side.MATERNAL, Kind.SIBLING_UNKNOWN, true);
		expect(r, "brosDaughter", "niece", 1, 2, Side.MATERNAL, Kind.BLOOD_UNKNOWN, false);
		// The same two parents recorded for both: full blood.
		expect(r, "sis", "sister", 1, 1, Side.BOTH, Kind.BLOOD, true);
		// Each with a parent the other has not: half blood.
		g.person("otherDad", "male").birthParent("otherDad", "bro");
		expect(relatives(g, "kid", 5), "bro", "half-brother", 1, 1, Side.MATERNAL, Kind.HALF_BLOOD, true);
	}

	@Test
	void greatGreatGrandparentsAndGreatAuntsByMarriageFollowTheNaming() {
		assertThat(Labels.blood(4, 0, "male", false, Side.PATERNAL)).isEqualTo("paternal great-great-grandfather");
		assertThat(Labels.blood(4, 1, "female", false, null)).isEqualTo("great-great-aunt");
		assertThat(Labels.blood(3, 3, "female", false, null)).isEqualTo("second cousin");
		assertThat(Labels.blood(2, 4, "male", true, null)).isEqualTo("half first cousin twice removed");
		assertThat(Labels.blood(1, 3, "unknown", false, null)).isEqualTo("great-niece or nephew");
	}

	@Test
	void badInputIsRefusedWithAReason() {
		assertThatThrownBy(() -> relatives(family(), "nobody", 5)).hasMessage("Person 'nobody' is not in the genogram");
		assertThatThrownBy(() -> relatives(family(), "kid", 0)).hasMessage("maxDegree must be at least 1, was 0");
	}

	/** Seeded random families: invariants that hold whatever the shape. */
	@Test
	void randomFamiliesKeepTheInvariants() {
		Random random = new Random(42);
		for (int round = 0; round < 30; round++) {
			Genogram g = new Genogram();
			int n = 60;
			for (int i = 0; i < n; i++) {
				g.person("p" + i, i % 2 == 0 ? "female" : "male");
			}
			for (int i = 2; i < n; i++) {
				int mother = 2 * random.nextInt(i / 2);
				int father = 2 * random.nextInt(i / 2) + 1;
				if (father < i && random.nextInt(10) > 0) {
					g.parent("p" + mother, "p" + i, BIRTH);
					g.parent("p" + father, "p" + i, BIRTH);
				}
				if (random.nextInt(8) == 0) {
					g.partners("p" + mother, "p" + father, random.nextBoolean() ? "married" : "cohabiting", "current");
				}
			}
			int maxDegree = 1 + random.nextInt(6);
			var r = relatives(g, "p" + (n - 1), maxDegree);
			assertThat(r).doesNotContainKey("p" + (n - 1));
			r.forEach((id, list) -> {
				assertThat(list).isNotEmpty().isSortedAccordingTo(Kinship.CLOSEST_FIRST);
				list.forEach(k -> {
					assertThat(k.degree()).isLessThanOrEqualTo(maxDegree);
					assertThat(k.relationship()).isNotBlank();
					if (k.closeRelative()) {
						assertThat(k.degree()).as(k.toString()).isBetween(k.kind() == Kind.STEP ? 1 : 2, 3);
					}
				});
			});
		}
	}
}
