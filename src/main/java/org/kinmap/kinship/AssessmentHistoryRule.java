package org.kinmap.kinship;

/** Says whether the person was ever assessed for the child: never, or only in an assessment later withdrawn. */
final class AssessmentHistoryRule implements RankingRule {

	@Override
	public Factor judge(Prospect p) {
		boolean withdrawn = !p.child().assessmentsOf(p.person().id()).isEmpty();
		return Factor.say("assessment", 0, withdrawn ? "An earlier assessment was withdrawn." : "Not yet assessed.");
	}
}
