package org.kinmap.familyfinding;

/**
 * One thing wrong with a request body.
 *
 * @param pointer where, as a JSON Pointer into the body, e.g. {@code /nextStepOn}
 * @param message what is wrong, in words
 */
record FindingProblem(String pointer, String message) {
}
