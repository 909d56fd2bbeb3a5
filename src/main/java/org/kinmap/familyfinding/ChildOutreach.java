package org.kinmap.familyfinding;

import java.time.LocalDate;
import java.util.Map;

/**
 * A child's family-finding state, for the work list ({@link FamilyFindingLog#outreach}): when the network was last
 * searched, whether a search is due and why, and each logged relative's outreach.
 *
 * @param unlogged the outreach of a relative with nothing logged (never contacted)
 */
public record ChildOutreach(String childId, LocalDate lastSearched, String lastSearchKind, boolean reSearchDue,
		String reSearchReason, Map<String, RelativeOutreach> relatives, RelativeOutreach unlogged) {

	/** The relative's outreach; {@link #unlogged} when nothing is logged about them. */
	public RelativeOutreach of(String personId) {
		return relatives.getOrDefault(personId, unlogged);
	}
}
