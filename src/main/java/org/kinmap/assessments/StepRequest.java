package org.kinmap.assessments;

/**
 * A step of an assessment ({@code POST /api/assessments/{id}/status}).
 *
 * @param status   in_progress (started), positive or negative (concluded), withdrawn
 * @param on       the day it happened, {@code yyyy-MM-dd}, not in the future nor before the assessment's last step
 * @param assessor who assesses (kept if absent)
 * @param reason   why; needed for negative and withdrawn
 */
record StepRequest(String status, String on, String assessor, String reason) {
}
