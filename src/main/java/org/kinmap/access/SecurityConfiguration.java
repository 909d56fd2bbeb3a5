package org.kinmap.access;

import static org.kinmap.access.Role.ADMIN;
import static org.kinmap.access.Role.HOME_FINDER;
import static org.kinmap.access.Role.IRO;
import static org.kinmap.access.Role.MANAGER;
import static org.kinmap.access.Role.SOCIAL_WORKER;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.function.Supplier;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.util.StringUtils;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who may do what. Every request is signed in except the sign-in page, its style sheet and scripts, the health probe
 * and the document schema. The pages sign in with a form (a session, with a CSRF token on every change); scripts send
 * HTTP Basic with a local account on each request. When the authority's OpenID Connect provider is configured
 * ({@link OidcSignIn}), pages may also sign in with it into the same kind of session, and the API accepts its bearer
 * tokens. API requests without a sign-in get a 401 problem; pages send the browser to the sign-in page.
 *
 * <p>The table below is the whole of the role-level rules: anything under {@code /api} not named here is refused.
 * Which children a social worker or an IRO may see, and restricted records, are decided per child by
 * {@link RecordAccess}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

	/** Roles that may read a child's care record: the list, the record, siblings. */
	static final Role[] CHILD_READERS = { SOCIAL_WORKER, HOME_FINDER, MANAGER, IRO };
	/** Roles that may see a child's family network: genogram, relatives, gaps, persons. */
	static final Role[] NETWORK_READERS = { SOCIAL_WORKER, MANAGER, IRO };
	/** Roles that may see carers and matches. */
	static final Role[] MATCHERS = { SOCIAL_WORKER, HOME_FINDER, MANAGER };

	@Bean
	SecurityFilterChain kinmapSecurity(HttpSecurity http, ProblemResponses problems, SignInThrottle throttle,
			ObjectProvider<OidcSignIn> oidc) throws Exception {
		RequestMatcher api = request -> request.getRequestURI().startsWith(request.getContextPath() + "/api/");
		// A browser adds Basic credentials it once cached to requests other sites start; it then also says so in
		// Sec-Fetch-Site, which no script sends. Such a request needs the CSRF token like any session's.
		RequestMatcher carriesCredentials = request -> StringUtils.hasText(request.getHeader("Authorization"))
				&& !crossSite(request);
		// An API request without a session has no cookie another site could ride on: it is answered 401 rather than
		// refused for want of a token. (The sign-in form is still protected, against signing a person in as another.)
		RequestMatcher apiWithoutSession = request -> api.matches(request) && request.getRequestedSessionId() == null
				&& !crossSite(request);
		http.authorizeHttpRequests(rules -> {
			rules.requestMatchers("/sign-in", "/css/**", "/favicon.svg", "/error",
					"/actuator/health", "/actuator/health/**", "/schema/**").permitAll();
			rules.requestMatchers("/api/me").authenticated();
			// Administration: imports, accounts, who may see a restricted record, the audit trail.
			rules.requestMatchers(HttpMethod.POST, "/api/networks", "/api/networks/**").hasRole(ADMIN.name());
			rules.requestMatchers("/api/accounts", "/api/accounts/**", "/api/audit", "/api/audit/**").hasRole(ADMIN.name());
			rules.requestMatchers("/api/children/*/access").hasRole(ADMIN.name());
			rules.requestMatchers(HttpMethod.GET, "/api/children/*/audit").hasAnyRole(names(SOCIAL_WORKER, MANAGER, IRO, ADMIN));
			// The authority-wide views.
			rules.requestMatchers(HttpMethod.GET, "/api/sibling-groups", "/api/sibling-groups/summary").hasRole(MANAGER.name());
			rules.requestMatchers(HttpMethod.POST, "/api/matches/assignment").hasAnyRole(names(MANAGER, HOME_FINDER));
			// Exchange (issue 18): the carers spreadsheet, for administrators and the home finders who keep the carers'
			// records (before the carers' own GET rule, which the template's path also matches); GEDCOM out, as the
			// genogram (/api/persons/*/network.ged falls under the persons' rule below).
			rules.requestMatchers("/api/carers/import", "/api/carers/import/template").hasAnyRole(names(ADMIN, HOME_FINDER));
			rules.requestMatchers(HttpMethod.GET, "/api/children/*/network.ged").hasAnyRole(names(NETWORK_READERS));
			// Matching.
			rules.requestMatchers(HttpMethod.GET, "/api/carers", "/api/carers/**", "/api/children/*/carer-matches")
				.hasAnyRole(names(MATCHERS));
			rules.requestMatchers(HttpMethod.POST, "/api/matches").hasAnyRole(names(MATCHERS));
			// A child's family network.
			rules.requestMatchers(HttpMethod.GET, "/api/children/*/genogram", "/api/children/*/relatives",
					"/api/children/*/network-gaps", "/api/relatives", "/api/persons", "/api/persons/**")
				.hasAnyRole(names(NETWORK_READERS));
			rules.requestMatchers(HttpMethod.GET, "/api/sibling-groups/*").hasAnyRole(names(NETWORK_READERS));
			// A child's care record and siblings.
			rules.requestMatchers(HttpMethod.GET, "/api/children", "/api/children/*", "/api/children/*/siblings")
				.hasAnyRole(names(CHILD_READERS));
			// Casework.
			rules.requestMatchers(HttpMethod.POST, "/api/together-or-apart-assessments").hasRole(SOCIAL_WORKER.name());
			rules.requestMatchers(HttpMethod.PUT, "/api/together-or-apart-assessments/*").hasRole(SOCIAL_WORKER.name());
			rules.requestMatchers(HttpMethod.GET, "/api/together-or-apart-assessments/*").hasAnyRole(names(NETWORK_READERS));
			// The permanence tracker (issue 17, org.kinmap.tracker): managers see every child, social workers and IROs
			// their allocated children (RecordAccess); the authority's figures are for managers.
			rules.requestMatchers(HttpMethod.GET, "/api/tracker/figures").hasRole(MANAGER.name());
			rules.requestMatchers(HttpMethod.GET, "/api/tracker", "/api/tracker.csv", "/api/panels/*",
					"/api/children/*/timeline").hasAnyRole(names(SOCIAL_WORKER, MANAGER, IRO));
			// Assessments as a workflow (issue 16, item 4): social workers write, network readers read.
			rules.requestMatchers(HttpMethod.POST, "/api/children/*/assessments", "/api/children/*/reg24-approvals",
					"/api/assessments/*/status", "/api/assessments/*/reg25-extension").hasRole(SOCIAL_WORKER.name());
			rules.requestMatchers(HttpMethod.GET, "/api/children/*/assessments", "/api/children/*/reg24-approvals",
					"/api/assessments/*").hasAnyRole(names(NETWORK_READERS));
			// Family finding (familyfinding): the log is read with the network, written by social workers only.
			rules.requestMatchers(HttpMethod.GET, "/api/children/*/family-finding").hasAnyRole(names(NETWORK_READERS));
			rules.requestMatchers(HttpMethod.POST, "/api/children/*/family-finding/relatives/*/contacts",
					"/api/children/*/family-finding/searches").hasRole(SOCIAL_WORKER.name());
			rules.requestMatchers(HttpMethod.PUT, "/api/children/*/family-finding/relatives/*").hasRole(SOCIAL_WORKER.name());
			// Casework: editing the family network from the genogram (org.kinmap.casework). Its history is read by
			// whoever may see the network; only social workers change it (risk flags included: the other roles are
			// read-only or do not see families).
			rules.requestMatchers(HttpMethod.GET, "/api/children/*/network/**").hasAnyRole(names(NETWORK_READERS));
			rules.requestMatchers("/api/children/*/network/**").hasRole(SOCIAL_WORKER.name());
			// Recording the permanence tracker's records (issue 17, org.kinmap.tracker.PermanenceRecordsController):
			// social workers record them all; managers also record panels with decisions and allocations.
			rules.requestMatchers(HttpMethod.POST, "/api/children/*/reviews", "/api/children/*/plans",
					"/api/children/*/meetings", "/api/children/*/proceedings").hasRole(SOCIAL_WORKER.name());
			rules.requestMatchers(HttpMethod.POST, "/api/children/*/panels").hasAnyRole(names(SOCIAL_WORKER, MANAGER));
			rules.requestMatchers(HttpMethod.PUT, "/api/children/*/allocation").hasAnyRole(names(SOCIAL_WORKER, MANAGER));
			rules.requestMatchers("/api/**").denyAll();
			pages(rules);
			rules.anyRequest().authenticated();
		});
		http.formLogin(form -> form.loginPage("/sign-in").loginProcessingUrl("/sign-in").defaultSuccessUrl("/", false)
			.failureUrl("/sign-in?error").permitAll());
		http.httpBasic(basic -> basic.authenticationEntryPoint(problems));
		// With kinmap.oidc.* set: the authority's OpenID Connect sign-in for pages, its bearer tokens for the API.
		OidcSignIn openIdConnect = oidc.getIfAvailable();
		if (openIdConnect != null) {
			openIdConnect.configure(http, problems);
		}
		http.logout(logout -> logout.logoutUrl("/sign-out").logoutSuccessUrl("/sign-in?signed-out")
			.deleteCookies("KINMAP_SESSION").permitAll());
		// Only a page is worth returning to after signing in; an API request must not start a session.
		HttpSessionRequestCache pagesOnly = new HttpSessionRequestCache();
		pagesOnly.setRequestMatcher(request -> !api.matches(request) && "GET".equals(request.getMethod()));
		http.requestCache(cache -> cache.requestCache(pagesOnly));
		// A refusal by the rules above, a page's too and a refused CSRF token, is a 403 problem. (For any request, not
		// only the API's: with a single default Spring Security uses it for every request, and the resource server adds
		// one for bearer requests.)
		http.exceptionHandling(errors -> errors
			.defaultAuthenticationEntryPointFor(problems, api)
			.defaultAccessDeniedHandlerFor(problems, AnyRequestMatcher.INSTANCE));
		http.csrf(csrf -> csrf.csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
			.csrfTokenRequestHandler(new PageCsrfTokenRequestHandler())
			// A script's Basic credentials (or a bearer token) are sent by the script itself, and an API request without a
			// session carries nothing to forge with: neither needs a CSRF token unless a browser says it is cross-site.
			.ignoringRequestMatchers(carriesCredentials, apiWithoutSession));
		http.addFilterAfter(new CsrfCookieFilter(), BasicAuthenticationFilter.class);
		http.addFilterBefore(new SignInThrottleFilter(throttle, problems), BasicAuthenticationFilter.class);
		http.headers(headers -> headers
			.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; script-src 'self'; style-src 'self'; "
					+ "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"))
			.frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
			.contentTypeOptions(options -> {
			}));
		return http.build();
	}

	/**
	 * Requests must name kinmap by one of its own host names ({@code kinmap.http.allowed-hosts}; {@code *} for any):
	 * a page of another site whose name was pointed at this machine (DNS rebinding) is refused with a 400 problem.
	 */
	@Bean
	HttpFirewall kinmapFirewall(@Value("${kinmap.http.allowed-hosts:localhost,127.0.0.1,[::1]}") List<String> hosts) {
		StrictHttpFirewall firewall = new StrictHttpFirewall();
		Set<String> allowed = hosts.stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
		if (!allowed.contains("*")) {
			firewall.setAllowedHostnames(name -> name != null && allowed.contains(name.toLowerCase(Locale.ROOT)));
		}
		return firewall;
	}

	/** The pages, by the job they serve; the API decides again for each request they make. */
	private static void pages(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers("/accounts", "/accounts.html", "/audit", "/audit.html").hasRole(ADMIN.name());
		rules.requestMatchers("/sibling-groups", "/sibling-groups.html").hasRole(MANAGER.name());
		rules.requestMatchers("/children/*/matches", "/matches.html").hasAnyRole(names(MATCHERS));
		rules.requestMatchers("/children/*/genogram", "/children/*/relatives", "/genogram.html", "/relatives.html")
			.hasAnyRole(names(NETWORK_READERS));
		// The permanence tracker's pages (issue 17).
		rules.requestMatchers("/tracker", "/panels", "/children/*/timeline").hasAnyRole(names(SOCIAL_WORKER, MANAGER, IRO));
		rules.requestMatchers("/swagger-ui.html", "/swagger-ui/**", "/v3/api-docs", "/v3/api-docs/**").authenticated();
	}

	/** Whether a browser says another site started this request ({@code Sec-Fetch-Site: cross-site} or {@code same-site}). */
	static boolean crossSite(HttpServletRequest request) {
		String site = request.getHeader("Sec-Fetch-Site");
		return site != null && !site.equals("same-origin") && !site.equals("none");
	}

	static String[] names(Role... roles) {
		return Arrays.stream(roles).map(Role::name).toArray(String[]::new);
	}

	/**
	 * The pages' scripts read the token from the {@code XSRF-TOKEN} cookie and send it in the {@code X-XSRF-TOKEN}
	 * header; the sign-in and sign-out forms send it as a field. The token in a header is taken as it is,
	 * a field's is BREACH-protected (Spring Security's pattern for pages driven by scripts).
	 */
	static final class PageCsrfTokenRequestHandler implements CsrfTokenRequestHandler {

		private final CsrfTokenRequestHandler plain = new CsrfTokenRequestAttributeHandler();
		private final CsrfTokenRequestHandler xor = new XorCsrfTokenRequestAttributeHandler();

		@Override
		public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> token) {
			xor.handle(request, response, token);
			token.get();
		}

		@Override
		public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken token) {
			String header = request.getHeader(token.getHeaderName());
			return (StringUtils.hasText(header) ? plain : xor).resolveCsrfTokenValue(request, token);
		}
	}

	/** Makes sure the CSRF cookie is set on every page load, so the page's scripts can send it. */
	static final class CsrfCookieFilter extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
			if (token != null) {
				token.getToken();
			}
			chain.doFilter(request, response);
		}
	}

	/** Refuses sign-in attempts (form or Basic) from an address that has failed too often lately. */
	static final class SignInThrottleFilter extends OncePerRequestFilter {

		private final SignInThrottle throttle;
		private final ProblemResponses problems;

		SignInThrottleFilter(SignInThrottle throttle, ProblemResponses problems) {
			this.throttle = throttle;
			this.problems = problems;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			boolean signingIn = ("POST".equals(request.getMethod()) && request.getRequestURI().endsWith("/sign-in"))
					|| StringUtils.hasText(request.getHeader("Authorization"));
			if (signingIn && throttle.refused(request)) {
				problems.tooManySignIns(request, response);
				return;
			}
			chain.doFilter(request, response);
		}
	}
}
