package org.kinmap.exchange;

/**
 * One thing wrong with (or to note about) a row of a spreadsheet.
 *
 * @param line    the line of the file the row starts on (the header is line 1); 0 for the file as a whole
 * @param column  the column's header, or null when the problem is the whole row or file
 * @param message what is wrong, in words
 */
record CsvProblem(long line, String column, String message) {
}
