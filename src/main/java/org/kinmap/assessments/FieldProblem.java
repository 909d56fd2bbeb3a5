package org.kinmap.assessments;

/**
 * One thing wrong with a request about an assessment.
 *
 * @param pointer where, as a JSON Pointer into the body, e.g. {@code /reason}
 * @param message what is wrong, in words
 */
public record FieldProblem(String pointer, String message) {
}
