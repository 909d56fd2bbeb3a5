package org.kinmap.access;

import java.time.Instant;
import java.util.Set;

/**
 * A local account (kept in Neo4j): for the embedded default and demonstrations, and for scripts using HTTP Basic.
 * Accounts from the authority's identity provider are not stored.
 */
record Account(String username, String displayName, String passwordHash, Set<Role> roles, boolean enabled,
		int failedSignIns, Instant lockedUntil, String createdAt) {

	boolean lockedAt(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}
}
