package org.kinmap.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
 * The manager's page of split sibling groups in headless Chromium against the fixtures: the summary's figures as the
 * API gives them, each split group's state in words with a mark, contact gaps flagged, and the carers (fixtures/README.md:
 * McDonagh {@code h-car-009}, Mensah {@code h-car-019}) who could take a group together now.
 */
@KinmapIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SuppressWarnings({ "unchecked", "rawtypes" })
class SiblingGroupsBrowserIT extends BrowserPageTest {

	static final String ALL = "kinds=full,half,step,adoptive,raised_together,unknown";
	static final String NO_STEP = "kinds=full,half,adoptive,raised_together,unknown";

	List<Map<String, Object>> splitGroups(String kinds) {
		List<Map<String, Object>> rows = http.getForObject("/api/sibling-groups?inCare=true&" + kinds, List.class);
		return rows.stream().filter(r -> Boolean.TRUE.equals(r.get("splitIncludingHomeOrAdopted"))).toList();
	}

	Map<String, Object> groupOf(String personId) {
		Map<String, Object> siblings = http.getForObject("/api/children/" + personId + "/siblings?" + ALL, Map.class);
		return http.getForObject("/api/sibling-groups/" + siblings.get("groupId") + "?" + ALL, Map.class);
	}

	WebElement section(String personId) {
		String id = (String) groupOf(personId).get("id");
		return browser.driver.findElement(By.id(id));
	}

	String figure(String rowHeader) {
		return browser.driver.findElements(By.cssSelector("#summary-table tr")).stream()
			.filter(tr -> tr.findElement(By.tagName("th")).getText().equals(rowHeader))
			.findFirst().orElseThrow(() -> new AssertionError("no summary row " + rowHeader))
			.findElement(By.tagName("td")).getText();
	}

	void scrollTo(WebElement element) {
		((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView()", element);
	}

	@Test
	void aManagerSeesTheSummaryAndEverySplitGroupWithItsStateContactAndOptions() throws Exception {
		Map<String, Object> summary = http.getForObject("/api/sibling-groups/summary?" + ALL, Map.class);
		int splits = splitGroups(ALL).size();
		browser.driver.get(url("/sibling-groups"));
		waitUpTo(30).until(d -> d.findElements(By.cssSelector("section.group")).size() == splits);

		assertThat(figure("Sibling groups with a child in care")).isEqualTo(String.valueOf(summary.get("groupsWithLookedAfterChildren")));
		assertThat(figure("Split: children in care living apart")).isEqualTo(String.valueOf(summary.get("splitGroups")));
		assertThat(figure("✓ Apart as assessed")).isEqualTo(String.valueOf(summary.get("splitsAsAssessed")));
		assertThat(figure("✗ Apart contrary to assessment")).isEqualTo(String.valueOf(summary.get("splitsContraryToAssessment")));
		assertThat(figure("? Apart, unassessed")).isEqualTo(String.valueOf(summary.get("unassessedSplits")));
		assertThat(figure("⚠ Separated pairs with no contact recorded"))
			.isEqualTo(String.valueOf(summary.get("separatedPairsWithoutContact")));
		assertThat(figure("Split groups a carer could take together now"))
			.isEqualTo(String.valueOf(summary.get("groupsWithReunificationOption")));
		assertThat(browser.driver.findElements(By.cssSelector("#overview-table tbody tr"))).hasSize(splits);
		browser.screenshot("sibling-groups");

		// Mensah: the fraternal twins placed apart contrary to assessment; h-car-019 could take them both.
		WebElement mensah = section("p-mensah-kwame");
		WebElement state = mensah.findElement(By.cssSelector(".state"));
		assertThat(state.getText()).contains("apart contrary to assessment");
		assertThat(state.findElement(By.cssSelector(".mark")).getText()).as("a mark, not colour alone").isEqualTo("✗");
		assertThat(mensah.findElements(By.cssSelector("tr.option"))).extracting(o -> o.getAttribute("data-household"))
			.containsExactly("h-car-019");
		assertThat(mensah.findElement(By.cssSelector("table.members")).getText()).contains("Atta Mensah", "Kwame Mensah", "Nana Adjei");
		scrollTo(mensah);
		browser.screenshot("sibling-groups-mensah");

		// McDonagh: split two and two with no assessment; h-car-009 is the one carer who could take all four, and why.
		WebElement mcdonagh = section("p-mcdonagh-bridget");
		assertThat(mcdonagh.findElement(By.cssSelector(".state")).getText()).isEqualTo("? apart, unassessed");
		assertThat(mcdonagh.findElement(By.cssSelector("table.distances")).getText())
			.contains("Bernadette and Tom Gallagher", "Angela Whitfield", "1.8 km");
		WebElement option = mcdonagh.findElement(By.cssSelector("tr.option"));
		assertThat(option.getAttribute("data-household")).isEqualTo("h-car-009");
		assertThat(option.getText()).contains("Maria and Sean Doherty");
		WebElement why = option.findElement(By.cssSelector("details summary"));
		scrollTo(why);
		why.sendKeys(Keys.ENTER);
		waitUpTo(20).until(ExpectedConditions.visibilityOf(option.findElement(By.cssSelector("ul.reasons li"))));
		assertThat(option.findElement(By.cssSelector("ul.reasons")).getText())
			.contains("The approval considers sibling groups.", "No pet in the home that a child fears or is allergic to.");
		assertThat(mcdonagh.findElements(By.cssSelector("tr.pair"))).hasSize(4)
			.allSatisfy(pair -> assertThat(pair.getText()).contains("weekly"));
		assertThat(mcdonagh.findElement(By.cssSelector("a.shortlist-link")).getAttribute("href"))
			.contains("/children/p-mcdonagh-").contains("/matches?with=");
		browser.screenshot("sibling-groups-mcdonagh");

		// Ahmed / Hussain: split as assessed, and Bilal at home has no contact recorded with three of them.
		WebElement ahmed = section("p-ahmed-zara");
		assertThat(ahmed.findElement(By.cssSelector(".state")).getText()).isEqualTo("✓ apart as assessed");
		List<String> noContact = ahmed.findElements(By.cssSelector("tr.no-contact-row th")).stream().map(WebElement::getText).toList();
		assertThat(noContact).containsExactlyInAnyOrder("Aisha Ahmed and Bilal Hussain", "Hamza Ahmed and Bilal Hussain",
				"Ibrahim Ahmed and Bilal Hussain");
		assertThat(ahmed.findElements(By.cssSelector(".no-contact"))).allSatisfy(f -> assertThat(f.getText()).isEqualTo("⚠ No contact recorded"));
		assertAccessible("the split sibling groups, a carer's reasons open");
		assertNoConsoleErrors("the split sibling groups");
	}

	@Test
	void leavingOutStepSiblingsRedrawsTheGroupsAsTheApiCountsThem() {
		int withoutStep = splitGroups(NO_STEP).size();
		Map<String, Object> summary = http.getForObject("/api/sibling-groups/summary?" + NO_STEP, Map.class);
		browser.driver.get(url("/sibling-groups"));
		waitUpTo(30).until(d -> !d.findElements(By.cssSelector("section.group")).isEmpty());
		browser.driver.findElement(By.id("step")).click();
		waitUpTo(30).until(d -> !d.findElement(By.cssSelector("#summary-table caption")).getText().contains("step")
				&& d.findElement(By.cssSelector("#overview-table caption")).getText().startsWith(withoutStep + " split groups"));
		assertThat(browser.driver.findElements(By.cssSelector("section.group"))).hasSize(withoutStep);
		assertThat(figure("Split: children in care living apart")).isEqualTo(String.valueOf(summary.get("splitGroups")));
		assertNoConsoleErrors("the split sibling groups without step-siblings");
	}
}
