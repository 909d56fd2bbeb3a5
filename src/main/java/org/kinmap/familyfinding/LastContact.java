package org.kinmap.familyfinding;

import java.time.LocalDate;

/** The latest contact attempt with a relative for a child: when, how, and what came of it. */
public record LastContact(LocalDate on, String mode, String modeLabel, String outcome, String outcomeLabel) {
}
