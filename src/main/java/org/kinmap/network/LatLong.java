package org.kinmap.network;

import java.util.Optional;

/**
 * A place on the map in WGS84 degrees: a finite latitude from -90 to 90 and a finite longitude from -180 to 180.
 * Coordinates are checked when a document is imported; a stored pair that is not a place on Earth (written
 * some other way, or before the check) is read as unknown, so that one bad record never stops a view of other
 * children.
 */
public record LatLong(double latitude, double longitude) {

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
}
