package org.kinmap.pages;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The browser pages: Thymeleaf templates in {@code templates/} that share one layout ({@code layout.html}: head,
 * header and navigation, main landmark, footer), each with a JavaScript module that draws what the JSON API answers.
 * The addresses of the former static files ({@code /genogram.html} and so on) send the browser to the page's route.
 */
@Controller
class PageController {

	@GetMapping("/")
	String home() {
		return "index";
	}

	@GetMapping("/children/{id}/genogram")
	String genogram() {
		return "genogram";
	}

	@GetMapping("/children/{id}/relatives")
	String relatives() {
		return "relatives";
	}

	@GetMapping("/children/{id}/matches")
	String matches() {
		return "matches";
	}

	@GetMapping("/sibling-groups")
	String siblingGroups() {
		return "sibling-groups";
	}

	// The permanence tracker's pages (issue 17; their script is static/js/tracker.js).
	@GetMapping("/tracker")
	String tracker() {
		return "tracker";
	}

	@GetMapping("/children/{id}/timeline")
	String timeline() {
		return "timeline";
	}

	@GetMapping("/panels")
	String panels() {
		return "panels";
	}

	@GetMapping("/accounts")
	String accounts() {
		return "accounts";
	}

	@GetMapping("/audit")
	String audit() {
		return "audit";
	}

	/** The former static pages of the whole authority: their routes. */
	@GetMapping({ "/index.html", "/sibling-groups.html", "/accounts.html", "/audit.html" })
	String formerAddress(HttpServletRequest request) {
		String path = request.getServletPath();
		return "redirect:" + (path.equals("/index.html") ? "/" : path.substring(0, path.length() - ".html".length()));
	}

	/** The former static pages of one child named no child: the list of children, to pick one. */
	@GetMapping({ "/genogram.html", "/relatives.html", "/matches.html" })
	String formerChildAddress() {
		return "redirect:/";
	}
}
