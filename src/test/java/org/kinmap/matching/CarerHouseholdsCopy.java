package org.kinmap.matching;

import org.kinmap.changes.UnstartedChangeFeed;
import org.springframework.context.ApplicationContext;

/**
 * For the authority benchmark's memory section: the carer households in memory, read whole from the application's
 * database as the application's copy is, but followed by no one, so that the heap they hold can be measured.
 */
public final class CarerHouseholdsCopy {

	private CarerHouseholdsCopy() {
	}

	/** A new copy, read whole (hold it while measuring). */
	public static Object read(ApplicationContext context) {
		CarerHouseholds copy = new CarerHouseholds(context.getBean(MatchingQueries.class), UnstartedChangeFeed.of(context));
		copy.load();
		return copy;
	}
}
