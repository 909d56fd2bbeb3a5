package org.kinmap.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kinmap.casework.EditRules.Reach;
import org.kinmap.casework.EditRules.VersionVerdict;
import org.kinmap.exchange.NetworkRules;

/** Each rule of a casework change on its own: what it allows, and the sentence it refuses with. */
class EditRulesTests {

	@Test
	void onlyALookedAfterChildsRecordIsChangedFrom() {
		var rule = new EditRules.ChildLookedAfter();
		assertThat(rule.refusal("c", new Reach(true, true, true))).isEmpty();
		assertThat(rule.refusal("c", new Reach(false, true, true))).hasValueSatisfying(
				s -> assertThat(s).startsWith("No looked-after child has the id 'c'"));
	}

	@Test
	void onlyPersonsInTheChildsNetworkAreChanged() {
		var rule = new EditRules.InChildsNetwork();
		assertThat(rule.refusal("p", new Reach(true, true, true))).isEmpty();
		assertThat(rule.refusal("p", new Reach(true, true, false))).hasValueSatisfying(
				s -> assertThat(s).contains("is not in this child's family network"));
		assertThat(rule.refusal("p", new Reach(true, false, false))).contains("No person has the id 'p'");
	}

	@Test
	void aChangeIsBasedOnTheCurrentVersion() {
		var rule = new EditRules.CurrentVersion();
		assertThat(rule.check(3L, 3)).isEqualTo(VersionVerdict.CURRENT);
		assertThat(rule.check(2L, 3)).isEqualTo(VersionVerdict.STALE);
		assertThat(rule.check(4L, 3)).isEqualTo(VersionVerdict.STALE);
		assertThat(rule.check(null, 3)).isEqualTo(VersionVerdict.MISSING);
	}

	@Test
	void aRemovalSaysWhy() {
		var rule = new EditRules.ReasonRequired();
		assertThat(rule.refusal("Entered twice")).isEmpty();
		assertThat(rule.refusal(" ")).hasValueSatisfying(s -> assertThat(s).startsWith("Say why this is removed"));
		assertThat(rule.refusal(null)).isPresent();
	}

	@Test
	void theChildIsNeverRemovedFromTheirOwnNetwork() {
		var rule = new EditRules.NotTheChild();
		assertThat(rule.refusal("c", "p")).isEmpty();
		assertThat(rule.refusal("c", "c")).hasValueSatisfying(s -> assertThat(s).contains("cannot be removed"));
	}

	@Test
	void aSharedParentIsOneOfThePersonsBirthParentsOrNotNamed() {
		var rule = new EditRules.SharedParentIsABirthParent();
		assertThat(rule.refusal(null, List.of("m"))).isEmpty();
		assertThat(rule.refusal("", List.of())).isEmpty();
		assertThat(rule.refusal("m", List.of("m", "f"))).isEmpty();
		assertThat(rule.refusal("x", List.of("m", "f"))).hasValueSatisfying(
				s -> assertThat(s).contains("'x' is not a recorded birth parent"));
	}

	@Test
	void aRelationIsOneKinmapKnows() {
		var rule = new EditRules.KnownRelation();
		assertThat(rule.refusal("half_sibling")).isEmpty();
		assertThat(rule.refusal("TWIN")).isEmpty();
		assertThat(rule.refusal("cousin")).hasValueSatisfying(s -> assertThat(s).startsWith("'cousin' is not a relation")
			.contains("parent, child, partner, full_sibling, half_sibling, twin, connected_person"));
		assertThat(rule.refusal(null)).hasValueSatisfying(s -> assertThat(s).startsWith("Say how the new person is related"));
	}

	@Test
	void aNewRelativeIsEitherNewOrAlreadyRecorded() {
		var rule = new EditRules.OnePersonNamed();
		PersonDetails details = new PersonDetails("A", null, null, null, null, null, null, null, null, null, null, null, null);
		assertThat(rule.refusal(details, null)).isEmpty();
		assertThat(rule.refusal(null, "p")).isEmpty();
		assertThat(rule.refusal(null, " ")).hasValueSatisfying(s -> assertThat(s).startsWith("Give the new person's details"));
		assertThat(rule.refusal(details, "p")).hasValueSatisfying(s -> assertThat(s).endsWith("not both"));
	}

	@Test
	void aCorrectionHasDetails() {
		var rule = new EditRules.DetailsGiven();
		assertThat(rule.refusal(null)).isPresent();
		assertThat(rule.refusal(new PersonDetails(null, "B", null, null, null, null, null, null, null, null, null, null, null)))
			.isEmpty();
	}

	@Test
	void theDocumentsPointersBecomeTheRequestsFieldsAndIdsBecomeNames() {
		PointerMap map = new PointerMap().map("/persons/0(?=/|$)", "/person").map("/persons/\\d+", null)
			.map("/parentLinks/\\d+/type", "/parentLinkType").map("/parentLinks.*", "/relation").name("cw-1", "Kerensa Pellow");
		var problems = map.apply(List.of(new NetworkRules.Problem("/persons/0/deathDate", "person cw-1: died before being born"),
				new NetworkRules.Problem("/persons/1/sex", "person p-2: stored data"),
				new NetworkRules.Problem("/parentLinks/0/type", "parent link cw-1 -> p-2: type 'x' is not one of"),
				new NetworkRules.Problem("/parentLinks", "person 'cw-1' would become their own ancestor"),
				new NetworkRules.Problem("/partnerships/0", "elsewhere")));
		assertThat(problems).extracting(InvalidChangeException.Problem::pointer)
			.containsExactly("/person/deathDate", "/parentLinkType", "/relation", "");
		assertThat(problems.get(0).message()).isEqualTo("person Kerensa Pellow: died before being born");
		assertThat(problems.get(2).message()).isEqualTo("person Kerensa Pellow would become their own ancestor");
	}

	@Test
	void aStaleVersionSaysWhatChangedWhoAndWhen() {
		String sentence = StaleVersionException.sentence("Iris Pellow", 2, 4, List.of(
				new Answers.Revision(4, "corrected", "2026-12-08T01:00:00.000Z", "ben.social", null,
						List.of(new Answers.FieldChange("postcode", "A", "B"), new Answers.FieldChange("phone", "", "1"))),
				new Answers.Revision(3, "imported", "2026-12-08T00:30:00.000Z", "fay.admin", null, List.of())));
		assertThat(sentence).isEqualTo("Iris Pellow was changed after you opened it (your version 2, now 4): postcode, phone "
				+ "by ben.social at 2026-12-08T01:00:00.000Z; imported by fay.admin at 2026-12-08T00:30:00.000Z. Nothing was "
				+ "saved: look at the record as it is now and make your change again.");
	}
}
