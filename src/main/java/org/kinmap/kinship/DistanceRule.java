package org.kinmap.kinship;

import org.kinmap.kinship.ChildContext.Place;
import org.kinmap.network.LatLong;

/**
 * Distance from the child's school and home (great-circle miles): within 5 miles scores 30, 15 miles 20,
 * 40 miles 10. The nearer of the two counts; the school is named when it is known.
 */
final class DistanceRule implements RankingRule {

	@Override
	public Factor judge(Prospect p) {
		KinPerson person = p.person();
		if (person.latitude() == null || person.longitude() == null) {
			return Factor.say("distance", 0, "Address not recorded.");
		}
		Place school = p.child().school();
		Place home = p.child().home();
		if (school == null && home == null) {
			return Factor.note("distance", 0, "The child's school and home are not recorded.");
		}
		double toSchool = school == null ? Double.MAX_VALUE : miles(person.latitude(), person.longitude(), school);
		double toHome = home == null ? Double.MAX_VALUE : miles(person.latitude(), person.longitude(), home);
		double nearest = Math.min(toSchool, toHome);
		int points = nearest <= 5 ? 30 : nearest <= 15 ? 20 : nearest <= 40 ? 10 : 0;
		String words = toSchool <= toHome ? Math.round(toSchool) + " miles from " + school.name() + "."
				: Math.round(toHome) + " miles from " + p.child().givenName() + "'s home.";
		return Factor.say("distance", points, words.replaceFirst("^1 miles", "1 mile").replaceFirst("^0 miles", "Under a mile"));
	}

	/** Great-circle distance in miles ({@link LatLong#milesTo}). */
	static double miles(double lat, double lon, Place to) {
		return new LatLong(lat, lon).milesTo(new LatLong(to.latitude(), to.longitude()));
	}
}
