package org.kinmap.matching;

import static org.kinmap.care.NeedDomain.EMOTIONAL_BEHAVIOURAL;

import java.util.ArrayList;
import java.util.List;

import org.kinmap.care.NeedDomain;
import org.kinmap.carers.CarerSkill;

/** Emotional and behavioural development: attachment, trauma and behaviour against therapeutic parenting and teenagers. */
final class EmotionalBehaviouralCriterion implements DomainCriterion<EmotionalBehaviouralCriterion.Facts> {

	/**
	 * @param needsTherapy what calls for therapeutic parenting, in words (empty if nothing)
	 * @param behaviours   null when not recorded
	 */
	record Facts(String name, boolean recorded, List<String> needsTherapy, List<String> behaviours, boolean teen) {
	}

	@Override
	public NeedDomain domain() {
		return EMOTIONAL_BEHAVIOURAL;
	}

	@Override
	public Facts facts(ChildProfile child) {
		Needs needs = child.needs();
		List<String> needsTherapy = new ArrayList<>();
		if (Boolean.TRUE.equals(needs.bool(EMOTIONAL_BEHAVIOURAL, "attachmentDifficulties"))) {
			needsTherapy.add("attachment difficulties");
		}
		if (Boolean.TRUE.equals(needs.bool(EMOTIONAL_BEHAVIOURAL, "traumaHistory"))) {
			needsTherapy.add("a history of trauma");
		}
		if (Boolean.TRUE.equals(needs.bool(EMOTIONAL_BEHAVIOURAL, "therapeuticParentingNeeded"))) {
			needsTherapy.add("a need for therapeutic parenting");
		}
		return new Facts(child.givenName(), needs.recorded(EMOTIONAL_BEHAVIOURAL), List.copyOf(needsTherapy),
				needs.list(EMOTIONAL_BEHAVIOURAL, "behaviours"), child.age() != null && child.age() >= 12);
	}

	@Override
	public void weigh(Facts child, HouseholdProfile household, Evidence e) {
		String name = child.name();
		if (!child.recorded()) {
			e.unknown(() -> name + "'s emotional and behavioural needs are not recorded.");
			return;
		}
		List<String> needsTherapy = child.needsTherapy();
		boolean therapeutic = household.has(CarerSkill.THERAPEUTIC_PARENTING);
		if (!needsTherapy.isEmpty()) {
			e.known(therapeutic ? 100 : 30, 3, () -> (therapeutic ? "Carer has therapeutic parenting training; "
					: "Carer has no therapeutic parenting training recorded; ") + name + " has " + String.join(" and ", needsTherapy) + ".");
		}
		List<String> behaviours = child.behaviours();
		if (behaviours != null && !behaviours.isEmpty()) {
			boolean skilled = therapeutic || (child.teen() && household.has(CarerSkill.TEENAGERS));
			e.known(skilled ? 90 : 50, 2, () -> (skilled ? "Carer is prepared for " : "Carer's experience of ")
					+ "behaviour such as " + String.join(", ", behaviours) + (skilled ? "." : " is not recorded."));
		}
		if (needsTherapy.isEmpty() && (behaviours == null || behaviours.isEmpty())) {
			e.known(100, () -> "No emotional or behavioural needs recorded that call for particular skills.");
		}
	}
}
