package org.kinmap.matching;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.kinmap.care.PermanencePlan;
import org.kinmap.carers.ApprovalKind;

/**
 * Which approvals fit which placing: adoption wants adopters or fostering-for-adoption / concurrent carers (to
 * avoid a move); long-term fostering wants long-term or fully approved connected-person carers; a connected-person
 * plan wants connected-person carers (temporary Regulation 24 approval included). Without a plan, or for a return
 * home, any placement approval will do. Short breaks never give a placement. Reuniting siblings in foster care now
 * ({@link Placing.Purpose#REUNIFICATION}) wants short- or long-term fostering approvals.
 */
final class PlanApprovals {

	static final Set<ApprovalKind> FOSTERING = EnumSet.of(ApprovalKind.SHORT_TERM, ApprovalKind.LONG_TERM);

	private PlanApprovals() {
	}

	static Set<ApprovalKind> fitting(Placing placing) {
		return placing.purpose() == Placing.Purpose.REUNIFICATION ? FOSTERING : fitting(placing.plan());
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

	/** The household's approvals that are in force (approved by today, not expired) and fit the placing. */
	static List<HouseholdProfile.ApprovalFacts> usable(Placing placing, HouseholdProfile household) {
		return usable(fitting(placing), placing.today(), household);
	}

	/** The household's approvals of these kinds in force on the day. */
	static List<HouseholdProfile.ApprovalFacts> usable(Set<ApprovalKind> kinds, LocalDate today, HouseholdProfile household) {
		return household.approvals().stream()
			.filter(a -> a.currentOn(today) && kinds.contains(a.kind()))
			.toList();
	}

	/** What the placing is for, in words: "a plan of adoption", "reuniting siblings in foster care". */
	static String purposeLabel(Placing placing) {
		return placing.purpose() == Placing.Purpose.REUNIFICATION ? "reuniting siblings in foster care" : planLabel(placing.plan());
	}

	static String planLabel(PermanencePlan plan) {
		return plan == null ? "no permanence plan yet" : "a plan of " + plan.label();
	}
}
