package org.kinmap.pages;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The browser pages: plain HTML and JavaScript modules served from {@code static/}, each drawing what the JSON
 * API answers. The routes a person types or bookmarks forward to the page that draws them.
 */
@Controller
class PageController {

	@GetMapping("/children/{id}/genogram")
	String genogram() {
		return "forward:/genogram.html";
	}

	@GetMapping("/children/{id}/relatives")
	String relatives() {
		return "forward:/relatives.html";
	}

	@GetMapping("/children/{id}/matches")
	String matches() {
		return "forward:/matches.html";
	}

	@GetMapping("/sibling-groups")
	String siblingGroups() {
		return "forward:/sibling-groups.html";
	}

	@GetMapping("/accounts")
	String accounts() {
		return "forward:/accounts.html";
	}

	@GetMapping("/audit")
	String audit() {
		return "forward:/audit.html";
	}
}
