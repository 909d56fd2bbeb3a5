package org.kinmap.assessments;

/**
 * A Regulation 24 temporary approval of a connected person as the child's foster carer
 * ({@code POST /api/children/{id}/reg24-approvals}); it ends 16 weeks after it starts.
 *
 * @param relative the id of the person approved; they need a positive viability assessment for the child
 * @param startsOn the day the approval was given, {@code yyyy-MM-dd}, not in the future
 * @param assessor who assessed them
 * @param notes    anything else
 */
record Reg24Request(String relative, String startsOn, String assessor, String notes) {
}
