package org.kinmap.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kinmap.KinmapIntegrationTest;
import org.kinmap.TestAccounts;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The permanence tracker's pages in headless Chromium on the fixtures (today is 2026-11-22): the tracker with its
 * filters and the figures' chart, a child's timeline and the panel list of 3 December 2026; each page checked with
 * axe-core and its console.
 */
@KinmapIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SuppressWarnings({ "unchecked", "rawtypes" })
class TrackerBrowserIT extends BrowserPageTest {

	List<WebElement> rows() {
		return browser.driver.findElements(By.cssSelector("#tracker-table tbody tr"));
	}

	@Test
	void aManagerFiltersTheTrackerAndSeesTheFiguresChart() throws Exception {
		signIn("dev.manager", TestAccounts.DEMO_PASSWORD);
		Map<String, Object> all = http.getForObject("/api/tracker", Map.class);
		int children = ((List<?>) all.get("rows")).size();
		browser.driver.get(url("/tracker"));
		waitUpTo(30).until(d -> rows().size() == children);
		WebElement noah = browser.driver.findElement(By.cssSelector("#tracker-table tr[data-child='p-walsh-noah']"));
		assertThat(noah.getText()).contains("Noah Walsh", "Kinmouth North", "connected person, special guardianship order",
				"care proceedings beyond 26 weeks", "Care proceedings issued on 9 March 2026 passed their 26-week date");
		assertThat(noah.findElement(By.cssSelector("li[data-rule='proceedings-beyond-26-weeks'] .mark")).getText())
			.as("a mark, not colour alone").isEqualTo("!");
		waitUpTo(30).until(d -> "true".equals(d.findElement(By.id("chart")).getAttribute("data-drawn")));
		assertThat(browser.driver.findElements(By.cssSelector("#chart canvas"))).isNotEmpty();
		assertThat(browser.driver.findElements(By.cssSelector("#months-table tbody tr"))).hasSize(12);
		assertAccessible("the tracker");
		browser.screenshot("tracker");

		new Select(browser.driver.findElement(By.id("alert"))).selectByValue("review-overdue");
		new Select(browser.driver.findElement(By.id("sort"))).selectByValue("name");
		browser.driver.findElement(By.cssSelector("#filters button[type=submit]")).click();
		List<String> expected = ((List<Map<String, Object>>) http
			.getForObject("/api/tracker?alert=review-overdue&sort=name", Map.class).get("rows")).stream()
			.map(r -> (String) r.get("childId")).toList();
		waitUpTo(30).until(d -> rows().size() == expected.size());
		assertThat(rows()).extracting(r -> r.getAttribute("data-child")).containsExactlyElementsOf(expected)
			.contains("p-farah-abdi", "p-farah-ayan", "p-brennan-tyler");
		assertThat(browser.driver.findElement(By.id("csv")).getAttribute("href")).endsWith("/api/tracker.csv?alert=review-overdue&sort=name");
		assertNoConsoleErrors("the tracker");
	}

	@Test
	void aSocialWorkerSeesTheirChildrenAndNoFigures() {
		signIn("amy.social", TestAccounts.DEMO_PASSWORD);
		browser.driver.get(url("/tracker"));
		waitUpTo(30).until(d -> !rows().isEmpty());
		assertThat(rows()).extracting(r -> r.getAttribute("data-child")).contains("p-walsh-noah").doesNotContain("p-ahmed-zara");
		assertThat(browser.driver.findElement(By.id("figures-section")).isDisplayed()).isFalse();
		assertOnlyFailedRequests(403, "/api/tracker/figures");
	}

	@Test
	void aChildsTimelineIsDrawnInDateOrder() throws Exception {
		signIn("dev.manager", TestAccounts.DEMO_PASSWORD);
		browser.driver.get(url("/children/p-walsh-noah/timeline"));
		waitUpTo(30).until(d -> d.findElements(By.cssSelector("#timeline li")).size() > 5);
		assertThat(browser.driver.findElement(By.id("title")).getText()).isEqualTo("Timeline: Noah Walsh");
		List<String> dates = browser.driver.findElements(By.cssSelector("#timeline time")).stream()
			.map(t -> t.getAttribute("datetime")).toList();
		assertThat(dates).isSorted();
		assertThat(browser.driver.findElement(By.id("timeline")).getText()).contains("Became looked after",
				"The second review held", "Permanence panel: permanence plan", "Care proceedings issued");
		assertThat(browser.driver.findElements(By.cssSelector("#timeline li.future"))).isNotEmpty();
		assertThat(browser.driver.findElement(By.id("alerts")).getText()).contains("care proceedings beyond 26 weeks");
		assertAccessible("a child's timeline");
		browser.screenshot("timeline");
		assertNoConsoleErrors("a child's timeline");
	}

	@Test
	void thePanelListIsGroupedByTeamManager() throws Exception {
		signIn("dev.manager", TestAccounts.DEMO_PASSWORD);
		browser.driver.get(url("/panels?date=2026-12-03"));
		waitUpTo(30).until(d -> !d.findElements(By.cssSelector("#panel-list section.group")).isEmpty());
		List<String> managers = browser.driver.findElements(By.cssSelector("#panel-list section.group h2")).stream()
			.map(WebElement::getText).toList();
		assertThat(managers).startsWith("Grace Mwangi", "Owen Lloyd", "Priya Natarajan");
		WebElement ibrahim = browser.driver.findElement(By.cssSelector("#panel-list tr[data-child='p-ahmed-ibrahim']"));
		assertThat(ibrahim.getText()).contains("fostering panel", "match with carers or adopters", "Genogram", "Carer shortlist");
		assertAccessible("the panel list");
		browser.screenshot("panels");
		assertNoConsoleErrors("the panel list");
	}
}
