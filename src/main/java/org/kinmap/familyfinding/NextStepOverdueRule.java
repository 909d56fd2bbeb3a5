package org.kinmap.familyfinding;

import java.util.Optional;

/** The next step the latest attempt set is marked once its date has passed without a later attempt. */
final class NextStepOverdueRule implements RelativeRule {

	static final String CODE = "next_step_overdue";

	@Override
	public Optional<Mark> judge(Facts facts) {
		return facts.latest().filter(a -> a.nextStepOn() != null && a.nextStepOn().isBefore(facts.today()))
			.map(a -> new Mark(CODE, "Next step overdue since " + a.nextStepOn() + ": " + Attempt.sentence(a.nextStep())));
	}
}
