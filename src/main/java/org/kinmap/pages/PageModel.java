package org.kinmap.pages;

import jakarta.servlet.http.HttpServletRequest;
import org.kinmap.access.SignedInPeople;
import org.kinmap.access.SignedInPeople.SignedInPerson;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the layout's header needs on every page: who is signed in, and which page this is (for {@code aria-current}). */
@ControllerAdvice(assignableTypes = PageController.class)
class PageModel {

	private final SignedInPeople people;

	PageModel(SignedInPeople people) {
		this.people = people;
	}

	@ModelAttribute("signedIn")
	SignedInPerson signedIn(Authentication auth) {
		return auth == null ? null : people.describe(auth);
	}

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return request.getServletPath();
	}
}
