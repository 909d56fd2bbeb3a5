package org.kinmap.assessments;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * One rule of the workflow requested → in progress → positive, negative or withdrawn: whether an assessment may take
 * a step, and why (see {@link #STATE} and {@link #INPUT}).
 */
interface TransitionRule {

	Verdict check(Assessment a, Step step);

	/** The rules that look only at where the assessment stands: they decide which steps the pages offer. */
	List<TransitionRule> STATE = List.of(new MovesOnlyThroughTheWorkflow(), new RequestedOnlyOnce(),
			new StartsOnlyWhenRequested(), new ConcludesOnlyWhenInProgress(), new WithdrawnOnlyWhileOpen());

	/** The rules about what the step says: its date and its reasons. */
	List<TransitionRule> INPUT = List.of(new NotBeforeItsLastStep(), new ReasonsForANegativeOutcomeOrWithdrawal());

	/** The first refusal of the given rules, or an allowance. */
	static Verdict first(List<TransitionRule> rules, Assessment a, Step step) {
		for (TransitionRule rule : rules) {
			Verdict v = rule.check(a, step);
			if (!v.allowed()) {
				return v;
			}
		}
		return Verdict.allow("The " + a.what() + " can be " + step.action() + ".");
	}

	private static String capital(String s) {
		return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
	}

	/**
	 * Viability, full connected-person and special guardianship assessments move through the workflow. A Regulation 24
	 * approval is recorded as given and then extended; adopter and together-or-apart assessments are recorded
	 * elsewhere.
	 */
	final class MovesOnlyThroughTheWorkflow implements TransitionRule {
		@Override
		public Verdict check(Assessment a, Step step) {
			if (a.type() == AssessmentType.CONNECTED_PERSON_REG24) {
				return Verdict.conflict("/status", "A Regulation 24 temporary approval is recorded as given; it does not "
						+ "move through requested and in progress. Extend it under Regulation 25, or record a new one.");
			}
			if (a.type() == null || a.status() == null || !AssessmentWorkflow.REQUESTABLE.contains(a.type())) {
				return Verdict.conflict("/status", "Only viability, full connected-person and special guardianship "
						+ "assessments move through this workflow; this one is a " + a.what() + ".");
			}
			return Verdict.allow("A " + a.what() + " moves through the workflow.");
		}
	}

	/** An assessment is requested once, when it is created. */
	final class RequestedOnlyOnce implements TransitionRule {
		@Override
		public Verdict check(Assessment a, Step step) {
			return step.to() == AssessmentStatus.REQUESTED
					? Verdict.conflict("/status", "An assessment is requested once, when it is created; it cannot go back "
							+ "to requested. To ask again, request a new one.")
					: Verdict.allow("The step is not back to requested.");
		}
	}

	/** Only a requested assessment can be started. */
	final class StartsOnlyWhenRequested implements TransitionRule {
		@Override
		public Verdict check(Assessment a, Step step) {
			if (step.to() != AssessmentStatus.IN_PROGRESS || a.status() == AssessmentStatus.REQUESTED) {
				return Verdict.allow("Starting a requested assessment.");
			}
			if (a.status() == AssessmentStatus.IN_PROGRESS) {
				return Verdict.conflict("/status", capital("the " + a.what()) + " is already in progress (started on "
						+ a.startedOn() + ").");
			}
			return Verdict.conflict("/status", capital("a " + a.what()) + " that has "
					+ (a.status() == AssessmentStatus.WITHDRAWN ? "been withdrawn" : "concluded")
					+ " cannot be started again; request a new one.");
		}
	}

	/** Only an assessment in progress can conclude, positive or negative. */
	final class ConcludesOnlyWhenInProgress implements TransitionRule {
		@Override
		public Verdict check(Assessment a, Step step) {
			if (!step.concludes() || a.status() == AssessmentStatus.IN_PROGRESS) {
				return Verdict.allow("Concluding an assessment in progress.");
			}
			if (a.status() == AssessmentStatus.REQUESTED) {
				return Verdict.conflict("/status", capital("a " + a.what()) + " must be started before it can conclude: "
						+ "record the day it started first.");
			}
			return Verdict.conflict("/status", capital("the " + a.what()) + " has already "
					+ (a.status() == AssessmentStatus.WITHDRAWN ? "been withdrawn" : "concluded " + a.status().label())
					+ (a.concludedOn() == null ? "" : " on " + a.concludedOn()) + "; its outcome cannot be changed. Request a "
					+ "new one if there is new evidence.");
		}
	}

	/** Only an open assessment can be withdrawn. */
	final class WithdrawnOnlyWhileOpen implements TransitionRule {
		@Override
		public Verdict check(Assessment a, Step step) {
			if (step.to() != AssessmentStatus.WITHDRAWN || a.open()) {
				return Verdict.allow("Withdrawing an open assessment.");
			}
			return Verdict.conflict("/status", capital("the " + a.what()) + " has already "
					+ (a.status() == AssessmentStatus.WITHDRAWN ? "been withdrawn" : "concluded " + a.status().label())
					+ "; only a requested assessment or one in progress can be withdrawn.");
		}
	}

	/** Nothing happens to an assessment before its last recorded step: started after requested, concluded after started. */
	final class NotBeforeItsLastStep implements TransitionRule {
		@Override
		public Verdict check(Assessment a, Step step) {
			LocalDate last = a.lastDate();
			if (step.on() == null || last == null || !step.on().isBefore(last)) {
				return Verdict.allow("The step is dated on or after the assessment's last step.");
			}
			String was = a.startedOn() != null ? "started on " + a.startedOn() : "requested on " + a.requestedOn();
			return Verdict.refuse("/on", capital("the " + a.what()) + " was " + was + "; it cannot be " + step.action()
					+ " on " + step.on() + ", before that.");
		}
	}

	/** A negative outcome and a withdrawal say why, for the child's record and the family. */
	final class ReasonsForANegativeOutcomeOrWithdrawal implements TransitionRule {
		@Override
		public Verdict check(Assessment a, Step step) {
			boolean needs = step.to() == AssessmentStatus.NEGATIVE || step.to() == AssessmentStatus.WITHDRAWN;
			if (!needs || (step.reason() != null && !step.reason().isBlank())) {
				return Verdict.allow("Reasons are given where they are needed.");
			}
			return Verdict.refuse("/reason", step.to() == AssessmentStatus.NEGATIVE
					? "A negative " + a.what() + " needs its reasons: the relative and the court will ask why."
					: "A withdrawn " + a.what() + " needs its reason (for example, the relative withdrew, or the child's "
							+ "plan changed).");
		}
	}
}
