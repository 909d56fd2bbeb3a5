package org.kinmap.exchange;

import java.util.Collection;
import java.util.Set;

/** Which of the ids a document refers to, but does not itself contain, are already in the graph. */
interface ExistingIds {

	Set<String> persons(Collection<String> ids);

	Set<String> households(Collection<String> ids);

	/** For a document that stands alone (unit tests): nothing exists beyond it. */
	ExistingIds NONE = new ExistingIds() {
		@Override
		public Set<String> persons(Collection<String> ids) {
			return Set.of();
		}

		@Override
		public Set<String> households(Collection<String> ids) {
			return Set.of();
		}
	};
}
