package org.kinmap.matching;

import org.kinmap.carers.Capacity;

/** The household has a vacancy for the child, or for every child of the group ({@link Capacity}). */
final class EnoughVacancies implements HardConstraint {

	static final String RULE = "enough vacancies";

	@Override
	public Verdict check(Placing placing, HouseholdProfile household) {
		Capacity capacity = household.capacityFor(placing.ids(), placing.today());
		long alreadyHere = household.placed().stream().filter(p -> placing.ids().contains(p.personId())).count();
		long needed = placing.size() - alreadyHere;
		String here = alreadyHere == 0 ? "" : " (" + alreadyHere + " of them already placed here)";
		if (capacity.vacancies() >= needed) {
			return Verdict.allowed(RULE, capacity.reason() + (needed == 0 ? " Already placed here." : "") + here);
		}
		return Verdict.excluded(RULE, capacity.reason() + " " + placing.names() + " " + (placing.group() ? "need " : "needs ")
				+ needed + (needed == 1 ? " place" : " places") + "." + here);
	}
}
