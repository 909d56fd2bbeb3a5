package org.kinmap.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The one distance function: great-circle distances on a sphere of the Earth's mean radius. */
class LatLongTests {

	private static final double R = LatLong.EARTH_MEAN_RADIUS_KM;

	@Test
	void measuresArcsOfTheSphere() {
		// One degree along a meridian is a 360th of the circumference; so is one degree along the equator.
		assertThat(new LatLong(53, -2.9).kmTo(new LatLong(54, -2.9))).isCloseTo(2 * Math.PI * R / 360, within(1e-6));
		assertThat(new LatLong(0, 10).kmTo(new LatLong(0, 11))).isCloseTo(2 * Math.PI * R / 360, within(1e-6));
		// Equator to pole is a quarter of the circumference, whatever the longitude.
		assertThat(new LatLong(0, 37).kmTo(new LatLong(90, -120))).isCloseTo(Math.PI * R / 2, within(1e-6));
	}

	@Test
	void isSymmetricZeroAtTheSamePlaceAndHalfTheCircumferenceAtTheAntipode() {
		LatLong liverpool = new LatLong(53.4084, -2.9916);
		LatLong leeds = new LatLong(53.8008, -1.5491);
		assertThat(liverpool.kmTo(leeds)).isEqualTo(leeds.kmTo(liverpool)).isBetween(100.0, 110.0);
		assertThat(liverpool.kmTo(liverpool)).isZero();
		// Rounding may push the haversine term a hair over 1: still half the circumference, never NaN.
		assertThat(new LatLong(-33.9, 151.2).kmTo(new LatLong(33.9, -28.8))).isCloseTo(Math.PI * R, within(1e-6));
	}

	@Test
	void milesAreInternationalMiles() {
		LatLong a = new LatLong(51.5, -0.12);
		LatLong b = new LatLong(52.2, 0.12);
		assertThat(a.milesTo(b) * 1.609344).isCloseTo(a.kmTo(b), within(1e-9));
	}
}
