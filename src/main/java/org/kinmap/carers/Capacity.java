package org.kinmap.carers;

import java.time.LocalDate;
import java.util.List;

/**
 * How many children a carer household can take now: the largest number any current approval allows, less
 * the children placed there now. An approval is current when it has not expired; short-break approvals do
 * not give room for a placement.
 *
 * @param capacity  children the current approvals allow (0 with none)
 * @param placed    children placed in the household now
 * @param vacancies places free now, never below zero
 * @param reason    the sentence behind the figures
 */
public record Capacity(int capacity, int placed, int vacancies, String reason) {

	/** An approval's figures, as the rule needs them. */
	public record Approval(ApprovalKind kind, int maxChildren, LocalDate expiresOn) {

		public boolean currentOn(LocalDate day) {
			return expiresOn == null || !expiresOn.isBefore(day);
		}
	}

	/** Whether an approval gives room for a placement on the day: it has not expired and is not for short breaks. */
	public static boolean givesRoom(ApprovalKind kind, LocalDate expiresOn, LocalDate today) {
		return kind != ApprovalKind.SHORT_BREAKS && (expiresOn == null || !expiresOn.isBefore(today));
	}

	public static Capacity of(List<Approval> approvals, int placed, LocalDate today) {
		int capacity = approvals.stream()
			.filter(a -> givesRoom(a.kind(), a.expiresOn(), today))
			.mapToInt(Approval::maxChildren)
			.max()
			.orElse(0);
		int vacancies = Math.max(0, capacity - placed);
		String reason;
		if (capacity == 0) {
			reason = approvals.isEmpty() ? "No approval recorded." : "No current approval for placements.";
		}
		else if (placed > capacity) {
			reason = "Over its approval: " + placed + " children placed, approved for " + capacity + ".";
		}
		else {
			reason = "Approved for " + capacity + (capacity == 1 ? " child" : " children") + ", " + placed + " placed, "
					+ (vacancies == 0 ? "no vacancy." : vacancies + (vacancies == 1 ? " vacancy." : " vacancies."));
		}
		return new Capacity(capacity, placed, vacancies, reason);
	}
}
