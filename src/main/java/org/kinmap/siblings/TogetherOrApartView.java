package org.kinmap.siblings;

import java.time.LocalDate;
import java.util.List;

import org.kinmap.network.PersonRef;

/** A together-or-apart assessment as recorded: the children, their views, each pair, the recommendation. */
record TogetherOrApartView(String id, String status, String recommendation, String recommendationLabel,
		LocalDate requestedOn, LocalDate concludedOn, String reasons, String assessor, List<PersonRef> children,
		List<Views> views, List<Pair> pairs) {

	record Views(String child, String views) {
	}

	record Pair(List<String> children, String quality, String qualityLabel, Boolean placeTogether, String note) {
	}
}
