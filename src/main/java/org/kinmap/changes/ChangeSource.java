package org.kinmap.changes;

import java.util.List;

/** Where a {@link Follower} reads the change sequence: the database ({@link ChangeLog}), or a test's own list. */
interface ChangeSource {

	/** The last number given so far (0 before the first write). */
	long current();

	/** The entries after {@code sequence}, oldest first, at most {@code limit}. */
	List<Change> after(long sequence, int limit);
}
