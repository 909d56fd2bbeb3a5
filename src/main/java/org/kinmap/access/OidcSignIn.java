package org.kinmap.access;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Sign-in with the authority's OpenID Connect provider, present only when {@code kinmap.oidc.issuer-uri} is set
 * ({@link OidcProperties}). Pages sign in with the authorization code flow ({@code /oauth2/authorization/oidc}) into
 * the same session, with the same CSRF rules, as the sign-in form; the API accepts the provider's access tokens as
 * {@code Authorization: Bearer}, checked for signature, issuer, audience and time. Both take the roles from the groups
 * claim ({@link GroupRoleMapper}) and the user name from the username claim, in lower case.
 *
 * <p>The provider is asked for its metadata on first use, not at start-up, so kinmap starts while it is unreachable.
 */
@Component
@Conditional(OidcSignIn.Configured.class)
class OidcSignIn {

	private final OidcProperties properties;
	private final GroupRoleMapper roles;
	private final ClientRegistrationRepository registrations;
	private final JwtDecoder bearerTokens;

	OidcSignIn(OidcProperties properties) {
		if (!StringUtils.hasText(properties.clientId()) || !StringUtils.hasText(properties.clientSecret())) {
			throw new IllegalStateException("kinmap.oidc.issuer-uri is set, so kinmap.oidc.client-id and "
					+ "kinmap.oidc.client-secret must be set too");
		}
		this.properties = properties;
		this.roles = new GroupRoleMapper(properties.groupsClaim(), properties.roleGroups());
		this.registrations = new DiscoveredRegistration(properties);
		this.bearerTokens = new SupplierJwtDecoder(() -> decoder(properties));
	}

	/** Adds OpenID Connect sign-in for pages and bearer tokens for the API to the one filter chain. */
	void configure(HttpSecurity http, ProblemResponses problems) throws Exception {
		http.oauth2Login(login -> login.loginPage("/sign-in").clientRegistrationRepository(registrations)
			.userInfoEndpoint(userInfo -> userInfo.oidcUserService(oidcUserService()))
			.defaultSuccessUrl("/", false).failureUrl("/sign-in?oidc-error").permitAll());
		DefaultBearerTokenResolver header = new DefaultBearerTokenResolver();
		http.oauth2ResourceServer(api -> api
			// Bearer tokens are for the API; a page request with one is treated as not signed in.
			.bearerTokenResolver(request -> request.getRequestURI().startsWith(request.getContextPath() + "/api/")
					? header.resolve(request) : null)
			.jwt(jwt -> jwt.decoder(bearerTokens).jwtAuthenticationConverter(bearerAuthentication()))
			.authenticationEntryPoint(problems).accessDeniedHandler(problems));
	}

	/** The provider's user, with kinmap's roles and user name. */
	OAuth2UserService<OidcUserRequest, OidcUser> oidcUserService() {
		OidcUserService standard = new OidcUserService();
		return request -> {
			OidcUser user = standard.loadUser(request);
			String username = username(user.getClaims(), properties.usernameClaim());
			if (username == null) {
				throw new OAuth2AuthenticationException(new OAuth2Error("invalid_user_info",
						"The provider's answer has no '" + properties.usernameClaim() + "' claim", null));
			}
			return new SignedInOidcUser(roles.authorities(user.getClaims()), user, username);
		};
	}

	/** A bearer token's authentication: its roles from the groups claim, its name from the username claim. */
	Converter<Jwt, AbstractAuthenticationToken> bearerAuthentication() {
		return jwt -> {
			String username = username(jwt.getClaims(), properties.usernameClaim());
			if (username == null) {
				throw new InvalidBearerTokenException("The token has no '" + properties.usernameClaim() + "' claim");
			}
			return new JwtAuthenticationToken(jwt, roles.authorities(jwt.getClaims()), username);
		};
	}

	/** The user name in a username claim, in lower case (providers compare user names regardless of case); null when absent. */
	static String username(Map<String, Object> claims, String claim) {
		Object value = claims.get(claim);
		return value instanceof String name && StringUtils.hasText(name) ? name.trim().toLowerCase(Locale.ROOT) : null;
	}

	/** The decoder of bearer tokens: the provider's keys (from its metadata), issuer, audience, and time with a minute's leeway. */
	static JwtDecoder decoder(OidcProperties properties) {
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withIssuerLocation(properties.issuerUri()).build();
		String audience = properties.audience();
		decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(properties.issuerUri()),
				new JwtClaimValidator<List<String>>("aud", aud -> aud != null && aud.contains(audience))));
		return decoder;
	}

	/** An OpenID Connect user whose name is kinmap's user name rather than a raw claim. */
	static final class SignedInOidcUser extends DefaultOidcUser {

		private static final long serialVersionUID = 1L;

		private final String username;

		SignedInOidcUser(Collection<? extends GrantedAuthority> authorities, OidcUser user, String username) {
			super(authorities, user.getIdToken(), user.getUserInfo(), IdTokenClaimNames.SUB);
			this.username = username;
		}

		@Override
		public String getName() {
			return username;
		}

		@Override
		public boolean equals(Object other) {
			return super.equals(other) && username.equals(((SignedInOidcUser) other).username);
		}

		@Override
		public int hashCode() {
			return super.hashCode() * 31 + username.hashCode();
		}
	}

	/** The client registration, from the provider's metadata on first use (and again after a failure). */
	static final class DiscoveredRegistration implements ClientRegistrationRepository {

		private final OidcProperties properties;
		private volatile ClientRegistration registration;

		DiscoveredRegistration(OidcProperties properties) {
			this.properties = properties;
		}

		@Override
		public ClientRegistration findByRegistrationId(String registrationId) {
			if (!OidcProperties.REGISTRATION.equals(registrationId)) {
				return null;
			}
			ClientRegistration found = registration;
			if (found == null) {
				synchronized (this) {
					if (registration == null) {
						registration = ClientRegistrations.fromIssuerLocation(properties.issuerUri())
							.registrationId(OidcProperties.REGISTRATION)
							.clientId(properties.clientId())
							.clientSecret(properties.clientSecret())
							.clientName(properties.name())
							.scope("openid", "profile")
							.userNameAttributeName("sub")
							// PKCE as well as the client secret, against a stolen or injected code.
							.clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build())
							.build();
					}
					found = registration;
				}
			}
			return found;
		}
	}

	/** Whether {@code kinmap.oidc.issuer-uri} is set. */
	static final class Configured implements Condition {
		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return StringUtils.hasText(context.getEnvironment().getProperty("kinmap.oidc.issuer-uri"));
		}
	}
}
