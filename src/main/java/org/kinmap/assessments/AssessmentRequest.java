package org.kinmap.assessments;

/**
 * A request for an assessment of a relative for a child ({@code POST /api/children/{id}/assessments}). Dates are ISO
 * {@code yyyy-MM-dd}.
 *
 * @param relative    the id of the person to assess
 * @param type        viability (the default), connected_person_full or special_guardianship; the last two only after a
 *                    positive viability assessment of the same person for the child
 * @param requestedOn the day it was requested, not in the future
 * @param assessor    who will assess, if known
 * @param notes       anything the assessor should know
 */
record AssessmentRequest(String relative, String type, String requestedOn, String assessor, String notes) {
}
