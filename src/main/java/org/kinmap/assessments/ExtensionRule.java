package org.kinmap.assessments;

import java.time.LocalDate;
import java.util.List;

/** One rule about extending a Regulation 24 temporary approval under Regulation 25, and why. */
interface ExtensionRule {

	/**
	 * @param approval  the approval to extend
	 * @param weeks     by how many weeks
	 * @param decidedOn the day the extension was decided
	 */
	Verdict check(Assessment approval, int weeks, LocalDate decidedOn);

	List<ExtensionRule> ALL = List.of(new ExtendsOnlyARegulation24Approval(), new ExtendedOnlyOnce(),
			new AtMostEightWeeks(), new DecidedWhileTheApprovalLasts());

	static Verdict first(Assessment approval, int weeks, LocalDate decidedOn) {
		for (ExtensionRule rule : ALL) {
			Verdict v = rule.check(approval, weeks, decidedOn);
			if (!v.allowed()) {
				return v;
			}
		}
		return Verdict.allow("The approval can be extended by " + weeks + (weeks == 1 ? " week." : " weeks."));
	}

	/** Regulation 25 extends Regulation 24 temporary approvals, nothing else. */
	final class ExtendsOnlyARegulation24Approval implements ExtensionRule {
		@Override
		public Verdict check(Assessment approval, int weeks, LocalDate decidedOn) {
			return approval.is(AssessmentType.CONNECTED_PERSON_REG24, AssessmentStatus.POSITIVE)
					? Verdict.allow("A Regulation 24 temporary approval.")
					: Verdict.conflict("/weeks", "Only a Regulation 24 temporary approval can be extended under Regulation "
							+ "25; this is a " + approval.what() + ".");
		}
	}

	/** Regulation 25 allows one extension. */
	final class ExtendedOnlyOnce implements ExtensionRule {
		@Override
		public Verdict check(Assessment approval, int weeks, LocalDate decidedOn) {
			return approval.extended()
					? Verdict.conflict("/weeks", "This temporary approval has already been extended under Regulation 25 "
							+ "(to " + approval.approvalEnd() + "); it can be extended only once. Take the full assessment "
							+ "to the fostering panel, or agree another plan.")
					: Verdict.allow("Not extended before.");
		}
	}

	/** An extension adds at most 8 weeks. */
	final class AtMostEightWeeks implements ExtensionRule {
		@Override
		public Verdict check(Assessment approval, int weeks, LocalDate decidedOn) {
			return weeks >= 1 && weeks <= Regulation24.MOST_EXTENSION_WEEKS
					? Verdict.allow("Within the 8 weeks Regulation 25 allows.")
					: Verdict.refuse("/weeks", "An extension under Regulation 25 is of 1 to "
							+ Regulation24.MOST_EXTENSION_WEEKS + " weeks, not " + weeks + ".");
		}
	}

	/** An approval that has ended cannot be extended: the extension is decided while it lasts. */
	final class DecidedWhileTheApprovalLasts implements ExtensionRule {
		@Override
		public Verdict check(Assessment approval, int weeks, LocalDate decidedOn) {
			LocalDate start = approval.approvedOn();
			LocalDate end = approval.approvalEnd();
			if (start != null && decidedOn.isBefore(start)) {
				return Verdict.refuse("/decidedOn", "The extension cannot be decided on " + decidedOn + ", before the "
						+ "approval started on " + start + ".");
			}
			if (end != null && decidedOn.isAfter(end)) {
				return Verdict.conflict("/decidedOn", "The temporary approval ended on " + end + "; an approval that has "
						+ "ended cannot be extended. Record a new Regulation 24 approval if the child is still placed there.");
			}
			return Verdict.allow("Decided while the approval lasts.");
		}
	}
}
