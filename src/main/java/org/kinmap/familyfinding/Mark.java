package org.kinmap.familyfinding;

/**
 * A mark on a relative in the work list, from one of the log's rules: {@code code} for machines ({@code never_contacted},
 * {@code not_contacted_recently}, {@code next_step_overdue}), {@code words} for the social worker.
 */
public record Mark(String code, String words) {

	/** The code of the mark on a relative with no contact attempt recorded for the child. */
	public static final String NEVER_CONTACTED = "never_contacted";
}
