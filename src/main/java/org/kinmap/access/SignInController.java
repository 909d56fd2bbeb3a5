package org.kinmap.access;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page (a template, for the CSRF token and the messages); the form posts to Spring Security. */
@Controller
class SignInController {

	@GetMapping("/sign-in")
	String signIn() {
		return "sign-in";
	}
}
