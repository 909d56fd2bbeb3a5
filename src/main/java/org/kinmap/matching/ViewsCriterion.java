package org.kinmap.matching;

import static org.kinmap.care.NeedDomain.VIEWS;

import java.util.List;

import org.kinmap.care.NeedDomain;

/**
 * Child's views, wishes and worries: worries about animals against the pets in the home, the wish to stay near
 * where the child lives now (distance from the current home), and the child's own words for the meeting.
 */
final class ViewsCriterion implements DomainCriterion {

	@Override
	public NeedDomain domain() {
		return VIEWS;
	}

	@Override
	public DomainScore score(ChildProfile child, HouseholdProfile household) {
		Evidence e = new Evidence(VIEWS);
		String name = child.givenName();
		Needs needs = child.needs();
		List<String> fears = needs.list(VIEWS, "fears");
		if (fears == null && needs.list(VIEWS, "worries") == null) {
			e.unknown(name + "'s worries and fears are not recorded.");
		}
		else {
			for (String animal : List.of("dog", "cat")) {
				boolean worried = needs.names(VIEWS, "fears", animal) || needs.names(VIEWS, "worries", animal);
				int count = animal.equals("dog") ? household.dogs() : household.cats();
				if (worried) {
					e.known(count == 0 ? 100 : 0, 2, count == 0 ? "No " + animal + "s in the home; " + name + " is afraid of "
							+ animal + "s." : "Has " + animal + "s; " + name + " is afraid of them.");
				}
			}
			if (fears != null && fears.isEmpty() && needs.list(VIEWS, "worries") != null && needs.list(VIEWS, "worries").isEmpty()) {
				e.known(100, 0.5, name + " has no recorded worries about a new home.");
			}
		}
		if (child.home() != null && household.location() != null) {
			double km = child.home().km(household.location());
			e.known(Coordinates.nearness(km, 5, 50), Coordinates.describe(km) + " from where " + name + " lives now"
					+ (km <= 5 ? ": close to friends and community." : "."));
		}
		else {
			e.unknown("where " + name + " lives now, or where the carer lives, so nearness cannot be judged.");
		}
		String wishes = needs.text(VIEWS, "wishes");
		if (wishes != null) {
			e.note(name + " says: \"" + wishes + "\" (for the matching meeting to weigh).");
		}
		String place = needs.text(VIEWS, "preferredLocation");
		if (place != null) {
			e.note(name + " would like to live in or near " + place + "; the carer's postcode is "
					+ (household.postcode() == null ? "not recorded" : household.postcode()) + ".");
		}
		return e.result();
	}
}
