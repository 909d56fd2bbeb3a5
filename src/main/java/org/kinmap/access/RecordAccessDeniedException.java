package org.kinmap.access;

import org.springframework.security.access.AccessDeniedException;

/** A child's record the person may not see, with the reason in words: a 403 problem. */
class RecordAccessDeniedException extends AccessDeniedException {

	RecordAccessDeniedException(String reason) {
		super(reason);
	}
}
