package org.kinmap.changes;

import java.util.List;

/**
 * A copy of part of the graph held in memory that follows the change sequence ({@link ChangeFeed#follow}). Its
 * {@link Follower} calls these on the follower's own thread only, one call at a time, so a copy never applies two
 * changes at once nor out of order; readers read the copy meanwhile without a lock (the copy swaps immutable values
 * into concurrent maps or a volatile reference).
 */
public interface FollowedCopy {

	/** Reads the whole copy from Neo4j again, replacing what it holds. */
	void load();

	/**
	 * Reads again what these changes touched (consecutive entries, oldest first). Reading Neo4j now gives a state at
	 * least as new as the last of them, so re-reading what each touched brings the copy up to it.
	 */
	void apply(List<Change> changes);
}
