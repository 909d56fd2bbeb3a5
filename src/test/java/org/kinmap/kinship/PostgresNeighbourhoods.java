package org.kinmap.kinship;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.kinmap.exchange.NetworkDocument;
import org.kinmap.exchange.NetworkDocument.MultipleBirthDoc;
import org.kinmap.exchange.NetworkDocument.ParentLinkDoc;
import org.kinmap.exchange.NetworkDocument.PartnershipDoc;
import org.kinmap.exchange.NetworkDocument.PersonDoc;
import org.kinmap.exchange.NetworkDocument.SiblingLinkDoc;
import org.kinmap.network.PartialDate;

/**
 * The benchmarks' SQL baseline, what an authority's case system would do: kinmap's persons and family ties as
 * PostgreSQL tables ({@code src/test/resources/bench/postgres/schema.sql}) and a person's family neighbourhood
 * read with one {@code WITH RECURSIVE} statement ({@code neighbourhood.sql}) in the row shape of kinmap's
 * Cypher query {@code kinship/neighbourhood}, so that {@link NeighbourhoodReader#genogram(List)} and the
 * labeller run on it unchanged.
 *
 * <p>Use: {@link #start(Path)} (empty, with {@link #unavailableReason()}, where PostgreSQL is not installed
 * or will not start), {@link #load(NetworkDocument)} batch by batch, {@link #finishLoading()} once, then
 * {@link #neighbourhood(String)} or {@link #genogram(String)} as often as wanted; {@link #close()} stops the
 * server and deletes its files. One connection: not for use from several threads at once.
 *
 * <p>Loading mirrors {@code NetworkImporter}: the same defaults and lower-cased codes; a record restated in a
 * later batch replaces the earlier one; a tie to a person never loaded is dropped (kinmap would also drop a
 * tie to a person loaded only in a <em>later</em> batch; this class keeps it).
 */
final class PostgresNeighbourhoods implements AutoCloseable {

	private static final String RESOURCES = "/bench/postgres/";
	private static final String SQL_UNIQUE_VIOLATION = "23505";
	private static final String SQL_FOREIGN_KEY_VIOLATION = "23503";

	private static volatile String unavailableReason = "not started";

	private final DebianPostgres server;
	private final Connection connection;
	private final Set<String> multipleBirths = new HashSet<>();
	private PreparedStatement neighbourhood;
	private boolean finished;

	private PostgresNeighbourhoods(DebianPostgres server, Connection connection) {
		this.server = server;
		this.connection = connection;
	}

	/**
	 * Starts a new PostgreSQL server from Debian's packages with its data in a new directory under
	 * {@code workDir} (when this JVM runs as root and the {@code postgres} user cannot reach {@code workDir}, as
	 * with JUnit's {@code @TempDir}, under {@code java.io.tmpdir} instead) and creates the empty tables. Empty
	 * when that cannot be done; {@link #unavailableReason()} then says why.
	 */
	static Optional<PostgresNeighbourhoods> start(Path workDir) {
		DebianPostgres server = null;
		try {
			Optional<Path> bin = DebianPostgres.binaries();
			if (bin.isEmpty()) {
				unavailableReason = "PostgreSQL is not installed (no /usr/lib/postgresql/<version>/bin/initdb; "
						+ "Debian's package is postgresql)";
				return Optional.empty();
			}
			server = DebianPostgres.start(bin.get(), workDir);
			Connection connection = DriverManager.getConnection(server.jdbcUrl());
			PostgresNeighbourhoods pg = new PostgresNeighbourhoods(server, connection);
			pg.execute(statements("schema.sql"));
			unavailableReason = null;
			return Optional.of(pg);
		}
		catch (IOException | SQLException | RuntimeException ex) {
			unavailableReason = "PostgreSQL did not start: " + ex.getMessage();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			unavailableReason = "PostgreSQL did not start: interrupted";
		}
		if (server != null) {
			try {
				server.stop();
			}
			catch (IOException | InterruptedException ex) {
				unavailableReason += "; and it did not stop cleanly: " + ex.getMessage();
			}
		}
		return Optional.empty();
	}

	/** Why the last {@link #start(Path)} gave nothing; null after one that started. */
	static String unavailableReason() {
		return unavailableReason;
	}

	/** The server, its version, address and settings, for a benchmark's report. */
	String describe() {
		try (Statement st = connection.createStatement();
				ResultSet rs = st.executeQuery("SELECT name, setting, unit FROM pg_settings WHERE name = ANY ('{"
						+ String.join(",", DebianPostgres.REPORTED) + "}'::text[]) ORDER BY name")) {
			List<String> settings = new ArrayList<>();
			while (rs.next()) {
				settings.add(rs.getString(1) + "=" + setting(rs.getString(2), rs.getString(3)));
			}
			String version = connection.getMetaData().getDatabaseProductVersion();
			return "PostgreSQL " + version + " (" + server.binDirectory() + ") on 127.0.0.1:" + server.port() + ", data in "
					+ server.home() + ", " + String.join(", ", settings);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("could not read the server's settings", ex);
		}
	}

	private static String setting(String value, String unit) {
		if ("8kB".equals(unit)) {
			return Long.parseLong(value) * 8 / 1024 + "MB";
		}
		if ("kB".equals(unit)) {
			return Long.parseLong(value) / 1024 + "MB";
		}
		return unit == null ? value : value + unit;
	}

	/**
	 * Appends a document's persons, parent links, partnerships, sibling links and multiple births (nothing
	 * else of it matters here) with one COPY per table. Ties may name persons of earlier batches.
	 */
	void load(NetworkDocument batch) {
		if (finished) {
			throw new IllegalStateException("load() after finishLoading(): the tables are keyed and indexed now");
		}
		try {
			connection.setAutoCommit(false);
			copy(batch.persons(), "person", PostgresNeighbourhoods::personRow, "id", "given_name", "family_name", "sex",
					"birth_date_estimate", "deceased", "risk_to_children", "risk_note", "phone", "email", "address",
					"latitude", "longitude");
			copy(batch.parentLinks(), "parent_link",
					(ParentLinkDoc l) -> new Object[] { l.parent(), l.child(), code(l.type()) }, "parent_id", "child_id",
					"type");
			copy(batch.partnerships(), "partnership", PostgresNeighbourhoods::partnershipRow, "a_id", "b_id", "type",
					"status");
			copy(batch.siblingLinks(), "sibling_link", PostgresNeighbourhoods::siblingRow, "a_id", "b_id", "type");
			restateMultipleBirths(batch.multipleBirths());
			copy(batch.multipleBirths().stream()
				.flatMap(m -> m.members().stream().map(member -> new Object[] { m.id(), member }))
				.toList(), "multiple_birth_member", row -> row, "birth_id", "person_id");
			connection.commit();
		}
		catch (IOException | SQLException | RuntimeException ex) {
			rollback();
			if (ex instanceof IOException io) {
				throw new UncheckedIOException(io);
			}
			if (ex instanceof SQLException sql) {
				throw new IllegalStateException("loading failed (SQLSTATE " + sql.getSQLState() + ")");
			}
			throw (RuntimeException) ex;
		}
		finally {
			autoCommit();
		}
	}

	private void rollback() {
		try {
			connection.rollback();
		}
		catch (SQLException ex) {
			// the failure that led here is reported
		}
	}

	private void autoCommit() {
		try {
			connection.setAutoCommit(true);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("the connection failed (SQLSTATE " + ex.getSQLState() + ")");
		}
	}

	private interface Row<T> {
		Object[] of(T record);
	}

	private <T> void copy(List<T> records, String table, Row<T> row, String... columns) throws IOException, SQLException {
		if (records.isEmpty()) {
			return;
		}
		CopyWriter copy = new CopyWriter(connection, table, columns);
		try {
			for (T record : records) {
				copy.row(row.of(record));
			}
		}
		catch (IOException | RuntimeException ex) {
			copy.cancel();
			throw ex;
		}
		copy.close();
	}

	/** A multiple birth restated in a later batch lists its members anew, as kinmap's import unlinks the others. */
	private void restateMultipleBirths(List<MultipleBirthDoc> births) throws SQLException {
		List<String> again = births.stream().map(MultipleBirthDoc::id).filter(multipleBirths::contains).toList();
		if (!again.isEmpty()) {
			try (PreparedStatement delete = connection.prepareStatement(
					"DELETE FROM multiple_birth_member WHERE birth_id = ANY (?)")) {
				delete.setArray(1, connection.createArrayOf("text", again.toArray()));
				delete.executeUpdate();
			}
		}
		births.forEach(b -> multipleBirths.add(b.id()));
	}

	private static Object[] personRow(PersonDoc p) {
		var contact = p.contactDetails();
		boolean deceased = Boolean.TRUE.equals(p.deceased()) || (p.deathDate() != null && !p.deathDate().isBlank());
		return new Object[] { p.id(), p.givenName(), p.familyName(), p.sex() == null ? "unknown" : code(p.sex()),
				PartialDate.parse(p.birthDate()).map(PartialDate::estimate).orElse(null), deceased,
				Boolean.TRUE.equals(p.riskToChildren()), p.riskNote(), contact == null ? null : contact.phone(),
				contact == null ? null : contact.email(), contact == null ? null : contact.address(), p.latitude(),
				p.longitude() };
	}

	private static Object[] partnershipRow(PartnershipDoc p) {
		String[] pair = ordered(p.partners());
		return new Object[] { pair[0], pair[1], code(p.type()), p.status() == null ? "current" : code(p.status()) };
	}

	private static Object[] siblingRow(SiblingLinkDoc s) {
		String[] pair = ordered(s.siblings());
		return new Object[] { pair[0], pair[1], code(s.type()) };
	}

	/** A pair stored once, lower id first, as kinmap's import stores it. */
	private static String[] ordered(List<String> pair) {
		String a = pair.get(0);
		String b = pair.get(1);
		return a.compareTo(b) <= 0 ? new String[] { a, b } : new String[] { b, a };
	}

	/** A code as kinmap's import stores it: trimmed, lower case, null when blank. */
	private static String code(String value) {
		return value == null || value.isBlank() ? null : value.trim().toLowerCase(Locale.ROOT);
	}

	/**
	 * Declares the keys and builds the indexes the neighbourhood query reads ({@code finish.sql}), then
	 * {@code VACUUM ANALYZE}. Where the loaded rows break a key, {@code repair.sql} makes them hold first
	 * (see the class comment). Call once, after the last {@link #load(NetworkDocument)}.
	 */
	void finishLoading() {
		if (finished) {
			return;
		}
		boolean repaired = false;
		try {
			for (String sql : statements("finish.sql")) {
				try {
					execute(List.of(sql));
				}
				catch (SQLException ex) {
					boolean broken = SQL_UNIQUE_VIOLATION.equals(ex.getSQLState())
							|| SQL_FOREIGN_KEY_VIOLATION.equals(ex.getSQLState());
					if (!broken || repaired) {
						throw ex;
					}
					execute(statements("repair.sql"));
					repaired = true;
					execute(List.of(sql));
				}
			}
			neighbourhood = connection.prepareStatement(text("neighbourhood.sql"));
			finished = true;
		}
		catch (SQLException ex) {
			throw new IllegalStateException("finishing the load failed (SQLSTATE " + ex.getSQLState() + ")", ex);
		}
	}

	/**
	 * Everyone within ten parent, partner or sibling ties of {@code personId}, one row each in the shape of
	 * {@code kinship/neighbourhood}: {@code person} (id, givenName, familyName, sex, birthDateEstimate as a
	 * {@link LocalDate}, deceased, riskToChildren, riskNote, phone, email, address, latitude, longitude),
	 * {@code parents}, {@code children}, {@code siblings} (lists of {@code {id, type}}), {@code partners}
	 * ({@code {id, type, status}}) and {@code multipleBirth} (id or null). Empty for an unknown id.
	 */
	List<Map<String, Object>> neighbourhood(String personId) {
		if (!finished) {
			throw new IllegalStateException("neighbourhood() before finishLoading()");
		}
		try {
			neighbourhood.setString(1, personId);
			List<Map<String, Object>> rows = new ArrayList<>();
			try (ResultSet rs = neighbourhood.executeQuery()) {
				while (rs.next()) {
					rows.add(row(rs));
				}
			}
			return rows;
		}
		catch (SQLException ex) {
			throw new IllegalStateException("the neighbourhood query failed (SQLSTATE " + ex.getSQLState() + ")", ex);
		}
	}

	/** {@link NeighbourhoodReader#genogram(List)} of {@link #neighbourhood(String)}. */
	Genogram genogram(String personId) {
		return NeighbourhoodReader.genogram(neighbourhood(personId));
	}

	private static Map<String, Object> row(ResultSet rs) throws SQLException {
		Map<String, Object> person = new LinkedHashMap<>();
		person.put("id", rs.getString("id"));
		person.put("givenName", rs.getString("given_name"));
		person.put("familyName", rs.getString("family_name"));
		person.put("sex", rs.getString("sex"));
		person.put("birthDateEstimate", rs.getObject("birth_date_estimate", LocalDate.class));
		person.put("deceased", rs.getBoolean("deceased"));
		person.put("riskToChildren", rs.getBoolean("risk_to_children"));
		person.put("riskNote", rs.getString("risk_note"));
		person.put("phone", rs.getString("phone"));
		person.put("email", rs.getString("email"));
		person.put("address", rs.getString("address"));
		person.put("latitude", rs.getObject("latitude", Double.class));
		person.put("longitude", rs.getObject("longitude", Double.class));
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("person", person);
		row.put("parents", ties(rs, "parent_ids", "type", "parent_types"));
		row.put("children", ties(rs, "child_ids", "type", "child_types"));
		row.put("partners", ties(rs, "partner_ids", "type", "partner_types", "status", "partner_statuses"));
		row.put("siblings", ties(rs, "sibling_ids", "type", "sibling_types"));
		row.put("multipleBirth", rs.getString("multiple_birth"));
		return row;
	}

	/** Parallel arrays (ids, then a key and its column for each property) as a list of {@code {id, key...}} maps. */
	private static List<Map<String, Object>> ties(ResultSet rs, String idColumn, String... properties)
			throws SQLException {
		String[] ids = strings(rs.getArray(idColumn));
		if (ids.length == 0) {
			return List.of();
		}
		String[][] values = new String[properties.length / 2][];
		for (int p = 0; p < values.length; p++) {
			values[p] = strings(rs.getArray(properties[2 * p + 1]));
		}
		List<Map<String, Object>> ties = new ArrayList<>(ids.length);
		for (int i = 0; i < ids.length; i++) {
			Map<String, Object> tie = new LinkedHashMap<>();
			tie.put("id", ids[i]);
			for (int p = 0; p < values.length; p++) {
				tie.put(properties[2 * p], values[p][i]);
			}
			ties.add(tie);
		}
		return ties;
	}

	private static String[] strings(Array array) throws SQLException {
		return array == null ? new String[0] : (String[]) array.getArray();
	}

	private void execute(List<String> sql) throws SQLException {
		try (Statement st = connection.createStatement()) {
			for (String s : sql) {
				st.execute(s);
			}
		}
	}

	/** The statements of a resource file: full-line comments dropped, split at each line-ending semicolon. */
	private static List<String> statements(String file) {
		String body = text(file).lines().filter(l -> !l.strip().startsWith("--")).collect(Collectors.joining("\n"));
		return Arrays.stream(body.split(";\\s*(\\n|$)")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	private static String text(String file) {
		try (InputStream in = PostgresNeighbourhoods.class.getResourceAsStream(RESOURCES + file)) {
			if (in == null) {
				throw new IllegalStateException("no resource " + RESOURCES + file);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Closes the connection, stops the server and deletes its directory. */
	@Override
	public void close() throws IOException, InterruptedException {
		try {
			connection.close();
		}
		catch (SQLException ex) {
			// the server is stopped next, whatever state the connection was in
		}
		server.stop();
	}
}
