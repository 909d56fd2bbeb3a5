package org.kinmap.access;

import java.util.List;

/** An account as the API shows it: never the password's hash. */
record AccountView(String username, String displayName, List<Role> roles, boolean enabled, int failedSignIns,
		String lockedUntil, String createdAt) {

	static AccountView of(Account a) {
		return new AccountView(a.username(), a.displayName(), a.roles().stream().sorted().toList(), a.enabled(),
				a.failedSignIns(), a.lockedUntil() == null ? null : a.lockedUntil().toString(), a.createdAt());
	}
}
