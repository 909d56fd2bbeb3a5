package org.kinmap.access;

import java.util.List;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

/** Who is signed in, in words: for {@code /api/me} and the header of every page. */
@Component
public class SignedInPeople {

	private final Accounts accounts;

	SignedInPeople(Accounts accounts) {
		this.accounts = accounts;
	}

	/** A signed-in person: their user name, the name they are shown by, and their roles (in the order of {@link Role}). */
	public record SignedInPerson(String username, String displayName, List<Role> roles, List<String> roleTitles) {
	}

	/** The person this sign-in is: a local account's display name, else the name the identity provider gives. */
	public SignedInPerson describe(Authentication auth) {
		Set<Role> roles = RecordAccess.Viewer.of(auth).roles();
		String displayName = accounts.find(auth.getName()).map(Account::displayName).orElseGet(() -> providerName(auth));
		List<Role> sorted = roles.stream().sorted().toList();
		return new SignedInPerson(auth.getName(), displayName, sorted, sorted.stream().map(Role::title).toList());
	}

	/** The name the identity provider gives a person signed in with it (claim {@code name}), else their user name. */
	private static String providerName(Authentication auth) {
		Object name = auth.getPrincipal() instanceof OidcUser user ? user.getFullName()
				: auth.getPrincipal() instanceof Jwt jwt ? jwt.getClaims().get("name") : null;
		return name instanceof String text && !text.isBlank() ? text : auth.getName();
	}
}
