package org.kinmap.access;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sign-in page (a template, for the CSRF token and the messages); the form posts to Spring Security. When the
 * authority's OpenID Connect provider is configured, the page also links to signing in with it.
 */
@Controller
class SignInController {

	private final OidcProperties oidc;

	SignInController(OidcProperties oidc) {
		this.oidc = oidc;
	}

	@GetMapping("/sign-in")
	String signIn(Model model) {
		if (oidc.configured()) {
			model.addAttribute("oidcName", oidc.name());
			model.addAttribute("oidcStart", "/oauth2/authorization/" + OidcProperties.REGISTRATION);
		}
		return "sign-in";
	}
}
