package org.kinmap.exchange;

/**
 * One thing wrong with a network document.
 *
 * @param pointer where, as a JSON Pointer into the document (RFC 6901), e.g. {@code /persons/3/sex}
 * @param message what is wrong, in words that name the record, e.g. "person p-ann-lee: sex 'F' is not one of female, male, unknown"
 */
record DocumentProblem(String pointer, String message) {
}
