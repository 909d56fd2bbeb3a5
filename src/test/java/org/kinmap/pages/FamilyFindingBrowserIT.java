package org.kinmap.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kinmap.TestAccounts;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A social worker's family finding in headless Chromium, on a family of its own (the family-finding test document
 * with ids {@code ffb-}, amy.social allocated): the work list prompts a search, logs a call to the grandmother (a
 * refusal first, shown beside its field) and shows it as her last contact, and marks the uncle do not contact, which
 * moves him off the candidates. axe and the console are checked on the way.
 */
class FamilyFindingBrowserIT extends BrowserPageTest {

	static final String CHILD = "ffb-child";
	static final String PAGE = "/children/" + CHILD + "/relatives";

	@BeforeAll
	void importTheFamilyAndSignInAsItsSocialWorker() throws Exception {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		String json = new ClassPathResource("networks/family-finding.json").getContentAsString(StandardCharsets.UTF_8)
			.replace("\"ff-", "\"ffb-");
		ResponseEntity<Map> imported = http.postForEntity("/api/networks", new HttpEntity<>(json, headers), Map.class);
		assertThat(imported.getStatusCode()).as("%s", imported.getBody()).isEqualTo(HttpStatus.OK);
		assertThat(http.exchange("/api/children/" + CHILD + "/access", HttpMethod.PUT,
				new HttpEntity<>(Map.of("allocated", List.of("amy.social")), headers), Map.class).getStatusCode())
			.isEqualTo(HttpStatus.OK);
		signIn("amy.social", TestAccounts.DEMO_PASSWORD);
	}

	WebElement row(String personId) {
		return browser.driver.findElement(By.cssSelector("#candidates-table tr.candidate[data-person='" + personId + "']"));
	}

	/** Opens a relative's log and returns it. */
	WebElement openLog(String personId) {
		WebElement log = waitUpTo(20).until(ExpectedConditions.presenceOfElementLocated(
				By.cssSelector("details.ff-relative[data-person='" + personId + "']")));
		if (log.getAttribute("open") == null) {
			log.findElement(By.tagName("summary")).click();
		}
		return log;
	}

	void set(WebElement input, String value) {
		((JavascriptExecutor) browser.driver).executeScript("arguments[0].value = arguments[1]", input, value);
	}

	@Test
	void aSocialWorkerLogsACallAndSeesTheLastContactOnTheWorkList() throws Exception {
		browser.driver.get(url(PAGE));
		WebElement prompt = waitUpTo(20).until(ExpectedConditions.visibilityOfElementLocated(By.id("re-search-due")));
		assertThat(prompt.getText()).isEqualTo("Re-search due. No search of the network is recorded.");
		waitUpTo(20).until(d -> !d.findElements(By.cssSelector("tr.candidate[data-person='ffb-gran'] td.ff-last")).isEmpty());
		assertThat(row("ffb-gran").findElement(By.cssSelector("td.ff-last")).getText()).isEqualTo("none\n⚑ Never contacted.");

		WebElement form = openLog("ffb-gran").findElement(By.cssSelector("form.ff-contact"));
		set(form.findElement(By.name("on")), "2026-11-30");
		new Select(form.findElement(By.name("mode"))).selectByValue("phone");
		new Select(form.findElement(By.name("outcome"))).selectByValue("interested_in_caring");
		form.findElement(By.name("note")).sendKeys("Lorraine would like Mia to live with her.");
		form.findElement(By.cssSelector("button[type=submit]")).click();
		WebElement error = waitUpTo(20).until(ExpectedConditions.visibilityOf(
				form.findElement(By.id(form.findElement(By.name("on")).getAttribute("id") + "-error"))));
		assertThat(error.getText()).isEqualTo("2026-11-30 is in the future");
		assertThat(form.findElement(By.name("on")).getAttribute("aria-invalid")).isEqualTo("true");
		assertThat(form.findElement(By.cssSelector(".ff-summary")).getText()).contains("Nothing was recorded.",
				"2026-11-30 is in the future");
		assertAccessible("the relatives work list with a refused contact attempt");
		assertOnlyFailedRequests(422, "/api/children/" + CHILD + "/family-finding/relatives/ffb-gran/contacts");

		set(form.findElement(By.name("on")), "2026-11-20");
		form.findElement(By.name("nextStep")).sendKeys("Home visit");
		set(form.findElement(By.name("nextStepOn")), "2026-11-27");
		form.findElement(By.cssSelector("button[type=submit]")).click();
		waitUpTo(20).until(d -> row("ffb-gran").findElement(By.cssSelector("td.ff-last")).getText()
			.equals("2026-11-20, phone: interested in caring"));
		assertThat(row("ffb-gran").findElement(By.cssSelector("td.ff-next")).getText()).isEqualTo("Home visit by 2026-11-27");
		assertThat(browser.driver.findElement(By.id("ff-status")).getText()).isEqualTo("The contact attempt was recorded.");
		WebElement log = openLog("ffb-gran");
		assertThat(log.findElement(By.cssSelector("table.ff-contacts tbody")).getText())
			.contains("2026-11-20", "phone", "interested in caring", "Lorraine would like Mia to live with her.", "amy.social");
		browser.screenshot("family-finding-call-logged");
		assertAccessible("the relatives work list with a relative's log open");
		assertNoConsoleErrors("the relatives work list after logging a call");
	}

	@Test
	void doNotContactNeedsItsReasonAndTakesTheUncleOffTheCandidates() {
		browser.driver.get(url(PAGE));
		waitUpTo(20).until(d -> !d.findElements(By.cssSelector("tr.candidate[data-person='ffb-uncle'] td.ff-last")).isEmpty());
		WebElement form = openLog("ffb-uncle").findElement(By.cssSelector("form.ff-entry"));
		form.findElement(By.name("doNotContact")).click();
		form.findElement(By.cssSelector("button[type=submit]")).click();
		WebElement reason = form.findElement(By.name("doNotContactReason"));
		WebElement error = waitUpTo(20).until(ExpectedConditions.visibilityOf(
				form.findElement(By.id(reason.getAttribute("id") + "-error"))));
		assertThat(error.getText()).startsWith("do not contact needs its reason");
		assertOnlyFailedRequests(422, "/api/children/" + CHILD + "/family-finding/relatives/ffb-uncle");

		reason.sendKeys("Lives with Dean; contact would tell him where Kerry is.");
		form.findElement(By.cssSelector("button[type=submit]")).click();
		waitUpTo(20).until(d -> !d.findElements(By.cssSelector("#do-not-contact-table tr[data-person='ffb-uncle']")).isEmpty());
		assertThat(browser.driver.findElements(By.cssSelector("#candidates-table tr.candidate[data-person='ffb-uncle']"))).isEmpty();
		assertThat(browser.driver.findElement(By.cssSelector("#do-not-contact-table tr[data-person='ffb-uncle']")).getText())
			.contains("Gary Pike", "Do not contact: Lives with Dean; contact would tell him where Kerry is.",
					"Not proposed for outreach.");
		assertAccessible("the relatives work list with a relative not to be contacted");
		assertNoConsoleErrors("the relatives work list after marking do not contact");
	}
}
