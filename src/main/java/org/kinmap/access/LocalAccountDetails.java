package org.kinmap.access;

import java.time.Clock;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Signs in with the local accounts in Neo4j: disabled and locked accounts are refused. */
@Component
class LocalAccountDetails implements UserDetailsService {

	private final Accounts accounts;
	private final Clock clock = Clock.systemUTC();

	LocalAccountDetails(Accounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		Account account = accounts.find(username).filter(a -> a.passwordHash() != null)
			.orElseThrow(() -> new UsernameNotFoundException("No such account"));
		return User.withUsername(account.username())
			.password(account.passwordHash())
			.authorities(account.roles().stream().map(Role::authority).toArray(String[]::new))
			.disabled(!account.enabled())
			.accountLocked(account.lockedAt(clock.instant()))
			.build();
	}
}
