package org.kinmap.matching;

import java.util.ArrayList;
import java.util.List;

import org.kinmap.care.NeedDomain;

/**
 * Collects a domain's evidence: known points with a score and a weight, unknowns (which lower confidence and
 * are said, never scored), and notes for the meeting. The domain score is the weighted mean of the known
 * points, or a neutral 50 when nothing is known.
 */
final class Evidence {

	static final int NEUTRAL = 50;

	private final NeedDomain domain;
	private final List<String> reasons = new ArrayList<>();
	private double weighted;
	private double weights;
	private int known;
	private int unknown;

	Evidence(NeedDomain domain) {
		this.domain = domain;
	}

	Evidence known(double score, double weight, String reason) {
		weighted += Math.max(0, Math.min(100, score)) * weight;
		weights += weight;
		known++;
		reasons.add(reason);
		return this;
	}

	Evidence known(double score, String reason) {
		return known(score, 1, reason);
	}

	Evidence unknown(String reason) {
		unknown++;
		reasons.add("Not known: " + reason);
		return this;
	}

	Evidence note(String reason) {
		reasons.add(reason);
		return this;
	}

	DomainScore result() {
		if (reasons.isEmpty()) {
			unknown("nothing is recorded for " + domain.label() + ".");
		}
		int score = weights == 0 ? NEUTRAL : (int) Math.round(weighted / weights);
		double confidence = known + unknown == 0 ? 0 : (double) known / (known + unknown);
		return new DomainScore(domain, score, Math.round(confidence * 100) / 100.0, reasons);
	}
}
