package org.kinmap.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kinmap.TestAccounts;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * A social worker records a review from a child's timeline (a fictional child of this test's own, te-cy-quill, looked
 * after since 1 October 2026): a date before that is refused with the problem beside the field; a good one is
 * recorded and drawn on the timeline.
 */
class RecordReviewBrowserIT extends BrowserPageTest {

	static final String CHILD = "te-cy-quill";

	void asAdmin(HttpMethod method, String path, String json) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		var answer = http.withBasicAuth("fay.admin", TestAccounts.DEMO_PASSWORD)
			.exchange(path, method, new HttpEntity<>(json, headers), Map.class);
		assertThat(answer.getStatusCode()).as(String.valueOf(answer.getBody())).isEqualTo(HttpStatus.OK);
	}

	void setDate(String id, String iso) {
		((JavascriptExecutor) browser.driver).executeScript("document.getElementById(arguments[0]).value = arguments[1]", id, iso);
	}

	@Test
	void aReviewHeldIsRecordedAndABadDateIsShownBesideTheField() {
		asAdmin(HttpMethod.POST, "/api/networks", """
				{"source": "RecordReviewBrowserIT",
				 "persons": [{"id": "te-cy-quill", "givenName": "Cy", "familyName": "Quill", "sex": "male", "birthDate": "2018-04-03"}],
				 "children": [{"child": "te-cy-quill", "legalStatus": "C2", "lookedAfterSince": "2026-10-01"}]}
				""");
		asAdmin(HttpMethod.PUT, "/api/children/" + CHILD + "/access", "{\"allocated\": [\"amy.social\"], \"restrictedTo\": null}");
		signIn("amy.social", TestAccounts.DEMO_PASSWORD);
		browser.driver.get(url("/children/" + CHILD + "/timeline"));
		waitUpTo(30).until(d -> !d.findElements(By.cssSelector("#timeline li")).isEmpty());

		setDate("review-held", "2026-09-01");
		browser.driver.findElement(By.cssSelector("#record-review button[type=submit]")).click();
		waitUpTo(30).until(d -> d.findElement(By.id("review-held-error")).isDisplayed());
		assertThat(browser.driver.findElement(By.id("review-held-error")).getText())
			.contains("became looked after on 2026-10-01");
		assertThat(browser.driver.findElement(By.id("review-held")).getAttribute("aria-invalid")).isEqualTo("true");
		assertOnlyFailedRequests(422, "/api/children/" + CHILD + "/reviews");

		setDate("review-held", "2026-10-27");
		browser.driver.findElement(By.id("review-chair")).sendKeys("Erin Shaw");
		browser.driver.findElement(By.cssSelector("#record-review button[type=submit]")).click();
		waitUpTo(30).until(d -> d.findElement(By.id("timeline")).getText().contains("The first review held"));
		assertThat(browser.driver.findElement(By.id("record-review-status")).getText()).contains("Review recorded");
		assertThat(browser.driver.findElement(By.id("review-held-error")).isDisplayed()).isFalse();
		assertAccessible("a child's timeline with the review form");
		assertNoConsoleErrors("a child's timeline with the review form");
	}
}
