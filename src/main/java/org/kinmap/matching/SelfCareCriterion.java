package org.kinmap.matching;

import static org.kinmap.care.NeedDomain.SELF_CARE;

import java.util.Optional;

import org.kinmap.care.NeedDomain;
import org.kinmap.care.SelfCareLevel;
import org.kinmap.carers.CarerSkill;

/** Self-care skills: the support the child needs for their age against the carer's experience (babies, teenagers, disability). */
final class SelfCareCriterion implements DomainCriterion<SelfCareCriterion.Facts> {

	record Facts(String name, Optional<SelfCareLevel> level, Integer age) {
	}

	@Override
	public NeedDomain domain() {
		return SELF_CARE;
	}

	@Override
	public Facts facts(ChildProfile child) {
		return new Facts(child.givenName(), child.needs().coded(SELF_CARE, "level", SelfCareLevel.class), child.age());
	}

	@Override
	public void weigh(Facts child, HouseholdProfile household, Evidence e) {
		String name = child.name();
		var level = child.level();
		if (level.isEmpty()) {
			e.unknown(() -> "how far " + name + " manages their own care for their age.");
		}
		else {
			switch (level.get()) {
				case AGE_APPROPRIATE -> e.known(100, () -> name + "'s self-care is age appropriate.");
				case NEEDS_SUPPORT -> {
					boolean skilled = household.has(CarerSkill.DISABILITY) || household.has(CarerSkill.SPECIAL_EDUCATIONAL_NEEDS)
							|| household.has(CarerSkill.THERAPEUTIC_PARENTING);
					e.known(skilled ? 90 : 65, () -> name + " needs some support with self-care" + (skilled
							? "; the carer has the experience." : "; the carer's experience of it is not recorded."));
				}
				case SIGNIFICANT_SUPPORT -> {
					boolean skilled = household.has(CarerSkill.DISABILITY);
					e.known(skilled ? 100 : 30, 2, () -> name + " needs significant support with self-care" + (skilled
							? "; the carer is experienced in caring for disabled children." : "; the carer has no recorded disability experience."));
				}
			}
		}
		Integer age = child.age();
		if (age != null && age >= 15) {
			boolean teens = household.has(CarerSkill.TEENAGERS);
			e.known(teens ? 100 : 60, () -> name + " is " + age + (teens
					? "; the carer is experienced with teenagers and preparing for independence."
					: "; the carer has no recorded experience with teenagers."));
		}
		else if (age != null && age <= 2) {
			boolean babies = household.has(CarerSkill.BABIES);
			e.known(babies ? 100 : 60, () -> name + " is " + age + (babies ? "; the carer is experienced with babies."
					: "; the carer has no recorded experience with babies."));
		}
	}
}
