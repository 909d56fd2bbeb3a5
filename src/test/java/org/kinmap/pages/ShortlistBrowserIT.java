package org.kinmap.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kinmap.KinmapIntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The home finder's carer shortlist in headless Chromium against the fixtures: the households in the API's order with
 * a score per domain as text, reasons behind a real expand button, the exclusions with reasons, weights that re-rank
 * live, and a sibling group's shortlist (McDonagh: only {@code h-car-009} can take all four, fixtures/README.md).
 */
@KinmapIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SuppressWarnings({ "unchecked", "rawtypes" })
class ShortlistBrowserIT extends BrowserPageTest {

	static final List<String> DOMAINS = List.of("views", "health", "education", "emotionalBehavioural", "identity",
			"familyRelationships", "socialPresentation", "selfCare", "contact");

	List<String> shownHouseholds() {
		// Read in one script, so that a re-rank redrawing the table between two reads cannot leave a stale row.
		return (List<String>) ((JavascriptExecutor) browser.driver).executeScript(
				"return [...document.querySelectorAll('#matches-table tr.match')].map(r => r.dataset.household)");
	}

	static List<String> ids(Map<String, Object> result) {
		return ((List<Map<String, Object>>) result.get("matches")).stream().map(m -> (String) m.get("householdId")).toList();
	}

	@Test
	void aHomeFinderSeesTheShortlistScoresReasonsAndExclusions() throws Exception {
		Map<String, Object> api = http.getForObject("/api/children/p-mcdonagh-johnny/carer-matches?top=10", Map.class);
		List<Map<String, Object>> matches = (List<Map<String, Object>>) api.get("matches");
		browser.driver.get(url("/children/p-mcdonagh-johnny/matches"));
		waitUpTo(20).until(d -> !d.findElements(By.cssSelector("#matches-table tr.match")).isEmpty());

		assertThat(browser.driver.getTitle()).isEqualTo("kinmap: carer shortlist for Johnny McDonagh");
		assertThat(shownHouseholds()).isEqualTo(ids(api));
		assertThat(browser.driver.findElements(By.cssSelector("#matches-table thead th")).stream().map(WebElement::getText).toList())
			.startsWith("Rank", "Household", "Views", "Health", "Education", "Emotional", "Identity", "Family", "Social",
					"Self-care", "Contact", "Total", "Known", "Distance");

		// Each domain's score is written as a number beside its bar, and the total as text.
		WebElement first = browser.driver.findElement(By.cssSelector("#matches-table tr.match"));
		Map<String, Object> best = matches.get(0);
		for (Map<String, Object> domain : (List<Map<String, Object>>) best.get("domains")) {
			assertThat(first.findElement(By.cssSelector("td[data-domain='" + domain.get("domain") + "'] .value")).getText())
				.as((String) domain.get("domain")).isEqualTo(String.valueOf(domain.get("score")));
		}
		assertThat(first.findElement(By.cssSelector("td.total")).getText()).isEqualTo(String.format(Locale.ROOT, "%.1f", best.get("total")));
		assertThat(first.getText()).contains("Angela Whitfield", "current carer", "a brother or sister lives here");

		// Reasons open and close on a real button that says whether it is expanded.
		WebElement expand = first.findElement(By.cssSelector("button.expand"));
		WebElement reasons = browser.driver.findElement(By.id(expand.getAttribute("aria-controls")));
		assertThat(expand.getAttribute("aria-expanded")).isEqualTo("false");
		assertThat(reasons.isDisplayed()).isFalse();
		expand.click();
		waitUpTo(20).until(ExpectedConditions.visibilityOf(reasons));
		assertThat(expand.getAttribute("aria-expanded")).isEqualTo("true");
		assertThat(reasons.getText()).contains("No dogs in the home; Johnny is afraid of dogs.",
				"Carer already looks after Johnny's sister Mary McDonagh.", "Checks passed");
		browser.screenshot("shortlist-johnny-mcdonagh");
		assertAccessible("Johnny McDonagh's carer shortlist, a row's reasons open");
		expand.sendKeys(Keys.SPACE);
		waitUpTo(20).until(ExpectedConditions.invisibilityOf(reasons));
		assertThat(expand.getAttribute("aria-expanded")).isEqualTo("false");

		// Every excluded household is listed with its reasons: h-car-010 has two dogs.
		List<WebElement> excluded = browser.driver.findElements(By.cssSelector("#excluded-table tr.exclusion"));
		assertThat(excluded).hasSize(((List<?>) api.get("excluded")).size());
		assertThat(browser.driver.findElement(By.cssSelector("#excluded-table tr[data-household='h-car-010']")).getText())
			.contains("Has 2 dogs; Johnny is afraid of dogs.");
		assertNoConsoleErrors("Johnny McDonagh's carer shortlist");
	}

	@Test
	void changingAWeightReRanksLiveAsTheApiDoes() throws Exception {
		Map<String, Object> reweighted = http.getForObject("/api/children/p-mcdonagh-johnny/carer-matches?top=10&weight.health=5",
				Map.class);
		Map<String, Object> plain = http.getForObject("/api/children/p-mcdonagh-johnny/carer-matches?top=10", Map.class);
		assertThat(ids(reweighted)).as("the fixtures give a different order").isNotEqualTo(ids(plain));
		browser.driver.get(url("/children/p-mcdonagh-johnny/matches"));
		waitUpTo(20).until(d -> !d.findElements(By.cssSelector("#matches-table tr.match")).isEmpty());
		assertThat(browser.driver.findElements(By.cssSelector("#weight-inputs input[type=number]"))).extracting(i -> i.getAttribute("name"))
			.containsExactlyElementsOf(DOMAINS);
		WebElement health = browser.driver.findElement(By.id("weight-health"));
		assertThat(health.findElement(By.xpath("ancestor::label")).getText())
			.contains("health");
		health.sendKeys(Keys.chord(Keys.CONTROL, "a"), "5");
		waitUpTo(20).until(d -> shownHouseholds().equals(ids(reweighted)));
		assertThat(browser.driver.findElement(By.id("status")).getText()).contains("health 5");
		browser.screenshot("shortlist-johnny-mcdonagh-health-5");

		browser.driver.findElement(By.id("reset")).click();
		waitUpTo(20).until(d -> shownHouseholds().equals(ids(plain)));
		assertThat(health.getAttribute("value")).isEqualTo("1");

		health.sendKeys(Keys.chord(Keys.CONTROL, "a"), "11");
		WebElement error = waitUpTo(20).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#message .error")));
		assertThat(error.getText()).isEqualTo("Parameter 'weight.health' must be a number from 0 to 10, not '11'");
		assertAccessible("the carer shortlist showing a refused weight");
		assertOnlyFailedRequests(400, "/api/children/p-mcdonagh-johnny/carer-matches?");
	}

	@Test
	void aSiblingGroupsShortlistComesFromTheSplitGroupsPage() throws Exception {
		browser.driver.get(url("/sibling-groups"));
		waitUpTo(30).until(d -> !d.findElements(By.cssSelector("a.shortlist-link")).isEmpty());
		WebElement link = browser.driver.findElements(By.cssSelector("a.shortlist-link")).stream()
			.filter(a -> a.getAttribute("href").contains("p-mcdonagh-")).findFirst().orElseThrow();
		browser.driver.get(link.getAttribute("href"));
		waitUpTo(20).until(d -> !d.findElements(By.cssSelector("#matches-table tr.match")).isEmpty());
		assertThat(browser.driver.findElement(By.id("title")).getText()).startsWith("Carer shortlist for ").endsWith(" together")
			.contains("Bridget McDonagh", "Patrick McDonagh", "Johnny McDonagh", "Mary McDonagh");
		assertThat(browser.driver.findElement(By.id("group-summary")).getText())
			.isEqualTo("1 households can take Bridget, Patrick, Johnny and Mary together.");
		assertThat(shownHouseholds()).containsExactly("h-car-009");
		assertThat(browser.driver.findElement(By.cssSelector("#excluded-table tr[data-household='h-car-010']")).getText())
			.contains("Johnny is afraid of dogs");
		browser.screenshot("shortlist-mcdonagh-group");
		assertAccessible("the McDonagh siblings' shortlist together");
		assertNoConsoleErrors("the McDonagh siblings' shortlist together");
	}

	@Test
	void anUnknownChildShowsThePlainProblem() {
		browser.driver.get(url("/children/no-such-child/matches"));
		WebElement error = waitUpTo(20).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#message .error")));
		assertThat(error.getText()).isEqualTo("No looked-after child has the id 'no-such-child'");
		assertOnlyFailedRequests(404, "/api/children/no-such-child/carer-matches?");
	}
}
