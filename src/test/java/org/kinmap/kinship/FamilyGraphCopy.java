package org.kinmap.kinship;

import org.kinmap.changes.UnstartedChangeFeed;
import org.kinmap.system.CypherQueries;
import org.springframework.context.ApplicationContext;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * For the authority benchmark's memory section: a family graph in memory of its own, read whole from the
 * application's database as the application's is, but followed by no one, so that the heap it holds can be measured
 * by building it and letting it go.
 */
public final class FamilyGraphCopy {

	private FamilyGraphCopy() {
	}

	/** A new copy, read whole; answers the copy (hold it while measuring) . */
	public static Object read(ApplicationContext context) {
		FamilyGraphProjection copy = new FamilyGraphProjection(context.getBean(Neo4jClient.class),
				context.getBean(CypherQueries.class), context.getBean(PlatformTransactionManager.class),
				UnstartedChangeFeed.of(context), false);
		copy.load();
		return copy;
	}

	/** How many persons the copy holds. */
	public static int persons(Object copy) {
		return ((FamilyGraphProjection) copy).size();
	}
}
