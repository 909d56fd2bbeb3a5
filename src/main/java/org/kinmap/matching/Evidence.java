package org.kinmap.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.kinmap.care.NeedDomain;

/**
 * Collects a domain's evidence: known points with a score and a weight, unknowns (which lower confidence and
 * are said, never scored), and notes for the meeting. The domain score is the weighted mean of the known
 * points, or a neutral 50 when nothing is known.
 *
 * <p>Each point comes with its sentence as a {@link Supplier}: evidence that {@linkplain #explained explains}
 * builds every sentence; {@linkplain #quiet quiet} evidence builds none and gives the same score and confidence
 * ({@link #rating()}), which is all that ranking thousands of households needs. The sentences are then built only for
 * the households a person reads about.
 */
final class Evidence {

	static final int NEUTRAL = 50;

	/** A domain's score and confidence without the reasons: what {@link DomainScore} says in numbers. */
	record Rating(int score, double confidence) {
	}

	private final NeedDomain domain;
	private final List<String> reasons;
	private int said;
	private double weighted;
	private double weights;
	private int known;
	private int unknown;

	private Evidence(NeedDomain domain, boolean explain) {
		this.domain = domain;
		this.reasons = explain ? new ArrayList<>() : null;
	}

	/** Evidence that keeps every sentence, for {@link #result()}. */
	static Evidence explained(NeedDomain domain) {
		return new Evidence(domain, true);
	}

	/** Evidence that keeps the numbers only, for {@link #rating()}. */
	static Evidence quiet(NeedDomain domain) {
		return new Evidence(domain, false);
	}

	Evidence known(double score, double weight, Supplier<String> reason) {
		weighted += Math.max(0, Math.min(100, score)) * weight;
		weights += weight;
		known++;
		return say(reason);
	}

	Evidence known(double score, Supplier<String> reason) {
		return known(score, 1, reason);
	}

	Evidence unknown(Supplier<String> reason) {
		unknown++;
		if (reasons != null) {
			reasons.add("Not known: " + reason.get());
		}
		said++;
		return this;
	}

	Evidence note(Supplier<String> reason) {
		return say(reason);
	}

	private Evidence say(Supplier<String> reason) {
		if (reasons != null) {
			reasons.add(reason.get());
		}
		said++;
		return this;
	}

	private void nothingSaid() {
		if (said == 0) {
			unknown(() -> "nothing is recorded for " + domain.label() + ".");
		}
	}

	private int score() {
		return weights == 0 ? NEUTRAL : (int) Math.round(weighted / weights);
	}

	private double confidence() {
		double confidence = known + unknown == 0 ? 0 : (double) known / (known + unknown);
		return Math.round(confidence * 100) / 100.0;
	}

	/** The score with its reasons (explained evidence only). */
	DomainScore result() {
		if (reasons == null) {
			throw new IllegalStateException("Quiet evidence keeps no reasons; use rating()");
		}
		nothingSaid();
		return new DomainScore(domain, score(), confidence(), reasons);
	}

	/** The score and confidence alone: the same numbers as {@link #result()} would give. */
	Rating rating() {
		nothingSaid();
		return new Rating(score(), confidence());
	}
}
