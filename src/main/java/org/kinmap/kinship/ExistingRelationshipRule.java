package org.kinmap.kinship;

import org.kinmap.network.ContactFrequency;
import org.kinmap.system.Coded;

/**
 * An existing relationship with the child: raised together (80), or family time, scored by how often
 * (60 for weekly down to 10 for when arranged).
 */
final class ExistingRelationshipRule implements RankingRule {

	@Override
	public Factor judge(Prospect p) {
		String name = p.child().givenName();
		if (p.child().raisedWith().contains(p.person().id())) {
			return Factor.say("relationship", 80, "Raised with " + name + ".");
		}
		String frequency = p.child().contact().get(p.person().id());
		if (frequency != null) {
			var f = Coded.parse(ContactFrequency.class, frequency);
			int times = f.map(ContactFrequency::timesPerYear).orElse(0);
			int points = times >= 52 ? 60 : times >= 26 ? 50 : times >= 12 ? 40 : times >= 4 ? 25 : 10;
			return Factor.say("relationship", points,
					"Sees " + name + " " + f.map(Coded::label).orElse(frequency.replace('_', ' ')) + ".");
		}
		return Factor.note("relationship", 0, "No contact with " + name + " recorded.");
	}
}
