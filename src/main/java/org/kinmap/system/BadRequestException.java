package org.kinmap.system;

/**
 * A request that cannot be answered as asked (a parameter out of range, a value of the wrong form), answered with a
 * 400 problem whose detail is this exception's message: write it for the person who sent the request.
 */
public class BadRequestException extends RuntimeException {

	public BadRequestException(String message) {
		super(message);
	}
}
