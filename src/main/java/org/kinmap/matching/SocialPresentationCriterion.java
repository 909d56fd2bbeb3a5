package org.kinmap.matching;

import static org.kinmap.care.NeedDomain.SOCIAL_PRESENTATION;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.kinmap.care.NeedDomain;

/**
 * Social presentation: the child's interests and hobbies against what the carer's notes say of the household.
 * Carers' interests are not a structured field, so an interest not mentioned is unknown, not a mismatch.
 */
final class SocialPresentationCriterion implements DomainCriterion<SocialPresentationCriterion.Facts> {

	/**
	 * @param interests the interests as recorded (null when not recorded)
	 * @param lower     each interest in lower case, blank ones as null (never matched)
	 */
	record Facts(String name, List<String> interests, List<String> lower) {
	}

	@Override
	public NeedDomain domain() {
		return SOCIAL_PRESENTATION;
	}

	@Override
	public Facts facts(ChildProfile child) {
		List<String> interests = child.needs().list(SOCIAL_PRESENTATION, "interests");
		List<String> lower = new ArrayList<>();
		if (interests != null) {
			interests.forEach(i -> lower.add(i.isBlank() ? null : i.toLowerCase(Locale.ROOT)));
		}
		return new Facts(child.givenName(), interests, java.util.Collections.unmodifiableList(lower));
	}

	@Override
	public void weigh(Facts child, HouseholdProfile household, Evidence e) {
		String name = child.name();
		List<String> interests = child.interests();
		if (interests == null || interests.isEmpty()) {
			e.unknown(() -> name + "'s interests and hobbies.");
			return;
		}
		String notes = household.notes() == null ? "" : Lower.of(household.notes());
		List<String> shared = null;
		for (int i = 0; i < interests.size(); i++) {
			String interest = child.lower().get(i);
			if (interest != null && notes.contains(interest)) {
				if (shared == null) {
					shared = new ArrayList<>();
				}
				shared.add(interests.get(i));
			}
		}
		if (shared != null) {
			List<String> mentioned = shared;
			e.known(100, () -> "The carer's notes mention " + String.join(", ", mentioned) + ", which " + name + " enjoys.");
		}
		else {
			e.unknown(() -> "whether the carer shares or can support " + name + "'s interests (" + String.join(", ", interests) + ").");
		}
	}
}
