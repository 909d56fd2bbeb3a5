package org.kinmap.assessments;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One rule about asking for a new assessment of a relative for a child, or recording a Regulation 24 approval: whether
 * it may be recorded beside the child's assessments so far, and why.
 */
interface RequestRule {

	/**
	 * @param type     what is asked for
	 * @param relative the person to assess
	 * @param childId  the child it is for
	 * @param on       the day it is requested (a Regulation 24 approval: the day it starts)
	 * @param existing every assessment of a person for the child
	 */
	Verdict check(AssessmentType type, String relative, String childId, LocalDate on, List<Assessment> existing);

	/** The rules for a request ({@code POST /api/children/{id}/assessments}). */
	List<RequestRule> REQUEST = List.of(new NotTheChildThemself(), new OneOpenAssessmentPerRelativeAndChild(),
			new FollowsAPositiveViability());

	/** The rules for a Regulation 24 approval. */
	List<RequestRule> REG24 = List.of(new NotTheChildThemself(), new FollowsAPositiveViability(),
			new OneRegulation24ApprovalAtATime());

	static Verdict first(List<RequestRule> rules, AssessmentType type, String relative, String childId, LocalDate on,
			List<Assessment> existing) {
		for (RequestRule rule : rules) {
			Verdict v = rule.check(type, relative, childId, on, existing);
			if (!v.allowed()) {
				return v;
			}
		}
		return Verdict.allow("The " + type.label() + " can be recorded.");
	}

	/** The latest positive viability assessment of the relative for the child, concluded on or before {@code on}. */
	static Optional<Assessment> positiveViability(String relative, LocalDate on, List<Assessment> existing) {
		return existing.stream()
			.filter(a -> a.is(AssessmentType.VIABILITY, AssessmentStatus.POSITIVE) && a.assesses(relative))
			.filter(a -> on == null || a.concludedOn() == null || !a.concludedOn().isAfter(on))
			.max(Comparator.comparing(Assessment::concludedOn, Comparator.nullsFirst(Comparator.naturalOrder())));
	}

	/** A child is not assessed as their own carer. */
	final class NotTheChildThemself implements RequestRule {
		@Override
		public Verdict check(AssessmentType type, String relative, String childId, LocalDate on, List<Assessment> existing) {
			return relative.equals(childId)
					? Verdict.refuse("/relative", "A child cannot be assessed as their own carer: choose a relative or "
							+ "connected person.")
					: Verdict.allow("The person assessed is not the child.");
		}
	}

	/**
	 * One open assessment of a kind per relative and child: a second request while one is requested or in progress
	 * would split the work and the record.
	 */
	final class OneOpenAssessmentPerRelativeAndChild implements RequestRule {
		@Override
		public Verdict check(AssessmentType type, String relative, String childId, LocalDate on, List<Assessment> existing) {
			return existing.stream().filter(a -> a.type() == type && a.open() && a.assesses(relative)).findFirst()
				.map(open -> Verdict.conflict("/relative", "There is already an open " + type.label() + " of this person "
						+ "for this child (" + open.status().label() + " since " + open.lastDate() + "); move that one "
						+ "on, or withdraw it, before requesting another."))
				.orElse(Verdict.allow("No other " + type.label() + " of this person for this child is open."));
		}
	}

	/**
	 * A full connected-person assessment, a special guardianship assessment and a Regulation 24 temporary approval
	 * follow a positive viability assessment of the same person for the same child.
	 */
	final class FollowsAPositiveViability implements RequestRule {
		@Override
		public Verdict check(AssessmentType type, String relative, String childId, LocalDate on, List<Assessment> existing) {
			if (type == AssessmentType.VIABILITY) {
				return Verdict.allow("A viability assessment is the first assessment; it follows none.");
			}
			Optional<Assessment> viability = positiveViability(relative, on, existing);
			if (viability.isPresent()) {
				return Verdict.allow("Follows the positive viability assessment concluded on " + viability.get().concludedOn()
						+ ".");
			}
			boolean later = positiveViability(relative, null, existing).isPresent();
			return Verdict.conflict("/relative", (type == AssessmentType.CONNECTED_PERSON_REG24
					? "A Regulation 24 temporary approval" : "A " + type.label())
					+ " can only follow a positive viability assessment of the same person for this child"
					+ (later ? ", concluded on or before " + on + "." : "; there is none yet. Request a viability assessment first."));
		}
	}

	/** A person holds one Regulation 24 approval for a child at a time: a new one may start only after the last ends. */
	final class OneRegulation24ApprovalAtATime implements RequestRule {
		@Override
		public Verdict check(AssessmentType type, String relative, String childId, LocalDate on, List<Assessment> existing) {
			return existing.stream()
				.filter(a -> a.is(AssessmentType.CONNECTED_PERSON_REG24, AssessmentStatus.POSITIVE) && a.assesses(relative))
				.filter(a -> a.approvalEnd() != null && !a.approvalEnd().isBefore(on))
				.findFirst()
				.map(current -> Verdict.conflict("/relative", "This person already has a Regulation 24 temporary approval "
						+ "for this child from " + current.approvedOn() + " to " + current.approvalEnd() + "; extend it under "
						+ "Regulation 25 rather than record a second one."))
				.orElse(Verdict.allow("No other Regulation 24 approval of this person for this child is current on " + on + "."));
		}
	}
}
