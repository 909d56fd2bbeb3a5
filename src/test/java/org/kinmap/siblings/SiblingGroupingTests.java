package org.kinmap.siblings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.kinmap.system.BadRequestException;

class SiblingGroupingTests {

	static Map<String, SiblingRelation> relations(Families f) {
		return SiblingRelations.derive(f.links());
	}

	static SiblingRelation between(Map<String, SiblingRelation> relations, String a, String b) {
		return relations.get(SiblingRelations.key(a, b));
	}

	static List<SiblingGroup> groups(Families f, Set<SiblingKind> kinds) {
		return new SiblingGrouping(kinds).groups(relations(f).values());
	}

	@Test
	void halfSiblingsByTwoFathersAreOneGroupThroughTheirMother() {
		Families f = new Families().birth("mum", "dad1", "amy", "ben").birth("mum", "dad2", "cal")
			.birth("wendy", "dad2", "dee");
		var r = relations(f);

		assertThat(between(r, "amy", "ben").kinds()).containsExactly(SiblingKind.FULL);
		assertThat(between(r, "amy", "ben").via()).isEqualTo("both children of Mum and Dad1");
		assertThat(between(r, "amy", "cal").kinds()).containsExactly(SiblingKind.HALF_MATERNAL);
		assertThat(between(r, "ben", "cal").kind()).isEqualTo(SiblingKind.HALF_MATERNAL);
		assertThat(between(r, "ben", "cal").via()).isEqualTo("both children of Mum only");
		assertThat(between(r, "cal", "dee").kind()).isEqualTo(SiblingKind.HALF_PATERNAL);
		assertThat(between(r, "amy", "dee")).isNull();
		assertThat(r).hasSize(4);

		List<SiblingGroup> groups = groups(f, SiblingKind.DEFAULT);
		assertThat(groups).hasSize(1);
		assertThat(groups.get(0).members()).containsExactly("amy", "ben", "cal", "dee");
		assertThat(groups.get(0).relations()).hasSize(4);
		assertThat(groups(f, EnumSet.of(SiblingKind.FULL))).extracting(SiblingGroup::members)
			.containsExactly(List.of("amy", "ben"));
	}

	@Test
	void stepSiblingsThroughARemarriageJoinOnlyWhenStepIsAsked() {
		// Mum has Amy with her first husband; she marries Sam, who has Ben from before; Mum and Sam have Cal.
		Families f = new Families().birth("mum", "dad1", "amy").birth("exwife", "sam", "ben")
			.partners("mum", "dad1", "divorced").partners("mum", "sam", "current");
		var r = relations(f);
		assertThat(between(r, "amy", "ben").kinds()).containsExactly(SiblingKind.STEP);
		assertThat(between(r, "amy", "ben").via()).isEqualTo("through the partnership of Mum and Sam");

		assertThat(groups(f, SiblingKind.DEFAULT)).isEmpty();
		assertThat(groups(f, EnumSet.of(SiblingKind.STEP))).extracting(SiblingGroup::members)
			.containsExactly(List.of("amy", "ben"));

		f.birth("mum", "sam", "cal");
		r = relations(f);
		assertThat(between(r, "amy", "ben").kinds()).containsExactly(SiblingKind.STEP);
		assertThat(between(r, "amy", "cal").kind()).isEqualTo(SiblingKind.HALF_MATERNAL);
		assertThat(between(r, "ben", "cal").kind()).isEqualTo(SiblingKind.HALF_PATERNAL);
		assertThat(groups(f, SiblingKind.DEFAULT)).extracting(SiblingGroup::members)
			.containsExactly(List.of("amy", "ben", "cal"));
	}

	@Test
	void aStepParentLinkMakesTheStepParentsChildrenStepSiblings() {
		Families f = new Families().birth("mum", null, "amy").parent("sam", "male", "step", "amy")
			.parent("sam", "male", "birth", "ben");
		assertThat(between(relations(f), "amy", "ben").kinds()).containsExactly(SiblingKind.STEP);
	}

	@Test
	void anAdoptedSiblingIsAnAdoptiveSiblingOfTheFamilysBirthChild() {
		Families f = new Families().birth("ann", "paul", "amy").parent("ann", "female", "adoptive", "ben")
			.parent("paul", "male", "adoptive", "ben").birth("bmum", null, "ben", "cal");
		var r = relations(f);
		assertThat(between(r, "amy", "ben").kinds()).containsExactly(SiblingKind.ADOPTIVE);
		assertThat(between(r, "amy", "ben").via()).isEqualTo("both brought up as children of Ann and Paul by adoption");
		assertThat(between(r, "ben", "cal").kind()).isEqualTo(SiblingKind.HALF_MATERNAL);
		assertThat(groups(f, SiblingKind.DEFAULT)).extracting(SiblingGroup::members)
			.containsExactly(List.of("amy", "ben", "cal"));
		assertThat(groups(f, EnumSet.of(SiblingKind.FULL, SiblingKind.HALF_MATERNAL))).extracting(SiblingGroup::members)
			.containsExactly(List.of("ben", "cal"));
	}

	@Test
	void twinsAreFullSiblingsBornAtOneBirthEvenWithoutParentsRecorded() {
		Families f = new Families().twins("mb-1", "identical", "tia", "tom");
		SiblingRelation twins = between(relations(f), "tia", "tom");
		assertThat(twins.kinds()).containsExactly(SiblingKind.FULL);
		assertThat(twins.multipleBirth()).isEqualTo("twin");
		assertThat(twins.zygosity()).isEqualTo("identical");
		assertThat(twins.via()).isEqualTo("born at one birth");

		f.birth("mum", null, "tia", "tom");
		assertThat(between(relations(f), "tia", "tom").kinds()).containsExactly(SiblingKind.FULL);
		assertThat(between(relations(f), "tia", "tom").via()).isEqualTo("born at one birth");
		f.birth(null, "dad", "tia", "tom");
		assertThat(between(relations(f), "tia", "tom").via()).isEqualTo("both children of Mum and Dad; twins");
	}

	@Test
	void aRecordedHalfLinkOrALinkOfUnknownTypeIsNeverFullBlood() {
		// One shared recorded parent proves neither full nor half blood; the recorded half link decides.
		Families f = new Families().birth("mum", null, "amy", "ben").siblings("amy", "ben", "half_maternal")
			.siblings("amy", "kim", "unknown");
		var r = relations(f);
		assertThat(between(r, "amy", "ben").kinds()).containsExactly(SiblingKind.HALF_MATERNAL);
		assertThat(between(r, "amy", "kim").kinds()).containsExactly(SiblingKind.UNKNOWN);
	}

	@Test
	void explicitLinksAndRaisedTogetherJoinGroupsAndFosterCarersMakeNoSiblings() {
		Families f = new Families().siblings("amy", "ben", "half_unknown").raisedTogether("ben", "kim")
			.parent("carer", "female", "foster", "amy").parent("carer", "female", "birth", "zed");
		var r = relations(f);
		assertThat(between(r, "amy", "ben").kind()).isEqualTo(SiblingKind.HALF_UNKNOWN);
		assertThat(between(r, "ben", "kim").kind()).isEqualTo(SiblingKind.RAISED_TOGETHER);
		assertThat(between(r, "amy", "zed")).isNull();
		assertThat(groups(f, SiblingKind.DEFAULT)).extracting(SiblingGroup::members)
			.containsExactly(List.of("amy", "ben", "kim"));
		assertThat(groups(f, SiblingKind.parse("half"))).extracting(SiblingGroup::members)
			.containsExactly(List.of("amy", "ben"));
	}

	@Test
	void aGroupIdDependsOnlyOnItsMembers() {
		Families one = new Families().birth("mum", "dad", "amy", "ben");
		Families other = new Families().siblings("ben", "amy", "full");
		String id = groups(one, SiblingKind.DEFAULT).get(0).id();
		assertThat(id).isEqualTo(groups(other, SiblingKind.DEFAULT).get(0).id()).matches("sg-[0-9a-f]{12}");
		assertThat(id).isEqualTo(SiblingGroup.idOf(List.of("amy", "ben")));
		assertThat(id).isNotEqualTo(SiblingGroup.idOf(List.of("amy", "ben", "cal")));
	}

	@Test
	void groupsComeLargestFirst() {
		Families f = new Families().birth("m1", "f1", "a", "b").birth("m2", "f2", "c", "d", "e");
		assertThat(groups(f, SiblingKind.DEFAULT)).extracting(SiblingGroup::members)
			.containsExactly(List.of("c", "d", "e"), List.of("a", "b"));
	}

	@Test
	void kindsAreReadFromTheRequestWords() {
		assertThat(SiblingKind.parse(null)).isEqualTo(SiblingKind.DEFAULT);
		assertThat(SiblingKind.parse("full, step")).containsExactly(SiblingKind.FULL, SiblingKind.STEP);
		assertThat(SiblingKind.parse("half")).containsExactly(SiblingKind.HALF_MATERNAL, SiblingKind.HALF_PATERNAL,
				SiblingKind.HALF_UNKNOWN);
		assertThatThrownBy(() -> SiblingKind.parse("full,cousin")).isInstanceOf(BadRequestException.class)
			.hasMessage("Parameter 'kinds' cannot take 'cousin'; use any of full, half, step, adoptive, raised_together, unknown");
		assertThatThrownBy(() -> new SiblingGrouping(Set.of())).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void theWordsDoNotDependOnTheOrderTheLinksWereRead() {
		// The father recorded first; a pair of step-siblings joined through two partnerships and two step-parent links.
		Families f = new Families().birth(null, "dad", "amy", "ben").birth("mum", null, "amy", "ben")
			.birth("ann", "paul", "cal").partners("mum", "paul", "current").partners("dad", "ann", "divorced")
			.parent("paul", "male", "step", "amy").parent("ann", "female", "step", "amy").parent("ann", "female", "adoptive", "dee")
			.parent("paul", "male", "adoptive", "dee");
		Map<String, SiblingRelation> relations = relations(f);
		assertThat(between(relations, "amy", "ben").via()).isEqualTo("both children of Mum and Dad");
		assertThat(between(relations, "cal", "dee").via()).isEqualTo("both brought up as children of Ann and Paul by adoption");
		assertThat(between(relations, "amy", "cal").kinds()).containsExactly(SiblingKind.STEP);
		java.util.Random random = new java.util.Random(8);
		for (int i = 0; i < 30; i++) {
			List<FamilyLinks.ParentLink> parents = new java.util.ArrayList<>(f.parents);
			List<FamilyLinks.Partnership> partnerships = new java.util.ArrayList<>(f.partnerships);
			java.util.Collections.shuffle(parents, random);
			java.util.Collections.shuffle(partnerships, random);
			assertThat(SiblingRelations.derive(new FamilyLinks(parents, partnerships, f.siblingLinks, f.raised, f.births)))
				.isEqualTo(relations);
		}
	}
}
