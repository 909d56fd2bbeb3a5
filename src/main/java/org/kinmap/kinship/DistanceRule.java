package org.kinmap.kinship;

import org.kinmap.kinship.ChildContext.Place;

/**
 * Distance from the child's school and home (great-circle miles): within 5 miles scores 30, 15 miles 20,
 * 40 miles 10. The nearer of the two counts; the school is named when it is known.
 */
final class DistanceRule implements RankingRule {

	static final double EARTH_RADIUS_MILES = 3958.8;

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

	/** Haversine distance in miles. */
	static double miles(double lat, double lon, Place to) {
		double dLat = Math.toRadians(to.latitude() - lat);
		double dLon = Math.toRadians(to.longitude() - lon);
		double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat))
				* Math.cos(Math.toRadians(to.latitude())) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
		return 2 * EARTH_RADIUS_MILES * Math.asin(Math.sqrt(a));
	}
}
