package org.kinmap.kinship;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throw-away PostgreSQL server from Debian's packages ({@code /usr/lib/postgresql/<version>/bin}, the highest
 * version installed), for the benchmarks' SQL baseline: a new cluster in a directory of its own, reachable
 * only over TCP on 127.0.0.1 at a free port with trust authentication (no Unix socket), tuned for loading
 * rather than durability (no fsync), stopped and deleted by {@link #stop()}.
 *
 * <p>initdb and the server refuse to run as root; when this JVM is root they run as the {@code postgres} user
 * (which Debian's package creates) through {@code runuser}, and the cluster's directory is given to that
 * user. A shutdown hook stops the server and deletes its directory when the JVM exits without {@link #stop()}.
 */
final class DebianPostgres {

	/** The settings the server starts with, written to its postgresql.auto.conf (which overrides postgresql.conf). */
	static final List<String> SETTINGS = List.of(
			"listen_addresses = '127.0.0.1'",
			"unix_socket_directories = ''",
			"max_connections = 20",
			"shared_buffers = 256MB",
			"work_mem = 32MB",
			"maintenance_work_mem = 256MB",
			"effective_cache_size = 1GB",
			"fsync = off",
			"synchronous_commit = off",
			"full_page_writes = off",
			"wal_level = minimal",
			"max_wal_senders = 0",
			"max_wal_size = 4GB",
			"autovacuum = off",
			"jit = off",
			"log_min_error_statement = panic",
			"log_error_verbosity = terse");

	/** The settings {@link PostgresNeighbourhoods#describe()} reports, as the server shows them. */
	static final List<String> REPORTED = List.of("shared_buffers", "work_mem", "maintenance_work_mem", "fsync",
			"synchronous_commit", "full_page_writes", "wal_level", "autovacuum", "jit", "max_parallel_workers_per_gather");

	private static final Path DEBIAN = Path.of("/usr/lib/postgresql");
	private static final long STEP_TIMEOUT_SECONDS = 120;

	private final Path bin;
	private final Path home;
	private final Path data;
	private final int port;
	private final boolean asPostgresUser;
	private final Thread shutdownHook;
	private volatile boolean running;

	private DebianPostgres(Path bin, Path home, int port, boolean asPostgresUser) {
		this.bin = bin;
		this.home = home;
		this.data = home.resolve("data");
		this.port = port;
		this.asPostgresUser = asPostgresUser;
		this.shutdownHook = new Thread(this::stopAndDeleteQuietly, "postgres-stop");
	}

	/** The bin directory of the highest PostgreSQL version installed from Debian's packages, if any. */
	static Optional<Path> binaries() throws IOException {
		if (!Files.isDirectory(DEBIAN)) {
			return Optional.empty();
		}
		try (Stream<Path> versions = Files.list(DEBIAN)) {
			return versions.map(v -> v.resolve("bin"))
				.filter(b -> Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("pg_ctl")))
				.max(Comparator.comparing(b -> version(b.getParent().getFileName().toString())));
		}
	}

	private static Integer version(String name) {
		try {
			return Integer.valueOf(name.replaceAll("\\D.*", ""));
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	/**
	 * Creates a cluster in a new directory under {@code workDir} (see {@link #home(Path, boolean)}) and starts it.
	 *
	 * @throws IllegalStateException with the reason, when the server cannot be set up (the caller reports it)
	 */
	static DebianPostgres start(Path bin, Path workDir) throws IOException, InterruptedException {
		boolean root = "root".equals(System.getProperty("user.name"));
		Path home = home(workDir, root);
		try {
			DebianPostgres server = null;
			for (int attempt = 0; attempt < 3 && server == null; attempt++) {
				DebianPostgres candidate = new DebianPostgres(bin, home, freePort(), root);
				if (attempt == 0) {
					candidate.initdb();
				}
				if (candidate.tryStart()) {
					server = candidate;
				}
			}
			if (server == null) {
				throw new IllegalStateException("the server did not start: " + tail(home.resolve("server.log")));
			}
			return server;
		}
		catch (IOException | RuntimeException | InterruptedException ex) {
			deleteTree(home);
			throw ex;
		}
	}

	/**
	 * A new directory for the cluster under {@code workDir}; when root, given to the postgres user, and in the
	 * temporary directory instead if that user cannot reach {@code workDir} (JUnit's {@code @TempDir} is closed
	 * to other users).
	 */
	private static Path home(Path workDir, boolean root) throws IOException {
		Files.createDirectories(workDir);
		Path home = Files.createTempDirectory(workDir.toAbsolutePath(), "postgres-");
		if (!root) {
			return home;
		}
		UserPrincipal postgres;
		try {
			postgres = home.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
		}
		catch (IOException ex) {
			deleteTree(home);
			throw new IllegalStateException("running as root, and there is no 'postgres' user to run the server as");
		}
		if (!Files.isExecutable(Path.of("/usr/sbin/runuser")) && !Files.isExecutable(Path.of("/sbin/runuser"))) {
			deleteTree(home);
			throw new IllegalStateException("running as root, and runuser (util-linux) is not installed");
		}
		if (!reachableByOthers(home)) {
			deleteTree(home);
			home = Files.createTempDirectory("kinmap-postgres-");
			if (!reachableByOthers(home)) {
				deleteTree(home);
				throw new IllegalStateException("the postgres user can reach neither " + workDir + " nor "
						+ home.getParent() + "; give a work directory it can reach");
			}
		}
		Files.setOwner(home, postgres);
		return home;
	}

	private static boolean reachableByOthers(Path dir) throws IOException {
		for (Path d = dir.toAbsolutePath().getParent(); d != null; d = d.getParent()) {
			if (!Files.getPosixFilePermissions(d).contains(PosixFilePermission.OTHERS_EXECUTE)) {
				return false;
			}
		}
		return true;
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	private void initdb() throws IOException, InterruptedException {
		run("initdb", List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", "postgres", "--auth=trust",
				"--encoding=UTF8", "--locale=C", "--no-sync"));
	}

	private boolean tryStart() throws IOException, InterruptedException {
		List<String> conf = new ArrayList<>(List.of("", "# kinmap benchmark (DebianPostgres)", "port = " + port));
		conf.addAll(SETTINGS);
		Path file = data.resolve("postgresql.auto.conf");
		Files.writeString(file, "# Written by kinmap's DebianPostgres for one benchmark run\n" + String.join("\n", conf) + "\n",
				StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.CREATE);
		Runtime.getRuntime().addShutdownHook(shutdownHook);
		running = true;
		try {
			run("pg_ctl start", List.of(bin.resolve("pg_ctl").toString(), "start", "-D", data.toString(), "-l",
					home.resolve("server.log").toString(), "-w", "-t", "60"));
			return true;
		}
		catch (IllegalStateException ex) {
			stopQuietly();
			Runtime.getRuntime().removeShutdownHook(shutdownHook);
			return false;
		}
	}

	/** Where the cluster lives: its data, its log and the output of initdb and pg_ctl. */
	Path home() {
		return home;
	}

	int port() {
		return port;
	}

	String jdbcUrl() {
		return "jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=postgres&ApplicationName=kinmap-bench";
	}

	/** The directory of the programs this server runs, such as {@code /usr/lib/postgresql/15/bin}. */
	Path binDirectory() {
		return bin;
	}

	/**
	 * Stops the server (fast shutdown: open sessions are ended; if that fails, an immediate one) and deletes the
	 * cluster's directory.
	 */
	void stop() throws IOException, InterruptedException {
		IllegalStateException failure = null;
		if (running) {
			try {
				run("pg_ctl stop", List.of(bin.resolve("pg_ctl").toString(), "stop", "-D", data.toString(), "-m", "fast",
						"-w", "-t", "60"));
				running = false;
			}
			catch (IllegalStateException ex) {
				failure = ex;
				stopQuietly();
			}
		}
		try {
			Runtime.getRuntime().removeShutdownHook(shutdownHook);
		}
		catch (IllegalStateException ex) {
			// the JVM is shutting down: the hook is running or has run
		}
		deleteTree(home);
		if (failure != null) {
			throw failure;
		}
	}

	private void stopAndDeleteQuietly() {
		stopQuietly();
		try {
			deleteTree(home);
		}
		catch (IOException | UncheckedIOException ex) {
			// the JVM is exiting: a directory left in the work or temporary directory is all that remains
		}
	}

	private void stopQuietly() {
		if (!running) {
			return;
		}
		try {
			run("pg_ctl stop", List.of(bin.resolve("pg_ctl").toString(), "stop", "-D", data.toString(), "-m", "immediate",
					"-w", "-t", "30"));
			running = false;
		}
		catch (IOException | RuntimeException ex) {
			// nothing more to do: the caller reports the failure that led here
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** Runs one of the server's programs (as the postgres user when root), its output to a file of its own. */
	private void run(String step, List<String> command) throws IOException, InterruptedException {
		List<String> full = new ArrayList<>();
		if (asPostgresUser) {
			full.addAll(List.of("runuser", "-u", "postgres", "--"));
		}
		full.addAll(command);
		Path output = home.resolve(step.replace(' ', '-') + ".out");
		Process process = new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(output.toFile())
			.directory(home.toFile()).start();
		if (!process.waitFor(STEP_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new IllegalStateException(step + " did not finish in " + STEP_TIMEOUT_SECONDS + " s");
		}
		if (process.exitValue() != 0) {
			throw new IllegalStateException(step + " failed (exit " + process.exitValue() + "): "
					+ Files.readString(output, StandardCharsets.UTF_8).strip());
		}
	}

	private static String tail(Path log) throws IOException {
		if (!Files.exists(log)) {
			return "no server log";
		}
		List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
		return String.join(" | ", lines.subList(Math.max(0, lines.size() - 5), lines.size()));
	}

	static void deleteTree(Path dir) throws IOException {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> all = Files.walk(dir)) {
			all.sorted(Comparator.reverseOrder()).forEach(p -> {
				try {
					Files.deleteIfExists(p);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
	}
}
