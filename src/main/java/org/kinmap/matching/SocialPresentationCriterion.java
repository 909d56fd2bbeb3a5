package org.kinmap.matching;

import static org.kinmap.care.NeedDomain.SOCIAL_PRESENTATION;

import java.util.List;
import java.util.Locale;

import org.kinmap.care.NeedDomain;

/**
 * Social presentation: the child's interests and hobbies against what the carer's notes say of the household.
 * Carers' interests are not a structured field, so an interest not mentioned is unknown, not a mismatch.
 */
final class SocialPresentationCriterion implements DomainCriterion {

	@Override
	public NeedDomain domain() {
		return SOCIAL_PRESENTATION;
	}

	@Override
	public DomainScore score(ChildProfile child, HouseholdProfile household) {
		Evidence e = new Evidence(SOCIAL_PRESENTATION);
		String name = child.givenName();
		List<String> interests = child.needs().list(SOCIAL_PRESENTATION, "interests");
		if (interests == null || interests.isEmpty()) {
			e.unknown(name + "'s interests and hobbies.");
			return e.result();
		}
		String notes = household.notes() == null ? "" : household.notes().toLowerCase(Locale.ROOT);
		List<String> shared = interests.stream().filter(i -> !i.isBlank() && notes.contains(i.toLowerCase(Locale.ROOT))).toList();
		if (!shared.isEmpty()) {
			e.known(100, "The carer's notes mention " + String.join(", ", shared) + ", which " + name + " enjoys.");
		}
		else {
			e.unknown("whether the carer shares or can support " + name + "'s interests (" + String.join(", ", interests) + ").");
		}
		return e.result();
	}
}
