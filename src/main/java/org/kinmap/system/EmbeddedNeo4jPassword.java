package org.kinmap.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The password of the embedded database's {@code neo4j} user: {@code kinmap.neo4j.password} when configured, otherwise
 * one generated at first start (256 bits from {@link SecureRandom}) and kept in {@code neo4j-password} in the data
 * directory, created readable and writable by its owner only (POSIX 600). The password is never logged; only the file's
 * path is.
 */
final class EmbeddedNeo4jPassword {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4jPassword.class);

	static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

	private EmbeddedNeo4jPassword() {
	}

	/** The configured password, or the one kept in the password file (generated and written if there is none yet). */
	static String of(Neo4jEmbeddedProperties properties) {
		if (properties.password() != null && !properties.password().isBlank()) {
			return properties.password();
		}
		Path file = properties.passwordFile();
		try {
			Files.createDirectories(file.getParent());
			if (!Files.exists(file)) {
				create(file);
				log.info("Generated a password for the embedded Neo4j's user neo4j in {} (readable by its owner only)", file);
			}
			tighten(file);
			String password = Files.readString(file, StandardCharsets.UTF_8).trim();
			if (password.isEmpty()) {
				throw new IllegalStateException("The embedded Neo4j's password file " + file
						+ " is empty: delete it to have a new password generated, or set kinmap.neo4j.password.");
			}
			return password;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read or write the embedded Neo4j's password file " + file, ex);
		}
	}

	/** Written whole or not at all: to a temporary file of the owner's only, then linked to its name. */
	private static void create(Path file) throws IOException {
		byte[] bytes = new byte[32];
		new SecureRandom().nextBytes(bytes);
		String password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		boolean posix = Files.getFileStore(file.getParent()).supportsFileAttributeView("posix");
		// Created with its permissions, so it is never readable by others, not even for a moment.
		Path temp = posix
				? Files.createTempFile(file.getParent(), ".neo4j-password", ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY))
				: Files.createTempFile(file.getParent(), ".neo4j-password", ".tmp");
		try {
			Files.writeString(temp, password + "\n", StandardCharsets.UTF_8);
			try {
				// A link, unlike a rename, never replaces a file another process wrote meanwhile: the first one stays.
				Files.createLink(file, temp);
			}
			catch (FileAlreadyExistsException ex) {
				// Written meanwhile by another start on the same directory: that one is read.
			}
			catch (UnsupportedOperationException ex) {
				Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
			}
		}
		finally {
			Files.deleteIfExists(temp);
		}
	}

	/** A password file others can read (copied without its permissions, say) is made the owner's only again. */
	private static void tighten(Path file) throws IOException {
		if (!Files.getFileStore(file).supportsFileAttributeView("posix")) {
			return;
		}
		Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
		if (!OWNER_ONLY.containsAll(permissions)) {
			Files.setPosixFilePermissions(file, OWNER_ONLY);
			log.warn("The embedded Neo4j's password file {} could be read by others; it is now readable by its owner only",
					file);
		}
	}
}
