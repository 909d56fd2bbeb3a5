package org.kinmap.matching;

import static org.kinmap.care.NeedDomain.HEALTH;

import java.util.ArrayList;
import java.util.List;

import org.kinmap.care.NeedDomain;
import org.kinmap.carers.CarerSkill;

/** Health: medical needs and disability against the carer's skills, a ground-floor bedroom, smoking, allergies. */
final class HealthCriterion implements DomainCriterion {

	@Override
	public NeedDomain domain() {
		return HEALTH;
	}

	@Override
	public DomainScore score(ChildProfile child, HouseholdProfile household) {
		Evidence e = new Evidence(HEALTH);
		String name = child.givenName();
		Needs needs = child.needs();
		if (!needs.recorded(HEALTH)) {
			e.unknown(name + "'s health needs are not recorded.");
		}
		List<String> medical = new ArrayList<>();
		addAll(medical, needs.list(HEALTH, "conditions"));
		addAll(medical, needs.list(HEALTH, "medication"));
		if (!medical.isEmpty()) {
			boolean skilled = household.has(CarerSkill.MEDICAL_NEEDS);
			e.known(skilled ? 100 : 45, 2, skilled
					? "Carer has experience of complex medical needs; " + name + " has " + String.join(", ", medical) + "."
					: "Carer has no recorded experience of medical needs; " + name + " has " + String.join(", ", medical)
							+ " (support plan to cover it).");
		}
		List<String> disabilities = needs.list(HEALTH, "disabilities");
		if (disabilities != null && !disabilities.isEmpty()) {
			boolean skilled = household.has(CarerSkill.DISABILITY);
			e.known(skilled ? 100 : 35, 2, skilled
					? "Carer is experienced in caring for disabled children; " + name + " has " + String.join(", ", disabilities) + "."
					: "Carer has no recorded disability experience; " + name + " has " + String.join(", ", disabilities) + ".");
		}
		if (Boolean.TRUE.equals(needs.bool(HEALTH, "wheelchairUser"))) {
			e.known(Boolean.TRUE.equals(household.wheelchairAccessible()) ? 100 : 0,
					"Home is " + (Boolean.TRUE.equals(household.wheelchairAccessible()) ? "" : "not ")
							+ "wheelchair accessible; " + name + " uses a wheelchair.");
		}
		if (Boolean.TRUE.equals(needs.bool(HEALTH, "needsGroundFloorBedroom"))) {
			if (household.groundFloorBedroom() == null) {
				e.unknown("whether the home has a ground-floor bedroom, which " + name + " needs.");
			}
			else {
				e.known(household.groundFloorBedroom() ? 100 : 10, 2, (household.groundFloorBedroom() ? "Has" : "Has no")
						+ " ground-floor bedroom; " + name + " needs one.");
			}
		}
		List<String> allergies = needs.list(HEALTH, "allergies");
		if (allergies != null && !allergies.isEmpty() && household.cats() == 0 && household.dogs() == 0) {
			e.known(100, 0.5, "No pets in the home; " + name + " has allergies (" + String.join(", ", allergies) + ").");
		}
		if (household.smoking() == null) {
			e.unknown("whether anyone smokes in the home.");
		}
		else {
			e.known(household.smoking() ? 30 : 100, household.smoking() ? "A smoking household." : "A non-smoking household.");
		}
		String mental = needs.text(HEALTH, "mentalHealth");
		if (mental != null) {
			e.known(household.has(CarerSkill.THERAPEUTIC_PARENTING) ? 100 : 60,
					name + "'s mental health: " + mental + (household.has(CarerSkill.THERAPEUTIC_PARENTING)
							? "; carer has therapeutic parenting training." : "; carer has no therapeutic training recorded."));
		}
		return e.result();
	}

	private static void addAll(List<String> into, List<String> items) {
		if (items != null) {
			into.addAll(items);
		}
	}
}
