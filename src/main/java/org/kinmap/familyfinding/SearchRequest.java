package org.kinmap.familyfinding;

/**
 * A search of the child's network to record ({@code POST /api/children/{id}/family-finding/searches}).
 *
 * @param kind records_search, genogram_session or family_group_conference
 * @param on   the day; not in the future
 * @param note what was searched or who took part (optional)
 */
record SearchRequest(String kind, String on, String note) {
}
