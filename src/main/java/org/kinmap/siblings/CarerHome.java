package org.kinmap.siblings;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.kinmap.carers.ApprovalKind;
import org.kinmap.carers.Capacity;

/**
 * A carer household as the reunification rules see it.
 *
 * @param placed             children placed there now
 * @param memberPosesRisk    a current member of the household is recorded as a risk to children
 * @param lastPlacementEnded when a placement there last ended (room may have come free then)
 */
record CarerHome(String id, String name, String postcode, Double latitude, Double longitude, List<Terms> approvals,
		Set<String> placed, int dogs, int cats, Boolean wheelchairAccessible, boolean memberPosesRisk,
		LocalDate lastPlacementEnded) {

	/** An approval's terms. */
	record Terms(String id, ApprovalKind kind, Integer minAge, Integer maxAge, int maxChildren,
			boolean siblingGroupsConsidered, LocalDate approvedOn, LocalDate expiresOn) {

		/** Not expired, and for placements (short breaks give no room). */
		boolean placesOn(LocalDate day) {
			return kind != ApprovalKind.SHORT_BREAKS && (expiresOn == null || !expiresOn.isBefore(day));
		}

		boolean coversAge(int age) {
			return (minAge == null || age >= minAge) && (maxAge == null || age <= maxAge);
		}
	}

	Capacity capacity(LocalDate today) {
		return Capacity.of(approvals.stream().map(t -> new Capacity.Approval(t.kind(), t.maxChildren(), t.expiresOn())).toList(),
				placed.size(), today);
	}
}
