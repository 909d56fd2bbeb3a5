package org.kinmap.system;

/** The request cannot be answered as it is; answered with 400 and the sentence given, which names what to change. */
public class BadRequestException extends RuntimeException {

	public BadRequestException(String message) {
		super(message);
	}
}
