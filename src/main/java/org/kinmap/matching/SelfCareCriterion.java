package org.kinmap.matching;

import static org.kinmap.care.NeedDomain.SELF_CARE;

import org.kinmap.care.NeedDomain;
import org.kinmap.care.SelfCareLevel;
import org.kinmap.carers.CarerSkill;
import org.kinmap.system.Coded;

/** Self-care skills: the support the child needs for their age against the carer's experience (babies, teenagers, disability). */
final class SelfCareCriterion implements DomainCriterion {

	@Override
	public NeedDomain domain() {
		return SELF_CARE;
	}

	@Override
	public DomainScore score(ChildProfile child, HouseholdProfile household) {
		Evidence e = new Evidence(SELF_CARE);
		String name = child.givenName();
		var level = Coded.parse(SelfCareLevel.class, child.needs().text(SELF_CARE, "level"));
		if (level.isEmpty()) {
			e.unknown("how far " + name + " manages their own care for their age.");
		}
		else {
			switch (level.get()) {
				case AGE_APPROPRIATE -> e.known(100, name + "'s self-care is age appropriate.");
				case NEEDS_SUPPORT -> {
					boolean skilled = household.has(CarerSkill.DISABILITY) || household.has(CarerSkill.SPECIAL_EDUCATIONAL_NEEDS)
							|| household.has(CarerSkill.THERAPEUTIC_PARENTING);
					e.known(skilled ? 90 : 65, name + " needs some support with self-care" + (skilled
							? "; the carer has the experience." : "; the carer's experience of it is not recorded."));
				}
				case SIGNIFICANT_SUPPORT -> {
					boolean skilled = household.has(CarerSkill.DISABILITY);
					e.known(skilled ? 100 : 30, 2, name + " needs significant support with self-care" + (skilled
							? "; the carer is experienced in caring for disabled children." : "; the carer has no recorded disability experience."));
				}
			}
		}
		if (child.age() != null && child.age() >= 15) {
			boolean teens = household.has(CarerSkill.TEENAGERS);
			e.known(teens ? 100 : 60, name + " is " + child.age() + (teens ? "; the carer is experienced with teenagers and preparing for independence."
					: "; the carer has no recorded experience with teenagers."));
		}
		else if (child.age() != null && child.age() <= 2) {
			boolean babies = household.has(CarerSkill.BABIES);
			e.known(babies ? 100 : 60, name + " is " + child.age() + (babies ? "; the carer is experienced with babies."
					: "; the carer has no recorded experience with babies."));
		}
		return e.result();
	}
}
