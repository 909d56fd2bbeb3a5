package org.kinmap.carers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class CapacityTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

	@Test
	void vacanciesAreTheLargestCurrentApprovalLessChildrenPlaced() {
		var approvals = List.of(new Capacity.Approval(ApprovalKind.SHORT_TERM, 2, TODAY.plusYears(1)),
				new Capacity.Approval(ApprovalKind.LONG_TERM, 3, null));
		assertThat(Capacity.of(approvals, 1, TODAY))
			.isEqualTo(new Capacity(3, 1, 2, "Approved for 3 children, 1 placed, 2 vacancies."));
	}

	@Test
	void expiredAndShortBreakApprovalsGiveNoRoom() {
		var approvals = List.of(new Capacity.Approval(ApprovalKind.LONG_TERM, 2, TODAY.minusDays(1)),
				new Capacity.Approval(ApprovalKind.SHORT_BREAKS, 2, null));
		assertThat(Capacity.of(approvals, 0, TODAY))
			.isEqualTo(new Capacity(0, 0, 0, "No current approval for placements."));
		assertThat(Capacity.of(List.of(), 0, TODAY).reason()).isEqualTo("No approval recorded.");
	}

	@Test
	void anApprovalExpiringTodayStillCounts() {
		var approvals = List.of(new Capacity.Approval(ApprovalKind.CONNECTED_PERSON_REG24, 1, TODAY));
		assertThat(Capacity.of(approvals, 1, TODAY).reason()).isEqualTo("Approved for 1 child, 1 placed, no vacancy.");
	}

	@Test
	void aHouseholdOverItsApprovalSaysSo() {
		var approvals = List.of(new Capacity.Approval(ApprovalKind.LONG_TERM, 1, null));
		assertThat(Capacity.of(approvals, 2, TODAY))
			.isEqualTo(new Capacity(1, 2, 0, "Over its approval: 2 children placed, approved for 1."));
	}
}
