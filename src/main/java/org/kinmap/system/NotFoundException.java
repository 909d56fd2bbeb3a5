package org.kinmap.system;

/** Something the request names does not exist; answered with 404 and the sentence given. */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String message) {
		super(message);
	}
}
