package org.kinmap.matching;

import static org.kinmap.care.NeedDomain.CONTACT;

import java.util.ArrayList;
import java.util.List;

import org.kinmap.care.NeedDomain;

/**
 * Contact (family time): how far the carer would have to take the child to each person they see, weighted by
 * how often they see them (full marks within 5 km, none from 60 km).
 */
final class ContactCriterion implements DomainCriterion<ContactCriterion.Facts> {

	/**
	 * Family time with one person, as this criterion weighs it.
	 *
	 * @param with      "their grandmother Rose Khan", or the name alone
	 * @param often     " (monthly)", or empty when the frequency is not recorded
	 * @param weight    how much it counts: its meetings a month, at least 1
	 * @param household the first household of a sibling with this id (family time there happens in the carer's home)
	 */
	record Time(String personName, String with, String often, double weight, String household, Coordinates where) {
	}

	record Facts(String name, List<Time> familyTime, String location) {
	}

	@Override
	public NeedDomain domain() {
		return CONTACT;
	}

	@Override
	public Facts facts(ChildProfile child) {
		List<Time> times = new ArrayList<>();
		for (ChildProfile.FamilyTime time : child.familyTime()) {
			times.add(new Time(time.name(), time.word() == null ? time.name() : "their " + time.word() + " " + time.name(),
					time.frequency() == null ? "" : " (" + time.frequency().label() + ")",
					time.frequency() == null ? 1 : Math.max(1, time.frequency().timesPerYear() / 12.0),
					firstHousehold(time, child), time.where()));
		}
		return new Facts(child.givenName(), List.copyOf(times), child.needs().text(CONTACT, "familyTimeLocation"));
	}

	@Override
	public void weigh(Facts child, HouseholdProfile household, Evidence e) {
		String name = child.name();
		if (child.familyTime().isEmpty()) {
			e.unknown(() -> "no family-time arrangements are recorded for " + name + ".");
		}
		for (Time time : child.familyTime()) {
			if (household.id().equals(time.household())) {
				e.known(100, time.weight(), () -> "Family time with " + time.with() + " happens here, in the carer's home.");
			}
			else if (time.where() != null && household.location() != null) {
				double km = time.where().km(household.location());
				double score = Coordinates.nearness(km, 5, 60);
				e.known(score, time.weight(), () -> score >= 60
						? "Carer can take " + name + " to family time with " + time.with() + ", " + Coordinates.describe(km)
								+ " away" + time.often() + "."
						: "Family time with " + time.with() + time.often() + " would mean a " + Coordinates.describe(km)
								+ " journey from the carer.");
			}
			else {
				e.unknown(() -> "where " + time.personName() + " lives, for family time" + time.often() + ".");
			}
		}
		if (child.location() != null) {
			e.note(() -> "Family time takes place at " + child.location() + ".");
		}
	}

	private static String firstHousehold(ChildProfile.FamilyTime time, ChildProfile child) {
		for (ChildProfile.Relation s : child.siblings()) {
			if (s.personId().equals(time.personId()) && !s.householdIds().isEmpty()) {
				return s.householdIds().get(0);
			}
		}
		return null;
	}
}
