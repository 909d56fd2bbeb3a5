package org.kinmap.network;

import java.util.Optional;

/**
 * A place on the map in WGS84 degrees: a finite latitude from -90 to 90 and a finite longitude from -180 to 180.
 * Coordinates are checked when a document is imported; a stored pair that is not a place on Earth (written
 * some other way, or before the check) is read as unknown, so that one bad record never stops a view of other
 * children.
 */
public record LatLong(double latitude, double longitude) {

	/** The Earth's mean radius (IUGG), the sphere the distances are measured on. */
	public static final double EARTH_MEAN_RADIUS_KM = 6371.0088;

	/** The international mile. */
	public static final double KM_PER_MILE = 1.609344;

	public LatLong {
		if (!isLatitude(latitude) || !isLongitude(longitude)) {
			throw new IllegalArgumentException("Not a place on Earth: " + latitude + ", " + longitude);
		}
	}

	/** The place, when both values are numbers that make one; empty when either is missing or invalid. */
	public static Optional<LatLong> of(Object latitude, Object longitude) {
		if (latitude instanceof Number lat && longitude instanceof Number lon && isLatitude(lat.doubleValue())
				&& isLongitude(lon.doubleValue())) {
			return Optional.of(new LatLong(lat.doubleValue(), lon.doubleValue()));
		}
		return Optional.empty();
	}

	public static boolean isLatitude(double value) {
		return Double.isFinite(value) && value >= -90 && value <= 90;
	}

	public static boolean isLongitude(double value) {
		return Double.isFinite(value) && value >= -180 && value <= 180;
	}

	/** The latitude of a stored pair, or null when the pair is not a place (see {@link #of}). */
	public static Double latitudeOf(Object latitude, Object longitude) {
		return of(latitude, longitude).map(LatLong::latitude).orElse(null);
	}

	/** The longitude of a stored pair, or null when the pair is not a place (see {@link #of}). */
	public static Double longitudeOf(Object latitude, Object longitude) {
		return of(latitude, longitude).map(LatLong::longitude).orElse(null);
	}

	/**
	 * The great-circle distance to another place in kilometres: the haversine formula on a sphere of the Earth's
	 * mean radius, within about 0.5% of the distance on the ellipsoid. kinmap's one distance function: matching,
	 * siblings and kinship all measure with it.
	 */
	public double kmTo(LatLong other) {
		double dLat = Math.toRadians(other.latitude - latitude);
		double dLon = Math.toRadians(other.longitude - longitude);
		double h = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(latitude))
				* Math.cos(Math.toRadians(other.latitude)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
		return 2 * EARTH_MEAN_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
	}

	/** {@link #kmTo} in miles. */
	public double milesTo(LatLong other) {
		return kmTo(other) / KM_PER_MILE;
	}
}
