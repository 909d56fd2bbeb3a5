package org.kinmap.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kinmap.KinmapIntegrationTest;
import org.kinmap.TestAccounts;
import org.kinmap.assessments.AssessmentFamily;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The assessment workflow in headless Chromium, as Amy Lewis, the social worker allocated to Mia Pryor (this class's
 * own fictional family, ids {@code as-web-*}): from the work list she requests a viability assessment of an aunt,
 * starts it, tries to conclude it negative without reasons and reads the refusal beside the field, gives them, and sees
 * the status change on the work list and on the genogram, without the page being reloaded; then concludes a second
 * one positive and records a Regulation 24 approval after it.
 */
@KinmapIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SuppressWarnings("unchecked")
class AssessmentWorkflowBrowserIT extends BrowserPageTest {

	static final String P = "as-web";
	static final String MIA = AssessmentFamily.mia(P);

	@BeforeAll
	void importThePryorsAndSignInAsAmy() throws Exception {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		ResponseEntity<Map> imported = http.postForEntity("/api/networks",
				new HttpEntity<>(AssessmentFamily.document(P, 3), headers), Map.class);
		assertThat(imported.getStatusCode().value()).as(String.valueOf(imported.getBody())).isEqualTo(200);
		http.put("/api/children/" + MIA + "/access", Map.of("allocated", List.of("amy.social")));
		signIn("amy.social", TestAccounts.DEMO_PASSWORD);
	}

	WebElement row(String css) {
		return waitUpTo(20).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
	}

	WebElement assessmentOf(String person) {
		return row("#assessments-table tr.assessment[data-person='" + person + "']");
	}

	/**
	 * Clicks the button, looking for it again if the page redraws it meanwhile (the work list is read again after
	 * each step).
	 */
	void click(String css) {
		waitUpTo(20).until(d -> {
			d.findElement(By.cssSelector(css)).click();
			return true;
		});
	}

	/** Clicks a step's button in the relative's row, fills the form's fields and submits it. */
	void step(String person, String action, Map<String, String> fields) {
		click("#assessments-table tr.assessment[data-person='" + person + "'] button[data-action='" + action + "']");
		submit(fields);
	}

	void submit(Map<String, String> fields) {
		WebElement form = row("#assessment-form");
		fields.forEach((name, value) -> {
			WebElement input = form.findElement(By.name(name));
			if ("date".equals(input.getAttribute("type"))) {
				// Typing into a date field follows the browser's locale; the value is what the form sends.
				((JavascriptExecutor) browser.driver).executeScript("arguments[0].value = arguments[1]", input, value);
			}
			else {
				input.clear();
				input.sendKeys(value);
			}
		});
		form.findElement(By.cssSelector("button[type=submit]")).click();
	}

	void waitForStatus(String person, String status) {
		waitUpTo(20).until(d -> d.findElements(By.cssSelector("#assessments-table tr.assessment[data-person='" + person
				+ "'][data-status='" + status + "']")).size() == 1);
	}

	boolean isCandidate(String person) {
		return !browser.driver.findElements(By.cssSelector("#candidates-table tr.candidate[data-person='" + person + "']")).isEmpty();
	}

	@Test
	void aSocialWorkerRequestsAndConcludesViabilityAssessmentsAndSeesTheWorkListAndGenogramChange() throws Exception {
		String aunt = AssessmentFamily.relative(P, 1);
		String uncle = AssessmentFamily.relative(P, 2);
		browser.driver.get(url("/children/" + MIA + "/relatives"));
		row("#candidates-table tr.candidate[data-person='" + aunt + "'] button[data-action='request']");
		// The section says "Loading…" until the child's assessments have been read.
		waitUpTo(20).until(d -> d.findElement(By.id("assessments")).getText().equals("No one has been assessed for this child yet."));
		assertAccessible("Mia Pryor's work list before any assessment");

		click("#candidates-table tr.candidate[data-person='" + aunt + "'] button[data-action='request']");
		WebElement form = row("#assessment-form");
		assertThat(form.findElement(By.id("assessment-form-title")).getText()).isEqualTo("Request a viability assessment of Joanne 1 Pryor");
		assertThat(form.findElement(By.name("requestedOn")).getAttribute("value")).as("kinmap's today").isEqualTo("2026-11-22");
		assertAccessible("the form to request a viability assessment");
		submit(Map.of("requestedOn", "2026-11-01", "assessor", "Paul Ingram (kinship team)"));
		waitForStatus(aunt, "requested");
		waitUpTo(20).until(d -> !isCandidate(aunt));
		assertThat(isCandidate(uncle)).isTrue();
		assertThat(browser.driver.findElement(By.id("assessment-message")).getText())
			.isEqualTo("Viability assessment of Joanne 1 Pryor requested.");

		step(aunt, "in_progress", Map.of("on", "2026-11-02"));
		waitForStatus(aunt, "in_progress");
		step(aunt, "negative", Map.of("on", "2026-11-20"));
		WebElement error = row("#assessment-form [data-error-for='reason']");
		waitUpTo(20).until(d -> !error.getText().isBlank());
		assertThat(error.getText()).startsWith("A negative viability assessment needs its reasons");
		assertThat(browser.driver.findElement(By.id("af-reason")).getAttribute("aria-invalid")).isEqualTo("true");
		assertThat(browser.driver.findElement(By.id("assessment-error-summary")).getText()).contains("needs its reasons");
		assertAccessible("the refusal of a negative outcome without reasons");
		assertOnlyFailedRequests(422, "/api/assessments/" + assessmentOf(aunt).getAttribute("data-assessment") + "/status");
		submit(Map.of("reason", "Works nights; cannot care for a young child."));
		waitForStatus(aunt, "negative");
		assertThat(assessmentOf(aunt).getText()).contains("negative", "requested 2026-11-01", "started 2026-11-02",
				"concluded 2026-11-20", "Works nights; cannot care for a young child.");
		assertThat(assessmentOf(aunt).findElements(By.cssSelector("td.actions button"))).isEmpty();

		click("#candidates-table tr.candidate[data-person='" + uncle + "'] button[data-action='request']");
		submit(Map.of());
		waitForStatus(uncle, "requested");
		step(uncle, "in_progress", Map.of());
		waitForStatus(uncle, "in_progress");
		step(uncle, "positive", Map.of("reason", "A warm home; knows Mia well."));
		waitForStatus(uncle, "positive");
		assertThat(assessmentOf(uncle).findElements(By.cssSelector("td.actions button")).stream()
			.map(b -> b.getAttribute("data-action")).toList()).containsExactly("full", "reg24");
		step(uncle, "reg24", Map.of("startsOn", "2026-11-22"));
		WebElement approval = row("#assessments-table tr.assessment[data-person='" + uncle + "'][data-status='positive'] button[data-action='reg25']");
		assertThat(approval.findElement(By.xpath("ancestor::tr")).getText()).contains("approved 2026-11-22, ends 2027-03-14");
		assertAccessible("Mia Pryor's work list with three assessments");
		browser.screenshot("assessment-workflow-mia-pryor");
		assertNoConsoleErrors("Mia Pryor's work list");

		browser.driver.get(url("/children/" + MIA + "/genogram"));
		WebElement auntSymbol = row("#genogram .person[data-id='" + aunt + "']");
		assertThat(auntSymbol.getAttribute("aria-label")).contains("negative");
		assertThat(row("#genogram .person[data-id='" + uncle + "']").getAttribute("aria-label")).contains("positive");
		assertThat(auntSymbol.findElement(By.cssSelector(".symbol")).getAttribute("class")).contains("status-negative");
		assertNoConsoleErrors("Mia Pryor's genogram");
	}
}
