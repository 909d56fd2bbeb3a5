package org.kinmap.system;

import java.net.URI;

import org.springframework.http.HttpStatus;

/**
 * A request that cannot be answered as asked (a parameter out of range, a value of the wrong form), answered with a
 * 400 problem whose detail is this exception's message: write it for the person who sent the request, and name the
 * parameter or field. Code that finds its own inputs wrong throws {@link IllegalArgumentException} instead, which is a
 * fault of kinmap's (500), not of the request.
 */
public class BadRequestException extends ProblemException {

	/** The problem type of a request parameter or field kinmap cannot take. */
	public static final URI TYPE = URI.create("https://kinmap.org/problems/bad-parameter");

	public BadRequestException(String message) {
		super(HttpStatus.BAD_REQUEST, TYPE, "Bad request", message);
	}
}
