package org.kinmap.kinship;

/**
 * Says where the person stands with assessments for the child. Every candidate on the work list is
 * unassessed (anyone named in an assessment for the child, in any status, has been considered), so this
 * rule only says so; it gives no points.
 */
final class AssessmentHistoryRule implements RankingRule {

	@Override
	public Factor judge(Prospect p) {
		int earlier = p.child().assessmentsOf(p.person().id()).size();
		return Factor.say("assessment", 0, earlier == 0 ? "Not yet assessed."
				: "Already named in " + earlier + (earlier == 1 ? " assessment." : " assessments."));
	}
}
