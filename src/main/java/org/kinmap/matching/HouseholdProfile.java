package org.kinmap.matching;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.kinmap.carers.ApprovalKind;
import org.kinmap.carers.Capacity;
import org.kinmap.carers.CarerSkill;

/** What matching needs to know of a carer household: approvals, room, home, people, skills and identity. */
record HouseholdProfile(String id, String name, String postcode, Coordinates location, List<ApprovalFacts> approvals,
		int dogs, int cats, Boolean smoking, Boolean wheelchairAccessible, Boolean groundFloorBedroom,
		List<String> languages, String religion, String ethnicity, Set<CarerSkill> skills, List<Member> members,
		List<PlacedChild> placed, String notes) {

	HouseholdProfile {
		approvals = List.copyOf(approvals);
		languages = languages == null ? List.of() : List.copyOf(languages);
		skills = skills == null ? Set.of() : Set.copyOf(skills);
		members = List.copyOf(members);
		placed = List.copyOf(placed);
	}

	/**
	 * One approval's terms.
	 *
	 * @param approvedOn when it was granted (null when not recorded); an approval dated later is not yet in force
	 */
	record ApprovalFacts(ApprovalKind kind, Integer minAge, Integer maxAge, int maxChildren,
			boolean siblingGroupsConsidered, LocalDate approvedOn, LocalDate expiresOn) {

		ApprovalFacts(ApprovalKind kind, Integer minAge, Integer maxAge, int maxChildren, boolean siblingGroupsConsidered,
				LocalDate expiresOn) {
			this(kind, minAge, maxAge, maxChildren, siblingGroupsConsidered, null, expiresOn);
		}

		/** In force on the day: granted by then and not expired. */
		boolean currentOn(LocalDate day) {
			return !notYetOn(day) && !expiredOn(day);
		}

		boolean expiredOn(LocalDate day) {
			return expiresOn != null && expiresOn.isBefore(day);
		}

		boolean notYetOn(LocalDate day) {
			return approvedOn != null && approvedOn.isAfter(day);
		}

		boolean takesAge(int age) {
			return (minAge == null || age >= minAge) && (maxAge == null || age <= maxAge);
		}

		String ageRange() {
			if (minAge == null && maxAge == null) {
				return "any age";
			}
			return "ages " + (minAge == null ? 0 : minAge) + " to " + (maxAge == null ? 18 : maxAge);
		}
	}

	record Member(String personId, String name, boolean riskToChildren) {
	}

	record PlacedChild(String personId, String name) {
	}

	boolean has(CarerSkill skill) {
		return skills.contains(skill);
	}

	/**
	 * Room for the children being matched, by {@link Capacity}: children of the group already placed here do not
	 * take a place from themselves.
	 */
	Capacity capacityFor(Collection<String> childIds, LocalDate today) {
		int placedOthers = (int) placed.stream().filter(p -> !childIds.contains(p.personId())).count();
		return capacity(approvals.stream().filter(a -> !a.notYetOn(today)).toList(), placedOthers, today);
	}

	/** The vacancies of {@link #capacity}, without its sentence. */
	static int vacancies(List<ApprovalFacts> approvals, int placed, LocalDate today) {
		int capacity = 0;
		for (ApprovalFacts a : approvals) {
			if (Capacity.givesRoom(a.kind(), a.expiresOn(), today)) {
				capacity = Math.max(capacity, a.maxChildren());
			}
		}
		return Math.max(0, capacity - placed);
	}

	/** Whether the child is placed here now. */
	boolean hasPlaced(String childId) {
		for (PlacedChild p : placed) {
			if (p.personId().equals(childId)) {
				return true;
			}
		}
		return false;
	}

	static Capacity capacity(List<ApprovalFacts> approvals, int placed, LocalDate today) {
		return Capacity.of(approvals.stream().map(a -> new Capacity.Approval(a.kind(), a.maxChildren(), a.expiresOn())).toList(),
				placed, today);
	}
}
