package org.kinmap.carers;

import java.time.LocalDate;
import java.util.List;

/** What the API shows of carer households. */
final class CarerViews {

	private CarerViews() {
	}

	/** A row of {@code GET /api/carers}. */
	record CarerSummary(String id, String name, String postcode, String agency, String agencyType,
			List<String> approvalKinds, int capacity, int placed, int vacancies, int dogs, int cats, List<String> skills) {
	}

	/** {@code GET /api/carers/{id}}. */
	record CarerDetail(String id, String name, String postcode, Double latitude, Double longitude, String agency,
			String agencyType, List<Member> members, List<ApprovalView> approvals, Capacity capacity,
			List<PlacedChild> placedChildren, List<Integer> otherChildrenAges, int dogs, int cats, List<String> otherPets,
			Boolean smoking, Boolean wheelchairAccessible, Boolean groundFloorBedroom, List<String> languages,
			String religion, String ethnicity, List<String> skills, String notes) {
	}

	record Member(String personId, String name, String role, Integer age, boolean riskToChildren) {
	}

	record ApprovalView(String id, String kind, String kindLabel, Integer minAge, Integer maxAge,
			Integer maxChildren, boolean siblingGroupsConsidered, LocalDate approvedOn, LocalDate expiresOn,
			boolean current, String terms) {
	}

	record PlacedChild(String personId, String name, Integer age, String placementId, String placementType,
			LocalDate since) {
	}
}
