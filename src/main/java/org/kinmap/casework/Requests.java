package org.kinmap.casework;

/**
 * What the casework endpoints take. Every change of something recorded carries the {@code version} it was based on (as
 * the card showed it), and may carry a {@code note}: why, kept in the history.
 */
public final class Requests {

	private Requests() {
	}

	/**
	 * A relative (or connected person) added from a person's card.
	 *
	 * @param relation               parent, child, partner, full_sibling, half_sibling, twin, connected_person
	 * @param person                 the new person's details (or, instead, {@code existingPerson})
	 * @param existingPerson         a person already in the child's network to link as this relation, instead of a new
	 *                               one (e.g. a father already recorded for one child, found to be another's too)
	 * @param parentLinkType         for a parent or child: birth (the default), adoptive, step, foster, special_guardian, other
	 * @param parentalResponsibility for a parent or child: whether the parent holds parental responsibility
	 * @param partnershipType        for a partner: married, civil_partnership, cohabiting, other
	 * @param partnershipStatus      for a partner: current (the default), separated, divorced, dissolved, widowed
	 * @param from                   when the link began (a parent link or partnership), a partial date
	 * @param to                     when it ended
	 * @param sharedParent           for a half-sibling: the parent they share (one of the person's birth parents); left
	 *                               out when the shared parent is not recorded, and the other parent is unknown
	 * @param zygosity               for a twin: identical, fraternal, unknown
	 * @param nature                 for a connected person: relative, family_friend, neighbour, godparent, ...
	 * @param identifiedBy           for a connected person: how they were identified
	 * @param note                   why, or how the social worker learnt it (kept in the history)
	 */
	public record AddRelative(String relation, PersonDetails person, String existingPerson, String parentLinkType,
			Boolean parentalResponsibility, String partnershipType, String partnershipStatus, String from, String to, String sharedParent,
			String zygosity, String nature, String identifiedBy, String note) {
	}

	/** A person's details corrected: every field of the card's form. */
	public record CorrectDetails(Long version, PersonDetails person, String note) {
	}

	/** A risk to children flagged (with what it is) or cleared. */
	public record ChangeRisk(Long version, Boolean riskToChildren, String riskNote, String note) {
	}

	/** A partnership changed or ended: separated, divorced, with dates. */
	public record ChangePartnership(Long version, String type, String status, String from, String to, String note) {
	}

	/** A parent link's type (birth, adoptive, step, special guardian, ...) and parental responsibility changed. */
	public record ChangeParentLink(Long version, String type, Boolean parentalResponsibility, String from, String to,
			String note) {
	}

	/** A person or link entered by mistake removed: the reason is required and kept in the history. */
	public record Removal(Long version, String reason) {
	}
}
