package org.kinmap.siblings;

/**
 * One thing wrong with a request body.
 *
 * @param pointer where, as a JSON Pointer into the body, e.g. {@code /pairs/0/quality}
 * @param message what is wrong, in words
 */
record RequestProblem(String pointer, String message) {
}
