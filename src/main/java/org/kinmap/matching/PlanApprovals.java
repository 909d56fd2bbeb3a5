package org.kinmap.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
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

	static final Set<ApprovalKind> FOSTERING = Collections.unmodifiableSet(EnumSet.of(ApprovalKind.SHORT_TERM, ApprovalKind.LONG_TERM));

	private PlanApprovals() {
	}

	static Set<ApprovalKind> fitting(Placing placing) {
		return placing.purpose() == Placing.Purpose.REUNIFICATION ? FOSTERING : fitting(placing.plan());
	}

	private static final Set<ApprovalKind> ANY_PLACEMENT = Collections.unmodifiableSet(
			EnumSet.complementOf(EnumSet.of(ApprovalKind.SHORT_BREAKS)));
	private static final Set<ApprovalKind> ADOPTION = Collections.unmodifiableSet(
			EnumSet.of(ApprovalKind.ADOPTER, ApprovalKind.FOSTERING_FOR_ADOPTION, ApprovalKind.CONCURRENT));
	private static final Set<ApprovalKind> LONG_TERM = Collections.unmodifiableSet(
			EnumSet.of(ApprovalKind.LONG_TERM, ApprovalKind.CONNECTED_PERSON));
	private static final Set<ApprovalKind> CONNECTED_PERSON = Collections.unmodifiableSet(
			EnumSet.of(ApprovalKind.CONNECTED_PERSON, ApprovalKind.CONNECTED_PERSON_REG24));

	static Set<ApprovalKind> fitting(PermanencePlan plan) {
		if (plan == null) {
			return ANY_PLACEMENT;
		}
		return switch (plan) {
			case ADOPTION -> ADOPTION;
			case LONG_TERM_FOSTERING -> LONG_TERM;
			case CONNECTED_PERSON_SGO, CONNECTED_PERSON_CAO -> CONNECTED_PERSON;
			default -> ANY_PLACEMENT;
		};
	}

	/** The household's approvals that are in force (approved by today, not expired) and fit the placing. */
	static List<HouseholdProfile.ApprovalFacts> usable(Placing placing, HouseholdProfile household) {
		return usable(fitting(placing), placing.today(), household);
	}

	/** The household's approvals of these kinds in force on the day. */
	static List<HouseholdProfile.ApprovalFacts> usable(Set<ApprovalKind> kinds, LocalDate today, HouseholdProfile household) {
		List<HouseholdProfile.ApprovalFacts> usable = null;
		for (HouseholdProfile.ApprovalFacts a : household.approvals()) {
			if (kinds.contains(a.kind()) && a.currentOn(today)) {
				if (usable == null) {
					usable = new ArrayList<>(2);
				}
				usable.add(a);
			}
		}
		return usable == null ? List.of() : Collections.unmodifiableList(usable);
	}

	/** Whether {@link #usable} is not empty. */
	static boolean anyUsable(Placing placing, HouseholdProfile household) {
		Set<ApprovalKind> kinds = fitting(placing);
		for (HouseholdProfile.ApprovalFacts a : household.approvals()) {
			if (kinds.contains(a.kind()) && a.currentOn(placing.today())) {
				return true;
			}
		}
		return false;
	}

	/** What the placing is for, in words: "a plan of adoption", "reuniting siblings in foster care". */
	static String purposeLabel(Placing placing) {
		return placing.purpose() == Placing.Purpose.REUNIFICATION ? "reuniting siblings in foster care" : planLabel(placing.plan());
	}

	static String planLabel(PermanencePlan plan) {
		return plan == null ? "no permanence plan yet" : "a plan of " + plan.label();
	}
}
