package org.kinmap.access;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** A new account whose name is taken: a 409 problem. */
class AccountConflictException extends ResponseStatusException {

	AccountConflictException(String message) {
		super(HttpStatus.CONFLICT, message);
	}
}
