package org.kinmap.siblings;

import org.kinmap.network.LatLong;

/** Great-circle distances between coordinates (haversine, on a sphere of the Earth's mean radius). */
final class Distance {

	static final double EARTH_RADIUS_KM = 6371.0088;

	private Distance() {
	}

	/** Kilometres from one point to another, rounded to 0.1 km; null when either point is not known (or not a place on Earth). */
	static Double km(Double lat1, Double lon1, Double lat2, Double lon2) {
		if (LatLong.of(lat1, lon1).isEmpty() || LatLong.of(lat2, lon2).isEmpty()) {
			return null;
		}
		double dLat = Math.toRadians(lat2 - lat1);
		double dLon = Math.toRadians(lon2 - lon1);
		double h = Math.pow(Math.sin(dLat / 2), 2)
				+ Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
		double km = 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
		return Math.round(km * 10) / 10.0;
	}
}
