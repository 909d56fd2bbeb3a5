package org.kinmap.familyfinding;

import java.util.Set;
import java.util.stream.Collectors;

import org.kinmap.access.Role;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is reading, as the do-not-contact rules need them. A child's log and work list are read only by those the
 * child's record is open to ({@code access.ChildRecord}), so there a social worker is one of the child's own; a
 * relative's person record is open to every network reader, so there the flag's child decides (see
 * {@link DoNotContactWithholding}).
 */
final class Viewers {

	/** Shown instead of a relative's contact details to those who need not see them. */
	static final String WITHHELD = "withheld: do not contact";

	private Viewers() {
	}

	static String username() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return auth == null ? null : auth.getName();
	}

	static boolean has(Role role) {
		return authorities().contains(role.authority());
	}

	/** Managers and social workers read why a relative must not be contacted; others read that it is withheld. */
	static boolean readsDoNotContactReasons() {
		return has(Role.MANAGER) || has(Role.SOCIAL_WORKER);
	}

	private static Set<String> authorities() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return auth == null ? Set.of()
				: auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
	}
}
