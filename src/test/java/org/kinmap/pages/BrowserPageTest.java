package org.kinmap.pages;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.kinmap.KinmapIntegrationTest;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What every browser test of the pages shares: the running application, one Chromium per class, waits. */
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
		browser = new Browser();
	}

	@AfterAll
	void stop() {
		if (browser != null) {
			browser.close();
		}
	}

	String url(String path) {
		return "http://localhost:" + port + path;
	}

	/** A wait that tries again when the page redraws an element between finding it and reading it. */
	WebDriverWait waitUpTo(int seconds) {
		WebDriverWait wait = new WebDriverWait(browser.driver, Duration.ofSeconds(seconds));
		wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
		return wait;
	}
}
