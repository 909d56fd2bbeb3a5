package org.kinmap.matching;

import java.util.Locale;

import org.kinmap.network.LatLong;

/** A place on the map, in WGS84 degrees, with the great-circle distance between two of them (measured by {@link LatLong#kmTo}). */
record Coordinates(double latitude, double longitude) {

	Coordinates {
		if (!LatLong.isLatitude(latitude) || !LatLong.isLongitude(longitude)) {
			throw new IllegalArgumentException("Not a place on Earth: " + latitude + ", " + longitude);
		}
	}

	/**
	 * Null unless both numbers are known and make a place on Earth: a stored value that does not (1e308, NaN) is
	 * read as unknown, so one bad record never stops a shortlist, a group's matches or the assignment.
	 */
	static Coordinates of(Object latitude, Object longitude) {
		return LatLong.of(latitude, longitude).map(p -> new Coordinates(p.latitude(), p.longitude())).orElse(null);
	}

	/** Great-circle distance in kilometres ({@link LatLong#kmTo}). */
	double km(Coordinates other) {
		return place().kmTo(other.place());
	}

	private LatLong place() {
		return new LatLong(latitude, longitude);
	}

	/** "1.2 km" under ten kilometres, "40 km" above. */
	static String describe(double km) {
		return km < 10 ? String.format(Locale.ROOT, "%.1f km", km) : Math.round(km) + " km";
	}

	/** 100 within {@code fullKm}, 0 from {@code zeroKm}, straight line between. */
	static double nearness(double km, double fullKm, double zeroKm) {
		if (km <= fullKm) {
			return 100;
		}
		if (km >= zeroKm) {
			return 0;
		}
		return 100 * (zeroKm - km) / (zeroKm - fullKm);
	}
}
