package org.kinmap.matching;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.kinmap.care.PermanencePlan;
import org.kinmap.carers.ApprovalKind;

/**
 * Which approvals fit which permanence plan: adoption wants adopters or fostering-for-adoption / concurrent
 * carers (to avoid a move); long-term fostering wants long-term or fully approved connected-person carers; a
 * connected-person plan wants connected-person carers (temporary Regulation 24 approval included). Without a
 * plan, or for a return home, any placement approval will do. Short breaks never give a placement.
 */
final class PlanApprovals {

	private PlanApprovals() {
	}

	static Set<ApprovalKind> fitting(PermanencePlan plan) {
		if (plan == null) {
			return EnumSet.complementOf(EnumSet.of(ApprovalKind.SHORT_BREAKS));
		}
		return switch (plan) {
			case ADOPTION -> EnumSet.of(ApprovalKind.ADOPTER, ApprovalKind.FOSTERING_FOR_ADOPTION, ApprovalKind.CONCURRENT);
			case LONG_TERM_FOSTERING -> EnumSet.of(ApprovalKind.LONG_TERM, ApprovalKind.CONNECTED_PERSON);
			case CONNECTED_PERSON_SGO, CONNECTED_PERSON_CAO ->
				EnumSet.of(ApprovalKind.CONNECTED_PERSON, ApprovalKind.CONNECTED_PERSON_REG24);
			default -> EnumSet.complementOf(EnumSet.of(ApprovalKind.SHORT_BREAKS));
		};
	}

	/** The household's approvals that are current and fit the plan. */
	static List<HouseholdProfile.ApprovalFacts> usable(Placing placing, HouseholdProfile household) {
		Set<ApprovalKind> kinds = fitting(placing.plan());
		return household.approvals().stream()
			.filter(a -> a.currentOn(placing.today()) && kinds.contains(a.kind()))
			.toList();
	}

	static String planLabel(PermanencePlan plan) {
		return plan == null ? "no permanence plan yet" : "a plan of " + plan.label();
	}
}
