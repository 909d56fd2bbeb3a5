package org.kinmap.access;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;

/**
 * Sign-in with the authority's OpenID Connect provider ({@code kinmap.oidc.*}); off unless {@code issuer-uri} is set.
 *
 * @param issuerUri the provider's issuer, e.g. {@code https://login.microsoftonline.com/<tenant>/v2.0}
 * @param clientId kinmap's client (application) id at the provider
 * @param clientSecret its secret, for the pages' sign-in
 * @param name how the sign-in page names the provider
 * @param groupsClaim the claim that lists the person's groups (or app roles)
 * @param usernameClaim the claim that is the person's user name in kinmap (allocation, restricted records, audit)
 * @param audience the audience a bearer token must name; the client id when not set
 * @param roleGroups for each role, the groups (ids or names, as the provider sends them) that give it
 */
@ConfigurationProperties("kinmap.oidc")
record OidcProperties(String issuerUri, String clientId, String clientSecret, String name, String groupsClaim,
		String usernameClaim, String audience, Map<Role, List<String>> roleGroups) {

	/** The registration id: the pages start at {@code /oauth2/authorization/oidc}, the provider returns to {@code /login/oauth2/code/oidc}. */
	static final String REGISTRATION = "oidc";

	OidcProperties {
		name = StringUtils.hasText(name) ? name : "your organisation's account";
		groupsClaim = StringUtils.hasText(groupsClaim) ? groupsClaim : "groups";
		usernameClaim = StringUtils.hasText(usernameClaim) ? usernameClaim : "preferred_username";
		audience = StringUtils.hasText(audience) ? audience : clientId;
		roleGroups = roleGroups == null ? Map.of() : Map.copyOf(roleGroups);
	}

	/** Whether OpenID Connect is configured at all. */
	boolean configured() {
		return StringUtils.hasText(issuerUri);
	}
}
