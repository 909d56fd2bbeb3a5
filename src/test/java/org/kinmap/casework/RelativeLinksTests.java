package org.kinmap.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kinmap.exchange.NetworkDocument.ParentLinkDoc;
import org.kinmap.network.SiblingLinkType;

/** Which links make a person each relation of another (no database). */
class RelativeLinksTests {

	static Requests.AddRelative request(String relation) {
		return new Requests.AddRelative(relation, null, null, null, true, "married", null, "2010", null, "m", "identical",
				"neighbour", "named_by_child", "note");
	}

	static RelativeLinks of(Relation relation, List<String> birthParents) {
		return RelativeLinks.of(relation, "new", "anchor", "child", birthParents, null, SiblingLinkType.HALF_MATERNAL,
				request(relation.code()));
	}

	@Test
	void aParentOrChildIsABirthParentLinkUnlessSaidOtherwise() {
		assertThat(of(Relation.PARENT, List.of()).parentLinks())
			.containsExactly(new ParentLinkDoc("new", "anchor", "birth", true, "2010", null));
		assertThat(of(Relation.CHILD, List.of()).parentLinks())
			.containsExactly(new ParentLinkDoc("anchor", "new", "birth", true, "2010", null));
	}

	@Test
	void aPartnerIsACurrentPartnershipUnlessSaidOtherwise() {
		assertThat(of(Relation.PARTNER, List.of()).partnerships()).singleElement().satisfies(p -> {
			assertThat(p.partners()).containsExactly("anchor", "new");
			assertThat(p.status()).isEqualTo("current");
			assertThat(p.type()).isEqualTo("married");
		});
	}

	@Test
	void aFullSiblingSharesTheBirthParentsAndALinkSaysSoWhenTheyAreNotBothRecorded() {
		RelativeLinks both = of(Relation.FULL_SIBLING, List.of("m", "f"));
		assertThat(both.parentLinks()).extracting(ParentLinkDoc::parent).containsExactly("m", "f");
		assertThat(both.siblingLinks()).isEmpty();
		RelativeLinks one = of(Relation.FULL_SIBLING, List.of("m"));
		assertThat(one.parentLinks()).extracting(ParentLinkDoc::parent).containsExactly("m");
		assertThat(one.siblingLinks()).singleElement().satisfies(l -> assertThat(l.type()).isEqualTo("full"));
	}

	@Test
	void aHalfSiblingHasTheSharedParentAndALinkSayingHalfButNoOtherParent() {
		RelativeLinks half = of(Relation.HALF_SIBLING, List.of("m", "f"));
		assertThat(half.parentLinks()).extracting(ParentLinkDoc::parent).containsExactly("m");
		assertThat(half.siblingLinks()).singleElement().satisfies(l -> assertThat(l.type()).isEqualTo("half_maternal"));
	}

	@Test
	void aTwinSharesTheBirthParentsAndTheBirth() {
		RelativeLinks twin = RelativeLinks.of(Relation.TWIN, "new", "anchor", "child", List.of("m", "f"), "mb-1",
				SiblingLinkType.HALF_UNKNOWN, request("twin"));
		assertThat(twin.parentLinks()).hasSize(2);
		assertThat(twin.births()).singleElement().satisfies(b -> {
			assertThat(b.id()).isEqualTo("mb-1");
			assertThat(b.members()).containsExactly("anchor", "new");
			assertThat(b.zygosity()).isEqualTo("identical");
		});
	}

	@Test
	void aConnectedPersonIsConnectedToTheChildOfTheRecord() {
		assertThat(of(Relation.CONNECTED_PERSON, List.of()).connections()).singleElement().satisfies(c -> {
			assertThat(c.person()).isEqualTo("new");
			assertThat(c.child()).isEqualTo("child");
			assertThat(c.nature()).isEqualTo("neighbour");
		});
	}
}
