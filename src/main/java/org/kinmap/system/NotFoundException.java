package org.kinmap.system;

import java.net.URI;

import org.springframework.http.HttpStatus;

/** Something the request names does not exist; answered with 404 and the sentence given. */
public class NotFoundException extends ProblemException {

	/** The problem type of something the request names that kinmap does not have. */
	public static final URI TYPE = URI.create("https://kinmap.org/problems/not-found");

	public NotFoundException(String message) {
		super(HttpStatus.NOT_FOUND, TYPE, "Not found", message);
	}
}
