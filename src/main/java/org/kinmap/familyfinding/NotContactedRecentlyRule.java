package org.kinmap.familyfinding;

import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * A relative whose latest contact attempt is {@code kinmap.family-finding.not-contacted-after} (28 days) ago or longer
 * is marked, with the days and the date: family finding that stops is family finding that fails.
 */
final class NotContactedRecentlyRule implements RelativeRule {

	static final String CODE = "not_contacted_recently";

	private final Period after;

	NotContactedRecentlyRule(Period after) {
		if (after == null || after.isNegative() || after.isZero()) {
			throw new IllegalArgumentException("kinmap.family-finding.not-contacted-after must be a positive period; it was " + after);
		}
		this.after = after;
	}

	@Override
	public Optional<Mark> judge(Facts facts) {
		return facts.latest().filter(a -> !a.on().plus(after).isAfter(facts.today())).map(a -> {
			long days = ChronoUnit.DAYS.between(a.on(), facts.today());
			return new Mark(CODE, "Not contacted for " + days + " days (last on " + a.on() + ").");
		});
	}
}
