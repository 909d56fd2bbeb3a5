package org.kinmap.siblings;

import org.kinmap.changes.UnstartedChangeFeed;
import org.springframework.context.ApplicationContext;

/**
 * For the authority benchmark's memory section: a census of every sibling group (the default kinds, as the summary
 * asks for), taken from the application's database as the application's is, but kept by no one, so that the heap
 * it holds can be measured.
 */
public final class SiblingCensusCopy {

	private SiblingCensusCopy() {
	}

	/** A new census of the default kinds (hold it while measuring). */
	public static Object take(ApplicationContext context) {
		// Its follower never starts, so the census is not current and is taken afresh for the caller, not kept.
		return new SiblingGroupCensus(context.getBean(SiblingGraph.class), UnstartedChangeFeed.of(context))
			.of(SiblingKind.DEFAULT);
	}

	/** How many people are in the census's groups. */
	public static int persons(Object census) {
		return ((SiblingGroupCensus.Census) census).persons();
	}
}
