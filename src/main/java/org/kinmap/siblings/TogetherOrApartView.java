package org.kinmap.siblings;

import java.time.LocalDate;
import java.util.List;

import org.kinmap.network.PersonRef;

/** A together-or-apart assessment as recorded: the children, their views, each pair, the recommendation. */
public record TogetherOrApartView(String id, String status, String recommendation, String recommendationLabel,
		LocalDate requestedOn, LocalDate concludedOn, String reasons, String assessor, List<PersonRef> children,
		List<Views> views, List<Pair> pairs) {

	public record Views(String child, String views) {
	}

	public record Pair(List<String> children, String quality, String qualityLabel, Boolean placeTogether, String note) {
	}
}
