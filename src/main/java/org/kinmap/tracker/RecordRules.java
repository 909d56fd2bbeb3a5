package org.kinmap.tracker;

import java.util.Optional;

/** The rules of recording from kinmap that a network document cannot say by itself (docs/tracker.md). */
final class RecordRules {

	private RecordRules() {
	}

	/** The kind and child of the record an id already names. */
	record Owner(String kind, String childId) {
	}

	/**
	 * An id given in a request must be new, or name a record of the same kind for the same child: a document is
	 * upserted by id, so another child's id would move that child's record to this one, from a child the social
	 * worker may not even see.
	 */
	static final class IdOfThisChild {
		Optional<String> refusal(String kind, String childId, Optional<Owner> owner) {
			return owner.filter(o -> !o.kind().equals(kind) || !childId.equals(o.childId()))
				.map(o -> "the id is already used by another record; leave it out for a new " + kind);
		}
	}
}
