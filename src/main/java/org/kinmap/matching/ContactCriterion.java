package org.kinmap.matching;

import static org.kinmap.care.NeedDomain.CONTACT;

import org.kinmap.care.NeedDomain;

/**
 * Contact (family time): how far the carer would have to take the child to each person they see, weighted by
 * how often they see them (full marks within 5 km, none from 60 km).
 */
final class ContactCriterion implements DomainCriterion {

	@Override
	public NeedDomain domain() {
		return CONTACT;
	}

	@Override
	public DomainScore score(ChildProfile child, HouseholdProfile household) {
		Evidence e = new Evidence(CONTACT);
		String name = child.givenName();
		if (child.familyTime().isEmpty()) {
			e.unknown("no family-time arrangements are recorded for " + name + ".");
		}
		for (ChildProfile.FamilyTime time : child.familyTime()) {
			String with = time.word() == null ? time.name() : "their " + time.word() + " " + time.name();
			String often = time.frequency() == null ? "" : " (" + time.frequency().label() + ")";
			double weight = time.frequency() == null ? 1 : Math.max(1, time.frequency().timesPerYear() / 12.0);
			if (household.id().equals(firstHousehold(time, child))) {
				e.known(100, weight, "Family time with " + with + " happens here, in the carer's home.");
			}
			else if (time.where() != null && household.location() != null) {
				double km = time.where().km(household.location());
				double score = Coordinates.nearness(km, 5, 60);
				e.known(score, weight, score >= 60
						? "Carer can take " + name + " to family time with " + with + ", " + Coordinates.describe(km) + " away" + often + "."
						: "Family time with " + with + often + " would mean a " + Coordinates.describe(km) + " journey from the carer.");
			}
			else {
				e.unknown("where " + time.name() + " lives, for family time" + often + ".");
			}
		}
		String location = child.needs().text(CONTACT, "familyTimeLocation");
		if (location != null) {
			e.note("Family time takes place at " + location + ".");
		}
		return e.result();
	}

	private static String firstHousehold(ChildProfile.FamilyTime time, ChildProfile child) {
		return child.siblings().stream().filter(s -> s.personId().equals(time.personId()))
			.flatMap(s -> s.householdIds().stream()).findFirst().orElse(null);
	}
}
