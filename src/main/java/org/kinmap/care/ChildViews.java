package org.kinmap.care;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.kinmap.assessments.AssessmentView;
import org.kinmap.network.PersonRef;

/** What the API shows of looked-after children. */
final class ChildViews {

	private ChildViews() {
	}

	/** A row of {@code GET /api/children}. */
	record ChildSummary(String id, String name, String sex, String birthDate, Integer age, String legalStatus,
			String legalStatusLabel, LocalDate lookedAfterSince, String permanencePlan, String contingencyPlan,
			PlacementView currentPlacement) {
	}

	/** {@code GET /api/children/{id}}. */
	record ChildDetail(String id, String name, String sex, String birthDate, Integer age, String ethnicity,
			String religion, String firstLanguage, String postcode, CareRecordView care, PlacementView currentPlacement,
			List<PlacementView> placements, Map<String, Map<String, Object>> needs, List<AssessmentView> assessments,
			List<ContactView> contacts) {
	}

	record CareRecordView(String legalStatus, String legalStatusLabel, LocalDate lookedAfterSince,
			List<LocalDate> reviewDates, LocalDate nextReviewDue, String permanencePlan, String permanencePlanLabel,
			String contingencyPlan, String contingencyPlanLabel, LocalDate planAgreedOn, String socialWorker,
			LocalDate ceasedOn, String ceasedReason) {
	}

	/** Where a child lives or lived: a household (carer or family) or a named provider. */
	record PlacementView(String id, String type, String typeLabel, String householdId, String householdName,
			String postcode, boolean carerHousehold, String provider, LocalDate start, LocalDate end, String endReason) {
	}

	record ContactView(PersonRef with, String mode, String frequency, String frequencyLabel, Boolean supervised,
			String note) {
	}
}
