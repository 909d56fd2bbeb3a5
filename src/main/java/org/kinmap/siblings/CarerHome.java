package org.kinmap.siblings;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A carer household as a reunification option shows it: where it is, who lives there now, and when room may have
 * come free. Whether it could take the children, and how well, is the matching module's answer
 * ({@link org.kinmap.matching.GroupEligibility}).
 *
 * @param approvedOn         when each of its approvals was granted, where recorded
 * @param placed             children placed there now
 * @param lastPlacementEnded when a placement there last ended (room may have come free then)
 */
record CarerHome(String id, String name, String postcode, Double latitude, Double longitude, List<LocalDate> approvedOn,
		Set<String> placed, LocalDate lastPlacementEnded) {

	CarerHome {
		approvedOn = List.copyOf(approvedOn);
		placed = Set.copyOf(placed);
	}
}
