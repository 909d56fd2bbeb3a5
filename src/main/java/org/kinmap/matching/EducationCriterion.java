package org.kinmap.matching;

import static org.kinmap.care.NeedDomain.EDUCATION;

import java.util.Optional;

import org.kinmap.care.NeedDomain;
import org.kinmap.care.SenSupport;
import org.kinmap.carers.CarerSkill;

/**
 * Education: keeping the child at their school (distance from the carer to the school: full marks within 3 km,
 * none from 30 km) and special educational needs against the carer's experience.
 */
final class EducationCriterion implements DomainCriterion<EducationCriterion.Facts> {

	/**
	 * @param school     the school's name, null if not recorded
	 * @param at         where the school is, null if not recorded
	 * @param keepSchool false when a school move is planned
	 */
	record Facts(String name, String school, Coordinates at, Boolean keepSchool, Optional<SenSupport> sen) {
	}

	@Override
	public NeedDomain domain() {
		return EDUCATION;
	}

	@Override
	public Facts facts(ChildProfile child) {
		Needs needs = child.needs();
		return new Facts(child.givenName(), needs.text(EDUCATION, "school"), needs.school(), needs.bool(EDUCATION, "keepSchool"),
				needs.coded(EDUCATION, "senSupport", SenSupport.class));
	}

	@Override
	public void weigh(Facts child, HouseholdProfile household, Evidence e) {
		String name = child.name();
		String school = child.school();
		Coordinates at = child.at();
		String schoolName = school == null ? "the same school" : school;
		if (at != null && household.location() != null) {
			double km = at.km(household.location());
			if (Boolean.FALSE.equals(child.keepSchool())) {
				e.known(70, 0.5, () -> "A school move is planned for " + name + "; " + schoolName + " is "
						+ Coordinates.describe(km) + " from the carer.");
			}
			else {
				double score = Coordinates.nearness(km, 3, 30);
				e.known(score, 3, () -> (score >= 50 ? "Keeps " + name + " at " + schoolName + ": " : name
						+ " would struggle to stay at " + schoolName + ": ") + Coordinates.describe(km) + " from the carer.");
			}
		}
		else if (at == null) {
			e.unknown(() -> "where " + name + "'s school is" + (school == null ? "" : " (" + school + ")") + ".");
		}
		else {
			e.unknown(() -> "where the carer lives, so the distance to " + schoolName + " cannot be measured.");
		}
		var level = child.sen();
		if (level.isEmpty()) {
			e.unknown(() -> "whether " + name + " has special educational needs.");
		}
		else if (level.get() == SenSupport.NONE) {
			e.known(100, 0.5, () -> name + " has no special educational needs recorded.");
		}
		else {
			boolean skilled = household.has(CarerSkill.SPECIAL_EDUCATIONAL_NEEDS);
			e.known(skilled ? 100 : level.get() == SenSupport.EHCP ? 35 : 55, 2, () -> skilled
					? "Carer has special educational needs experience; " + name + " has " + level.get().label() + "."
					: "Carer has no recorded special educational needs experience; " + name + " has " + level.get().label() + ".");
		}
	}
}
