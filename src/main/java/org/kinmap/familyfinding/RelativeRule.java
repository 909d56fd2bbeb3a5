package org.kinmap.familyfinding;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A rule that marks a relative in the work list: a small named object that returns its mark with the words a social
 * worker reads, or nothing. Rules apply only to relatives who may be contacted.
 */
interface RelativeRule {

	Optional<Mark> judge(Facts facts);

	/** What the rules read: the attempts with the relative for the child, latest first, and today. */
	record Facts(List<Attempt> latestFirst, LocalDate today) {

		Optional<Attempt> latest() {
			return latestFirst.stream().findFirst();
		}
	}
}
