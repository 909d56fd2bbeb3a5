package org.kinmap.casework;

import java.util.List;

/** What the casework endpoints answer. */
final class Answers {

	private Answers() {
	}

	/**
	 * A change saved.
	 *
	 * @param personId the person added or changed (for a link, the first of its two persons)
	 * @param subject  the history key of what was changed ({@code person:<id>}, {@code parent-link:<parent>><child>}, ...)
	 * @param version  its version now (send it with the next change)
	 * @param summary  what was done, in words
	 */
	record Saved(String personId, String subject, long version, String summary) {
	}

	/** One field changed: from what, to what (as text; empty for nothing). */
	record FieldChange(String field, String from, String to) {
	}

	/**
	 * One entry of a history: the version it made, what kind of change (added, corrected, risk, changed, removed,
	 * imported), when, by whom, why, and each field changed.
	 */
	record Revision(long version, String kind, String at, String by, String note, List<FieldChange> changes) {
	}

	/** The history of a person or a link, newest first, and its version now (0: removed). */
	record History(String subject, long version, List<Revision> revisions) {
	}
}
