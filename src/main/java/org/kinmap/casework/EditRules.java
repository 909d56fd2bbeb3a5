package org.kinmap.casework;

import java.util.Optional;

/**
 * The rules of a casework change that are about the change rather than the family (those are the import's, in
 * {@link org.kinmap.exchange.NetworkRules}). Each is a small object answering with the sentence a social worker reads
 * when it refuses, or nothing when it allows.
 */
final class EditRules {

	private EditRules() {
	}

	/** Where a change may be made: what {@code casework/reach} answers for a child and a person. */
	record Reach(boolean inCare, boolean exists, boolean inNetwork) {
	}

	/** Casework is recorded on a looked-after child's record: the child in the path must be one. */
	static final class ChildLookedAfter {
		Optional<String> refusal(String childId, Reach reach) {
			return reach.inCare() ? Optional.empty()
					: Optional.of("No looked-after child has the id '" + childId + "'; family networks are changed from a "
							+ "looked-after child's record");
		}
	}

	/**
	 * Only the family network of the child whose record it is may be changed from it: the person must be the child or
	 * linked to them (within 20 family links or as a connected person), so a record one may read opens no other family.
	 */
	static final class InChildsNetwork {
		Optional<String> refusal(String personId, Reach reach) {
			if (!reach.exists()) {
				return Optional.of("No person has the id '" + personId + "'");
			}
			return reach.inNetwork() ? Optional.empty()
					: Optional.of("The person '" + personId + "' is not in this child's family network; change them from "
							+ "the record of a child whose network they are in");
		}
	}

	/** What a version check decides: go ahead, the version is missing (422), or it is stale (409). */
	enum VersionVerdict {
		CURRENT, MISSING, STALE
	}

	/**
	 * A change of something recorded names the version it was based on, and it must still be the current one: two
	 * people editing one record never overwrite each other's change unseen.
	 */
	static final class CurrentVersion {
		static final String MISSING_SENTENCE = "Send the version of the record your change is based on (the card shows "
				+ "it); without it kinmap cannot tell whether someone else changed the record meanwhile";

		VersionVerdict check(Long given, long current) {
			if (given == null) {
				return VersionVerdict.MISSING;
			}
			return given == current ? VersionVerdict.CURRENT : VersionVerdict.STALE;
		}
	}

	/** Nothing is removed silently: a removal says why, and the reason is kept in the history. */
	static final class ReasonRequired {
		Optional<String> refusal(String reason) {
			return reason == null || reason.isBlank()
					? Optional.of("Say why this is removed (for example \"entered twice by mistake\"); the reason is kept "
							+ "in the history")
					: Optional.empty();
		}
	}

	/** The child whose record it is cannot be removed from their own network. */
	static final class NotTheChild {
		Optional<String> refusal(String childId, String personId) {
			return childId.equals(personId)
					? Optional.of("This is the child whose record this is; a child cannot be removed from their own "
							+ "family network")
					: Optional.empty();
		}
	}

	/**
	 * A half-sibling's shared parent, when named, is one of the person's birth parents: the new half-sibling is that
	 * parent's birth child, and their other parent is not known.
	 */
	static final class SharedParentIsABirthParent {
		Optional<String> refusal(String sharedParent, java.util.Collection<String> birthParents) {
			return sharedParent == null || sharedParent.isBlank() || birthParents.contains(sharedParent)
					? Optional.empty()
					: Optional.of("The shared parent '" + sharedParent + "' is not a recorded birth parent of this person; "
							+ "choose one of their birth parents, or leave it empty if the shared parent is not recorded");
		}
	}

	/** A relation added from a card is one kinmap knows. */
	static final class KnownRelation {
		Optional<String> refusal(String relation) {
			if (relation == null || relation.isBlank()) {
				return Optional.of("Say how the new person is related: one of " + org.kinmap.system.Coded.codes(Relation.class));
			}
			return org.kinmap.system.Coded.parse(Relation.class, relation).isPresent() ? Optional.empty()
					: Optional.of("'" + relation + "' is not a relation kinmap knows; it is one of "
							+ org.kinmap.system.Coded.codes(Relation.class));
		}
	}

	/** A correction has the person's details (the import's rule then asks for a given name or a family name). */
	static final class DetailsGiven {
		Optional<String> refusal(PersonDetails details) {
			return details == null ? Optional.of("The person's details are missing: give at least a given name or a "
					+ "family name") : Optional.empty();
		}
	}

	/** A relative added is either a new person (their details) or one already recorded (their id), never both. */
	static final class OnePersonNamed {
		Optional<String> refusal(PersonDetails details, String existingPerson) {
			boolean existing = existingPerson != null && !existingPerson.isBlank();
			if (details == null && !existing) {
				return Optional.of("Give the new person's details (at least a given name or a family name), or choose a "
						+ "person already recorded");
			}
			return details != null && existing
					? Optional.of("Give either a new person's details or a person already recorded, not both")
					: Optional.empty();
		}
	}
}
