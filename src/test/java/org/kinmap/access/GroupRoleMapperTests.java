package org.kinmap.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;

class GroupRoleMapperTests {

	static final String SOCIAL_WORKERS = "6c1e0000-0000-4000-8000-00000000000a";
	static final String MANAGERS = "6c1e0000-0000-4000-8000-00000000000b";
	static final String DUTY_TEAM = "6c1e0000-0000-4000-8000-00000000000c";

	final GroupRoleMapper mapper = new GroupRoleMapper("groups", Map.of(Role.SOCIAL_WORKER, List.of(SOCIAL_WORKERS, DUTY_TEAM),
			Role.MANAGER, List.of(MANAGERS, DUTY_TEAM), Role.ADMIN, List.of()));

	@Test
	void eachConfiguredGroupGivesItsRoles() {
		assertThat(mapper.roles(Map.of("groups", List.of(SOCIAL_WORKERS)))).containsExactly(Role.SOCIAL_WORKER);
		assertThat(mapper.roles(Map.of("groups", List.of(MANAGERS, SOCIAL_WORKERS, "some-other-group"))))
			.containsExactly(Role.SOCIAL_WORKER, Role.MANAGER);
		assertThat(mapper.roles(Map.of("groups", List.of(DUTY_TEAM)))).as("one group may give several roles")
			.containsExactly(Role.SOCIAL_WORKER, Role.MANAGER);
	}

	@Test
	void theAuthoritiesAreTheRoles() {
		assertThat(mapper.authorities(Map.of("groups", List.of(MANAGERS))).stream().map(GrantedAuthority::getAuthority))
			.containsExactly("ROLE_MANAGER");
	}

	@Test
	void noConfiguredGroupGivesNoRole() {
		assertThat(mapper.roles(Map.of("groups", List.of("some-other-group")))).isEmpty();
		assertThat(mapper.roles(Map.of("groups", List.of()))).isEmpty();
		assertThat(mapper.roles(Map.of())).as("no groups claim").isEmpty();
		assertThat(mapper.roles(null)).isEmpty();
		assertThat(mapper.roles(Map.of("groups", 42))).as("a claim of another shape").isEmpty();
		assertThat(mapper.roles(Map.of("groups", List.of(42, Map.of("id", MANAGERS))))).isEmpty();
		assertThat(mapper.roles(Map.of("roles", List.of(MANAGERS)))).as("another claim").isEmpty();
	}

	@Test
	void groupsAreComparedExactly() {
		assertThat(mapper.roles(Map.of("groups", List.of(MANAGERS.toUpperCase())))).isEmpty();
		assertThat(mapper.roles(Map.of("groups", List.of(" " + MANAGERS)))).isEmpty();
	}

	@Test
	void aSingleGroupMayBeAString() {
		assertThat(mapper.roles(Map.of("groups", MANAGERS))).containsExactly(Role.MANAGER);
	}

	@Test
	void theClaimIsConfigurable() {
		GroupRoleMapper appRoles = new GroupRoleMapper("roles", Map.of(Role.IRO, List.of("Kinmap.Iro")));
		assertThat(appRoles.roles(Map.of("roles", List.of("Kinmap.Iro"), "groups", List.of(MANAGERS))))
			.isEqualTo(Set.of(Role.IRO));
		assertThatIllegalArgumentException().isThrownBy(() -> new GroupRoleMapper(" ", Map.of()));
	}
}
