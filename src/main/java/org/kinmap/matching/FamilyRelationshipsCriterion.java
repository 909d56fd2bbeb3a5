package org.kinmap.matching;

import static org.kinmap.care.NeedDomain.FAMILY_RELATIONSHIPS;

import java.time.LocalDate;
import java.util.List;

import org.kinmap.care.NeedDomain;

/**
 * Family and social relationships: a sibling already living with the carer, a connected person in the household,
 * the child's current carer (an existing relationship counts in their favour: the policies welcome foster carers
 * who ask to become permanent carers), and otherwise how near the household is to the siblings living elsewhere.
 */
final class FamilyRelationshipsCriterion implements DomainCriterion<FamilyRelationshipsCriterion.Facts> {

	/** @param keyPeople null when not recorded */
	record Facts(String name, List<ChildProfile.Relation> siblings, List<ChildProfile.Relation> connectedPersons,
			String currentHouseholdId, LocalDate placedSince, List<String> keyPeople) {
	}

	@Override
	public NeedDomain domain() {
		return FAMILY_RELATIONSHIPS;
	}

	@Override
	public Facts facts(ChildProfile child) {
		return new Facts(child.givenName(), child.siblings(), child.connectedPersons(), child.currentHouseholdId(),
				child.placedSince(), child.needs().list(FAMILY_RELATIONSHIPS, "keyPeople"));
	}

	@Override
	public void weigh(Facts child, HouseholdProfile household, Evidence e) {
		String name = child.name();
		boolean close = false;
		for (ChildProfile.Relation sibling : child.siblings()) {
			if (sibling.livesIn(household.id())) {
				e.known(100, 4, () -> "Carer already looks after " + name + "'s " + sibling.word() + " " + sibling.name() + ".");
				close = true;
			}
		}
		for (ChildProfile.Relation person : child.connectedPersons()) {
			if (person.livesIn(household.id())) {
				e.known(100, 3, () -> name + "'s " + person.word() + " " + person.name() + " lives here (a connected person).");
				close = true;
			}
		}
		if (household.id().equals(child.currentHouseholdId())) {
			e.known(100, 3, () -> name + " has lived here" + (child.placedSince() == null ? "" : " since " + child.placedSince())
					+ ": an existing relationship, kept if these carers can offer permanence.");
			close = true;
		}
		boolean elsewhere = false;
		for (ChildProfile.Relation sibling : child.siblings()) {
			if (sibling.livesIn(household.id())) {
				continue;
			}
			elsewhere = true;
			if (sibling.where() != null && household.location() != null) {
				double km = sibling.where().km(household.location());
				e.known(Coordinates.nearness(km, 5, 60), close ? 0.5 : 1, () -> name + "'s " + sibling.word() + " "
						+ sibling.name() + " lives " + Coordinates.describe(km) + " away.");
			}
			else {
				e.unknown(() -> "where " + name + "'s " + sibling.word() + " " + sibling.name() + " lives.");
			}
		}
		if (!close && !elsewhere) {
			e.known(Evidence.NEUTRAL, 0.5, () -> "No sibling or connected person of " + name
					+ " lives here, and no sibling is recorded elsewhere.");
		}
		List<String> keyPeople = child.keyPeople();
		if (keyPeople != null && !keyPeople.isEmpty()) {
			e.note(() -> "Key people for " + name + ": " + String.join(", ", keyPeople) + ".");
		}
	}
}
