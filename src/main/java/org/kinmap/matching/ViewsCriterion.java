package org.kinmap.matching;

import static org.kinmap.care.NeedDomain.VIEWS;

import java.util.List;

import org.kinmap.care.NeedDomain;

/**
 * Child's views, wishes and worries: worries about animals against the pets in the home, the wish to stay near
 * where the child lives now (distance from the current home), and the child's own words for the meeting.
 */
final class ViewsCriterion implements DomainCriterion<ViewsCriterion.Facts> {

	/**
	 * @param worriesRecorded fears or worries are recorded (even as an empty list)
	 * @param noWorries       both are recorded, and empty
	 */
	record Facts(String name, boolean worriesRecorded, boolean afraidOfDogs, boolean afraidOfCats, boolean noWorries,
			Coordinates home, String wishes, String place) {
	}

	@Override
	public NeedDomain domain() {
		return VIEWS;
	}

	@Override
	public Facts facts(ChildProfile child) {
		Needs needs = child.needs();
		List<String> fears = needs.list(VIEWS, "fears");
		List<String> worries = needs.list(VIEWS, "worries");
		return new Facts(child.givenName(), fears != null || worries != null, afraid(needs, "dog"), afraid(needs, "cat"),
				fears != null && fears.isEmpty() && worries != null && worries.isEmpty(), child.home(),
				needs.text(VIEWS, "wishes"), needs.text(VIEWS, "preferredLocation"));
	}

	private static boolean afraid(Needs needs, String animal) {
		return needs.names(VIEWS, "fears", animal) || needs.names(VIEWS, "worries", animal);
	}

	@Override
	public void weigh(Facts child, HouseholdProfile household, Evidence e) {
		String name = child.name();
		if (!child.worriesRecorded()) {
			e.unknown(() -> name + "'s worries and fears are not recorded.");
		}
		else {
			if (child.afraidOfDogs()) {
				animal(e, name, "dog", household.dogs());
			}
			if (child.afraidOfCats()) {
				animal(e, name, "cat", household.cats());
			}
			if (child.noWorries()) {
				e.known(100, 0.5, () -> name + " has no recorded worries about a new home.");
			}
		}
		if (child.home() != null && household.location() != null) {
			double km = child.home().km(household.location());
			e.known(Coordinates.nearness(km, 5, 50), () -> Coordinates.describe(km) + " from where " + name + " lives now"
					+ (km <= 5 ? ": close to friends and community." : "."));
		}
		else {
			e.unknown(() -> "where " + name + " lives now, or where the carer lives, so nearness cannot be judged.");
		}
		if (child.wishes() != null) {
			e.note(() -> name + " says: \"" + child.wishes() + "\" (for the matching meeting to weigh).");
		}
		if (child.place() != null) {
			e.note(() -> name + " would like to live in or near " + child.place() + "; the carer's postcode is "
					+ (household.postcode() == null ? "not recorded" : household.postcode()) + ".");
		}
	}

	private static void animal(Evidence e, String name, String animal, int count) {
		e.known(count == 0 ? 100 : 0, 2, () -> count == 0 ? "No " + animal + "s in the home; " + name + " is afraid of "
				+ animal + "s." : "Has " + animal + "s; " + name + " is afraid of them.");
	}
}
