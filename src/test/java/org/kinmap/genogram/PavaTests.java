package org.kinmap.genogram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PavaTests {

	@Test
	void pointsThatFitStayWhereTheyWantToBe() {
		assertThat(Pava.closestWithGaps(new double[] { 0, 5, 9 }, new double[] { 1, 1, 1 }, new double[] { 1, 1 }))
			.containsExactly(0, 5, 9);
	}

	@Test
	void pointsWantingOnePlaceSpreadEvenlyAroundIt() {
		assertThat(Pava.closestWithGaps(new double[] { 4, 4, 4 }, new double[] { 1, 1, 1 }, new double[] { 1, 1 }))
			.containsExactly(new double[] { 3, 4, 5 }, within(1e-9));
	}

	@Test
	void aLightPointGivesWayToAHeavyOne() {
		double[] x = Pava.closestWithGaps(new double[] { 2, 2 }, new double[] { 0.05, 1 }, new double[] { 1 });
		assertThat(x[1] - x[0]).isEqualTo(1, within(1e-9));
		assertThat(x[1]).isGreaterThan(2).isLessThan(2.1);
	}
}
