package org.kinmap.system;

import java.io.IOException;

/**
 * A request body longer than kinmap takes ({@code kinmap.http.max-body-size}); answered with 413. An
 * {@link IOException}, so that it comes out of the body's reader the way the reader's own failures do.
 */
class PayloadTooLargeException extends IOException {

	PayloadTooLargeException(long limit) {
		super("The request body is larger than the " + (limit / (1024 * 1024)) + " MB kinmap takes; split the document");
	}
}
