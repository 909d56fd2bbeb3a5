package org.kinmap.access;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Gives the roles of a person signed in with OpenID Connect (pages) or a bearer token (API) from the groups their
 * provider lists in one claim: each configured group gives its roles; a group that is not configured gives none, and
 * so does a person with no configured group (every operation is then refused, except {@code /api/me}). Group ids are
 * compared exactly (Entra ID sends group object ids).
 */
final class GroupRoleMapper {

	private final String claim;
	private final Map<String, Set<Role>> rolesByGroup = new HashMap<>();

	/**
	 * @param claim the claim that lists the groups (a JSON array of strings, or one string)
	 * @param roleGroups for each role, the groups that give it
	 */
	GroupRoleMapper(String claim, Map<Role, List<String>> roleGroups) {
		if (claim == null || claim.isBlank()) {
			throw new IllegalArgumentException("The groups claim must be named (kinmap.oidc.groups-claim)");
		}
		this.claim = claim;
		roleGroups.forEach((role, groups) -> {
			for (String group : groups == null ? List.<String>of() : groups) {
				if (group != null && !group.isBlank()) {
					rolesByGroup.computeIfAbsent(group.trim(), g -> EnumSet.noneOf(Role.class)).add(role);
				}
			}
		});
	}

	/** The roles the groups in these claims give, in the order of {@link Role}. */
	Set<Role> roles(Map<String, Object> claims) {
		Object value = claims == null ? null : claims.get(claim);
		Collection<?> groups = value instanceof Collection<?> many ? many : value instanceof String one ? List.of(one) : List.of();
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (Object group : groups) {
			if (group instanceof String name) {
				roles.addAll(rolesByGroup.getOrDefault(name, Set.of()));
			}
		}
		return roles;
	}

	/** The {@code ROLE_*} authorities of {@link #roles}. */
	Set<GrantedAuthority> authorities(Map<String, Object> claims) {
		return roles(claims).stream().map(r -> (GrantedAuthority) new SimpleGrantedAuthority(r.authority()))
			.collect(Collectors.toUnmodifiableSet());
	}
}
