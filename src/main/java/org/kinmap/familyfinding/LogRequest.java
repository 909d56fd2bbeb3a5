package org.kinmap.familyfinding;

/**
 * A relative's log entry for a child, replaced whole ({@code PUT /api/children/{id}/family-finding/relatives/{personId}}):
 * how and where they were found, their stated wish, and whether they must not be contacted.
 *
 * @param foundThrough       named_by_parent, named_by_child, family_group_conference, records_search or genogram_session
 * @param foundWhere         where, in words (a court bundle, the grandmother's kitchen table)
 * @param foundOn            when; not in the future
 * @param wish               the relative's stated wish, in their words
 * @param wishOn             when they said it; not in the future
 * @param doNotContact       true: nobody approaches them; their contact details are withheld from those who need not see them
 * @param doNotContactReason why, needed with the flag (for example a domestic abuse risk to the parent)
 */
record LogRequest(String foundThrough, String foundWhere, String foundOn, String wish, String wishOn,
		Boolean doNotContact, String doNotContactReason) {
}
