package org.kinmap.matching;

import static org.kinmap.care.NeedDomain.HEALTH;

import java.util.ArrayList;
import java.util.List;

import org.kinmap.care.NeedDomain;
import org.kinmap.carers.CarerSkill;

/** Health: medical needs and disability against the carer's skills, a ground-floor bedroom, smoking, allergies. */
final class HealthCriterion implements DomainCriterion<HealthCriterion.Facts> {

	/**
	 * @param medical      conditions and medication (empty if none recorded)
	 * @param disabilities null when not recorded
	 * @param allergies    null when not recorded
	 */
	record Facts(String name, boolean recorded, List<String> medical, List<String> disabilities, boolean wheelchairUser,
			boolean needsGroundFloorBedroom, List<String> allergies, String mentalHealth) {
	}

	@Override
	public NeedDomain domain() {
		return HEALTH;
	}

	@Override
	public Facts facts(ChildProfile child) {
		Needs needs = child.needs();
		List<String> medical = new ArrayList<>();
		addAll(medical, needs.list(HEALTH, "conditions"));
		addAll(medical, needs.list(HEALTH, "medication"));
		return new Facts(child.givenName(), needs.recorded(HEALTH), List.copyOf(medical), needs.list(HEALTH, "disabilities"),
				Boolean.TRUE.equals(needs.bool(HEALTH, "wheelchairUser")),
				Boolean.TRUE.equals(needs.bool(HEALTH, "needsGroundFloorBedroom")), needs.list(HEALTH, "allergies"),
				needs.text(HEALTH, "mentalHealth"));
	}

	@Override
	public void weigh(Facts child, HouseholdProfile household, Evidence e) {
		String name = child.name();
		if (!child.recorded()) {
			e.unknown(() -> name + "'s health needs are not recorded.");
		}
		List<String> medical = child.medical();
		if (!medical.isEmpty()) {
			boolean skilled = household.has(CarerSkill.MEDICAL_NEEDS);
			e.known(skilled ? 100 : 45, 2, () -> skilled
					? "Carer has experience of complex medical needs; " + name + " has " + String.join(", ", medical) + "."
					: "Carer has no recorded experience of medical needs; " + name + " has " + String.join(", ", medical)
							+ " (support plan to cover it).");
		}
		List<String> disabilities = child.disabilities();
		if (disabilities != null && !disabilities.isEmpty()) {
			boolean skilled = household.has(CarerSkill.DISABILITY);
			e.known(skilled ? 100 : 35, 2, () -> skilled
					? "Carer is experienced in caring for disabled children; " + name + " has " + String.join(", ", disabilities) + "."
					: "Carer has no recorded disability experience; " + name + " has " + String.join(", ", disabilities) + ".");
		}
		if (child.wheelchairUser()) {
			boolean accessible = Boolean.TRUE.equals(household.wheelchairAccessible());
			e.known(accessible ? 100 : 0,
					() -> "Home is " + (accessible ? "" : "not ") + "wheelchair accessible; " + name + " uses a wheelchair.");
		}
		if (child.needsGroundFloorBedroom()) {
			Boolean groundFloor = household.groundFloorBedroom();
			if (groundFloor == null) {
				e.unknown(() -> "whether the home has a ground-floor bedroom, which " + name + " needs.");
			}
			else {
				e.known(groundFloor ? 100 : 10, 2, () -> (groundFloor ? "Has" : "Has no") + " ground-floor bedroom; " + name
						+ " needs one.");
			}
		}
		List<String> allergies = child.allergies();
		if (allergies != null && !allergies.isEmpty() && household.cats() == 0 && household.dogs() == 0) {
			e.known(100, 0.5, () -> "No pets in the home; " + name + " has allergies (" + String.join(", ", allergies) + ").");
		}
		Boolean smoking = household.smoking();
		if (smoking == null) {
			e.unknown(() -> "whether anyone smokes in the home.");
		}
		else {
			e.known(smoking ? 30 : 100, () -> smoking ? "A smoking household." : "A non-smoking household.");
		}
		String mental = child.mentalHealth();
		if (mental != null) {
			boolean therapeutic = household.has(CarerSkill.THERAPEUTIC_PARENTING);
			e.known(therapeutic ? 100 : 60, () -> name + "'s mental health: " + mental + (therapeutic
					? "; carer has therapeutic parenting training." : "; carer has no therapeutic training recorded."));
		}
	}

	private static void addAll(List<String> into, List<String> items) {
		if (items != null) {
			into.addAll(items);
		}
	}
}
