package org.kinmap.kinship;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kinmap.familyfinding.RelativeOutreach;

/** A relative not to be contacted is never proposed for outreach, and the sentence says why (or that it is withheld). */
class DoNotContactRuleTests {

	@Test
	void keepsOffTheCandidatesOnlyThoseFlagged() {
		DoNotContactRule rule = new DoNotContactRule();
		assertThat(rule.exclusion(null)).isNull();
		assertThat(rule.exclusion(new RelativeOutreach(null, null, null, List.of(), false, null, null))).isNull();
		assertThat(rule.exclusion(new RelativeOutreach(null, null, null, List.of(), true, "Lives with the father",
				"Do not contact: Lives with the father."))).isEqualTo("Do not contact: Lives with the father. Not proposed for outreach.");
	}
}
