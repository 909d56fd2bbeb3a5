package org.kinmap.matching;

import java.util.ArrayList;
import java.util.List;

import org.kinmap.care.NeedDomain;

/**
 * No dogs (or cats) in the home when a child is afraid of them ({@code views.fears}, {@code views.worries}) or
 * allergic to them ({@code health.allergies}), the animal named as a word ("dogs", "large dogs", "cat hair"; not
 * "dogwood pollen").
 */
final class NoFearedOrAllergenicPets implements HardConstraint {

	static final String RULE = "no feared or allergenic pets";

	@Override
	public String rule() {
		return RULE;
	}

	@Override
	public boolean allows(Placing placing, HouseholdProfile household) {
		if (household.dogs() == 0 && household.cats() == 0) {
			return true;
		}
		for (ChildProfile child : placing.children()) {
			if ((household.dogs() > 0 && (afraid(child, "dog") || allergic(child, "dog")))
					|| (household.cats() > 0 && (afraid(child, "cat") || allergic(child, "cat")))) {
				return false;
			}
		}
		return true;
	}

	private static boolean afraid(ChildProfile child, String animal) {
		Needs needs = child.needs();
		return needs.names(NeedDomain.VIEWS, "fears", animal) || needs.names(NeedDomain.VIEWS, "worries", animal);
	}

	private static boolean allergic(ChildProfile child, String animal) {
		return child.needs().names(NeedDomain.HEALTH, "allergies", animal);
	}

	@Override
	public Verdict check(Placing placing, HouseholdProfile household) {
		List<String> problems = new ArrayList<>();
		for (ChildProfile child : placing.children()) {
			problem(child, "dog", household.dogs()).ifPresent(problems::add);
			problem(child, "cat", household.cats()).ifPresent(problems::add);
		}
		if (problems.isEmpty()) {
			return Verdict.allowed(RULE, "No pet in the home that a child fears or is allergic to.");
		}
		return Verdict.excluded(RULE, String.join(" ", problems));
	}

	private static java.util.Optional<String> problem(ChildProfile child, String animal, int count) {
		if (count == 0) {
			return java.util.Optional.empty();
		}
		boolean afraid = afraid(child, animal);
		boolean allergic = allergic(child, animal);
		if (!afraid && !allergic) {
			return java.util.Optional.empty();
		}
		String pets = count == 1 ? "a " + animal : count + " " + animal + "s";
		String why = afraid && allergic ? "is afraid of and allergic to " : afraid ? "is afraid of " : "is allergic to ";
		return java.util.Optional.of("Has " + pets + "; " + child.givenName() + " " + why + animal + "s.");
	}
}
