package org.kinmap.pages;

import java.time.Duration;

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
