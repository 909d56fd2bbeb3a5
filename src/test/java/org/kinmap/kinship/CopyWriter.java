package org.kinmap.kinship;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;

import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Rows streamed into one table with {@code COPY ... FROM STDIN} in PostgreSQL's text format: the fastest way
 * to append many rows over JDBC, with constant memory however large the batch. {@link #close()} ends the COPY
 * (the rows are then committed); {@link #cancel()} abandons it.
 */
final class CopyWriter implements AutoCloseable {

	private final String table;
	private final PGCopyOutputStream stream;
	private final Writer out;
	private final StringBuilder line = new StringBuilder(256);
	private long rows;

	CopyWriter(Connection connection, String table, String... columns) throws SQLException {
		this.table = table;
		this.stream = new PGCopyOutputStream(connection.unwrap(PGConnection.class),
				"COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN", 1 << 16);
		this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
	}

	/** One row: strings, booleans, numbers and dates in the table's column order; null for SQL NULL. */
	CopyWriter row(Object... values) throws IOException {
		line.setLength(0);
		for (int i = 0; i < values.length; i++) {
			if (i > 0) {
				line.append('\t');
			}
			field(values[i]);
		}
		line.append('\n');
		out.append(line);
		rows++;
		return this;
	}

	private void field(Object value) {
		if (value == null) {
			line.append("\\N");
		}
		else if (value instanceof Boolean b) {
			line.append(b ? 't' : 'f');
		}
		else if (value instanceof Number || value instanceof LocalDate) {
			line.append(value);
		}
		else {
			String s = value.toString();
			for (int i = 0; i < s.length(); i++) {
				char c = s.charAt(i);
				switch (c) {
					case '\\' -> line.append("\\\\");
					case '\t' -> line.append("\\t");
					case '\n' -> line.append("\\n");
					case '\r' -> line.append("\\r");
					default -> line.append(c);
				}
			}
		}
	}

	long rows() {
		return rows;
	}

	/** Abandons the COPY: none of its rows are kept. */
	void cancel() {
		try {
			if (stream.isActive()) {
				stream.cancelCopy();
			}
		}
		catch (SQLException ex) {
			// the connection reports the failure that led here
		}
	}

	/**
	 * Ends the COPY. A failure is reported by its SQLSTATE only: the server's message may quote the offending
	 * row, which holds personal details.
	 */
	@Override
	public void close() throws IOException {
		try {
			out.close();
		}
		catch (IOException ex) {
			String state = ex.getCause() instanceof SQLException sql ? sql.getSQLState() : "none";
			throw new IOException("COPY into " + table + " failed after " + rows + " rows (SQLSTATE " + state + ")");
		}
	}
}
