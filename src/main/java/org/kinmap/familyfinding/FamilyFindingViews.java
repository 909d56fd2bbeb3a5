package org.kinmap.familyfinding;

import java.time.LocalDate;
import java.util.List;

/** What the family-finding endpoints answer. */
final class FamilyFindingViews {

	private FamilyFindingViews() {
	}

	/**
	 * A child's family-finding log: when the network was last searched and whether a search is due (with why), every
	 * search, and each relative's log, latest contact first.
	 */
	record FamilyFindingView(String childId, LocalDate lastSearched, String lastSearchKind, boolean reSearchDue,
			String reSearchReason, List<SearchView> searches, List<RelativeLogView> relatives) {
	}

	/**
	 * One relative's log for the child. {@code doNotContactReason} is null for those who may not read it;
	 * {@code doNotContactNote} is what they read instead.
	 */
	record RelativeLogView(String personId, String name, String foundThrough, String foundThroughLabel, String foundWhere,
			LocalDate foundOn, String wish, LocalDate wishOn, boolean doNotContact, String doNotContactReason,
			String doNotContactNote, String updatedBy, String updatedAt, List<ContactView> contacts,
			LastContact lastContact, String nextStep, LocalDate nextStepOn, List<Mark> marks) {
	}

	/** A contact attempt as recorded, with who recorded it and when. */
	record ContactView(String id, String personId, LocalDate on, String mode, String modeLabel, String outcome,
			String outcomeLabel, String note, String nextStep, LocalDate nextStepOn, String recordedBy, String recordedAt) {
	}

	/** A search of the child's network as recorded. */
	record SearchView(String id, String kind, String kindLabel, LocalDate on, String note, String recordedBy,
			String recordedAt) {
	}
}
