package org.kinmap.genogram;

/**
 * Places points on a line in a fixed order as close as possible (weighted least squares) to where each wants
 * to be, with at least a given gap between neighbours. With {@code o} the running sum of the gaps, the points
 * {@code y = x - o} must not decrease, which is isotonic regression, solved exactly by the pool-adjacent-
 * violators algorithm (Ayer et al., 1955) in O(n).
 */
final class Pava {

	private Pava() {
	}

	/**
	 * @param desired where each point wants to be
	 * @param weight  how strongly (positive)
	 * @param gaps    the minimum distance between point i and i+1 ({@code desired.length - 1} of them)
	 * @return the positions, in the same order, each at least its gap right of the one before
	 */
	static double[] closestWithGaps(double[] desired, double[] weight, double[] gaps) {
		int n = desired.length;
		if (gaps.length != Math.max(0, n - 1) || weight.length != n) {
			throw new IllegalArgumentException("Need one weight per point and one gap between each pair of neighbours");
		}
		double[] offset = new double[n];
		for (int i = 1; i < n; i++) {
			offset[i] = offset[i - 1] + gaps[i - 1];
		}
		double[] value = new double[n];
		double[] mass = new double[n];
		int[] size = new int[n];
		int blocks = 0;
		for (int i = 0; i < n; i++) {
			value[blocks] = desired[i] - offset[i];
			mass[blocks] = weight[i];
			size[blocks] = 1;
			blocks++;
			while (blocks > 1 && value[blocks - 2] > value[blocks - 1]) {
				double m = mass[blocks - 2] + mass[blocks - 1];
				value[blocks - 2] = (value[blocks - 2] * mass[blocks - 2] + value[blocks - 1] * mass[blocks - 1]) / m;
				mass[blocks - 2] = m;
				size[blocks - 2] += size[blocks - 1];
				blocks--;
			}
		}
		double[] result = new double[n];
		int i = 0;
		for (int b = 0; b < blocks; b++) {
			for (int k = 0; k < size[b]; k++, i++) {
				result[i] = value[b] + offset[i];
			}
		}
		return result;
	}
}
