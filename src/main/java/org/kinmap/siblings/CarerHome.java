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
		Set<String> placed, int dogs, int cats, Boolean wheelchairAccessible, Boolean groundFloorBedroom,
		boolean memberPosesRisk, LocalDate lastPlacementEnded) {

	/** An approval's terms. */
	record Terms(String id, ApprovalKind kind, Integer minAge, Integer maxAge, int maxChildren,
			boolean siblingGroupsConsidered, LocalDate approvedOn, LocalDate expiresOn) {

		/**
		 * A fostering approval (short or long term) in force on the day: approved by then and not expired.
		 * Connected-person approvals are for named children, adopter and short-break approvals are not for
		 * fostering a group, so none of them can take a sibling group.
		 */
		boolean fostersOn(LocalDate day) {
			return (kind == ApprovalKind.SHORT_TERM || kind == ApprovalKind.LONG_TERM)
					&& (approvedOn == null || !approvedOn.isAfter(day)) && (expiresOn == null || !expiresOn.isBefore(day));
		}

		boolean coversAge(int age) {
			return (minAge == null || age >= minAge) && (maxAge == null || age <= maxAge);
		}
	}

	/** The fostering approvals in force today that cover every child's age; all those in force when none does. */
	List<Terms> fitting(List<Member> children, LocalDate today) {
		List<Terms> current = approvals.stream().filter(t -> t.fostersOn(today)).toList();
		List<Terms> covering = current.stream()
			.filter(t -> children.stream().allMatch(c -> c.age() != null && t.coversAge(c.age())))
			.toList();
		return covering.isEmpty() ? current : covering;
	}

	/** Capacity under the fitting approvals, counting every child placed here now. */
	Capacity capacity(List<Member> children, LocalDate today) {
		return Capacity.of(fitting(children, today).stream()
			.map(t -> new Capacity.Approval(t.kind(), t.maxChildren(), t.expiresOn())).toList(), placed.size(), today);
	}
}
