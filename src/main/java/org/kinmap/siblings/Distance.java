package org.kinmap.siblings;

import org.kinmap.network.LatLong;

/** Distances between stored coordinates, as the sibling views show them: measured by {@link LatLong#kmTo}. */
final class Distance {

	private Distance() {
	}

	/** Kilometres from one point to another, rounded to 0.1 km; null when either point is not known (or not a place on Earth). */
	static Double km(Double lat1, Double lon1, Double lat2, Double lon2) {
		return LatLong.of(lat1, lon1)
			.flatMap(from -> LatLong.of(lat2, lon2).map(from::kmTo))
			.map(km -> Math.round(km * 10) / 10.0)
			.orElse(null);
	}
}
