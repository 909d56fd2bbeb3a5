package org.kinmap.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.kinmap.KinmapIntegrationTest;
import org.kinmap.TestAccounts;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What every browser test of the pages shares: the running application, one Chromium for every class, waits. */
@KinmapIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserPageTest {

	@LocalServerPort
	int port;

	@Autowired
	TestRestTemplate http;

	Browser browser;

	@BeforeAll
	void start() throws Exception {
		browser = Browser.shared();
		signIn(TestAccounts.USERNAME, TestAccounts.PASSWORD);
	}

	/** Signs in through the sign-in page, as a person would. */
	void signIn(String username, String password) {
		browser.driver.manage().deleteAllCookies();
		browser.driver.get(url("/sign-in"));
		browser.driver.findElement(By.id("username")).sendKeys(username);
		browser.driver.findElement(By.id("password")).sendKeys(password);
		browser.driver.findElement(By.id("sign-in")).click();
		waitUpTo(30).until(d -> !d.getCurrentUrl().contains("/sign-in"));
	}

	/** The page as drawn now has no serious or critical WCAG 2.2 AA violation (axe-core); the report names each. */
	void assertAccessible(String page) {
		assertThat(browser.accessibilityViolations())
			.as("serious or critical accessibility violations (WCAG 2.2 AA, axe-core) on %s (%s)", page,
					browser.driver.getCurrentUrl())
			.isEmpty();
	}

	/** No JavaScript error and no failed request since the last look at the console. */
	void assertNoConsoleErrors(String page) {
		assertThat(browser.consoleErrors()).as("console errors on %s", page).isEmpty();
	}

	/**
	 * The console errors since the last look are exactly the browser's notes of these failed API requests (which the
	 * page shows in words), one each, in any order: nothing else failed. An address ending in {@code ?} stands for
	 * that address with any query.
	 */
	void assertOnlyFailedRequests(int status, String... apiPaths) {
		List<String> errors = browser.consoleErrors();
		assertThat(errors).as("console errors").hasSize(apiPaths.length);
		for (String path : apiPaths) {
			String address = url(path) + (path.endsWith("?") ? "" : " ");
			assertThat(errors).as("console errors").anySatisfy(error -> assertThat(error).startsWith(address)
				.contains("status of " + status + " "));
		}
	}

	/** The browser is shared with the next class: nothing a test left unchecked in its console may pass unseen. */
	@AfterAll
	void stop() {
		if (browser != null) {
			assertNoConsoleErrors("the last page of " + getClass().getSimpleName());
		}
	}

	String url(String path) {
		return "http://localhost:" + port + path;
	}

	/**
	 * A wait that tries again when the page redraws an element between finding it and reading it, and looks every
	 * 50 ms (Selenium's default half second, once per page, made the browser tests a third slower).
	 */
	WebDriverWait waitUpTo(int seconds) {
		WebDriverWait wait = new WebDriverWait(browser.driver, Duration.ofSeconds(seconds), Duration.ofMillis(50));
		wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
		return wait;
	}
}
