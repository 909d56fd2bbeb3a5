package org.kinmap.familyfinding;

import java.time.LocalDate;

/** A contact attempt as stored. */
record Attempt(String id, String personId, String name, LocalDate on, String mode, String outcome, String note,
		String nextStep, LocalDate nextStepOn, String recordedBy, String recordedAt) {

	/** A note as a sentence: one full stop at the end, never two. */
	static String sentence(String text) {
		String t = text == null ? "" : text.strip();
		return t.isEmpty() || t.endsWith(".") || t.endsWith("!") || t.endsWith("?") ? t : t + ".";
	}
}
