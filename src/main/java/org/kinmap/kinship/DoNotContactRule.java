package org.kinmap.kinship;

import org.kinmap.familyfinding.RelativeOutreach;

/**
 * Rule: a relative flagged "do not contact" in the family-finding log is never proposed for outreach: not a candidate
 * on the work list, listed apart with the reason (or, for readers who may not see it, that it is withheld) so that no
 * one approaches them by mistake.
 */
final class DoNotContactRule {

	/** The sentence that keeps the person off the candidates, or null when they may be contacted. */
	String exclusion(RelativeOutreach outreach) {
		if (outreach == null || !outreach.doNotContact()) {
			return null;
		}
		return outreach.doNotContactNote() + " Not proposed for outreach.";
	}
}
