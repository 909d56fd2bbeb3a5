package org.kinmap.familyfinding;

import java.time.LocalDate;
import java.util.List;

/**
 * Where outreach to one relative stands for one child, as the work list shows it.
 *
 * @param lastContact        the latest attempt, or null when never contacted
 * @param nextStep           the next step the latest attempt set, or null
 * @param nextStepOn         its date
 * @param marks              what needs attention, each from a named rule with its words
 * @param doNotContact       true: nobody approaches them, and the work list never proposes them
 * @param doNotContactReason why, for those who may read it (the child's social workers and managers); else null
 * @param doNotContactNote   the sentence shown in its place: the reason, or that it is withheld
 */
public record RelativeOutreach(LastContact lastContact, String nextStep, LocalDate nextStepOn, List<Mark> marks,
		boolean doNotContact, String doNotContactReason, String doNotContactNote) {
}
