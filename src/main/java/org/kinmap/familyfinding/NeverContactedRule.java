package org.kinmap.familyfinding;

import java.util.Optional;

/** A relative with no contact attempt recorded for the child is marked "never contacted". */
final class NeverContactedRule implements RelativeRule {

	static final String CODE = Mark.NEVER_CONTACTED;

	@Override
	public Optional<Mark> judge(Facts facts) {
		return facts.latestFirst().isEmpty() ? Optional.of(new Mark(CODE, "Never contacted.")) : Optional.empty();
	}
}
