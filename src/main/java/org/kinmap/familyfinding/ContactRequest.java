package org.kinmap.familyfinding;

/**
 * A contact attempt to record ({@code POST /api/children/{id}/family-finding/relatives/{personId}/contacts}). Dates are
 * ISO {@code yyyy-MM-dd}; codes as {@link AttemptMode} and {@link AttemptOutcome} spell them.
 *
 * @param on         the day of the attempt; not in the future
 * @param mode       phone, letter, email or visit
 * @param outcome    no_answer, reached, declined, interested_in_caring, offers_support_not_care or not_suitable
 * @param note       what was said, in the social worker's words (optional)
 * @param nextStep   what happens next (given with {@code nextStepOn}, or neither)
 * @param nextStepOn when; not before the attempt
 */
record ContactRequest(String on, String mode, String outcome, String note, String nextStep, String nextStepOn) {
}
