package org.kinmap.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kinmap.KinmapIntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The social worker's relatives work list in headless Chromium against the fixtures (fixtures/README.md, "Kinship
 * work lists"): the unassessed candidates in the API's rank order with their reasons, the gaps with what to do, the
 * parents apart, and Liam Hughes, flagged as a risk to children, never among the candidates.
 */
@KinmapIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SuppressWarnings("unchecked")
class RelativesBrowserIT extends BrowserPageTest {

	static List<String> ids(List<Map<String, Object>> people) {
		return people.stream().map(p -> (String) p.get("personId")).toList();
	}

	List<String> shown(String rows) {
		return browser.driver.findElements(By.cssSelector(rows)).stream().map(r -> r.getAttribute("data-person")).toList();
	}

	@Test
	void aSocialWorkerSeesWhoToConsiderFirstTheGapsTheParentsAndWhoIsARisk() throws Exception {
		Map<String, Object> work = http.getForObject("/api/children/p-hughes-ella/relatives?unassessed=true", Map.class);
		List<Map<String, Object>> candidates = (List<Map<String, Object>>) work.get("candidates");
		Map<String, Object> gaps = http.getForObject("/api/children/p-hughes-ella/network-gaps", Map.class);
		browser.driver.get(url("/children/p-hughes-ella/relatives"));
		waitUpTo(20).until(d -> !d.findElements(By.cssSelector("#candidates-table tr.candidate")).isEmpty());

		assertThat(browser.driver.getTitle()).isEqualTo("kinmap: relatives work list for Ella Hughes");
		assertThat(shown("#candidates-table tr.candidate")).isEqualTo(ids(candidates));
		assertThat(shown("#candidates-table tr.candidate"))
			.as("the five unassessed s105 relatives but Liam (a risk) come first")
			.startsWith("p-hughes-carol").contains("p-hughes-raymond", "p-hughes-linda", "p-hughes-jake", "p-kelly-donna")
			.doesNotContain("p-hughes-liam", "p-walsh-maureen");

		WebElement first = browser.driver.findElement(By.cssSelector("#candidates-table tr.candidate"));
		Map<String, Object> top = candidates.get(0);
		assertThat(first.findElement(By.cssSelector(".sentence")).getText()).isEqualTo(top.get("sentence"))
			.startsWith("Maternal grandmother, close relative (s105). Not yet assessed.");
		assertThat(first.getText()).contains("Carol Hughes", "close relative (s105)");
		WebElement how = first.findElement(By.cssSelector("details summary"));
		how.sendKeys(Keys.ENTER);
		waitUpTo(20).until(ExpectedConditions.visibilityOf(first.findElement(By.cssSelector("table.factors tbody tr"))));
		assertThat(first.findElements(By.cssSelector("table.factors tbody tr"))).hasSize(((List<?>) top.get("factors")).size());
		assertThat(first.findElement(By.cssSelector("table.factors")).getText())
			.contains("close relative 1000 Maternal grandmother, close relative (s105).");

		assertThat(browser.driver.findElements(By.cssSelector("#gaps-table tr.gap")).stream().map(r -> r.getAttribute("data-code")).toList())
			.isEqualTo(((List<Map<String, Object>>) gaps.get("gaps")).stream().map(g -> g.get("code")).toList());
		assertThat(shown("#parents-table tr.person-line")).isEqualTo(ids((List<Map<String, Object>>) work.get("parents"))).isNotEmpty();
		assertThat(shown("#risk-table tr.person-line")).contains("p-hughes-liam");
		assertThat(browser.driver.findElement(By.cssSelector("#risk-table tr[data-person='p-hughes-liam']")).getText())
			.startsWith("⚠ risk Liam Hughes uncle").contains("close relative (s105)", "Flagged as a risk to children");
		browser.screenshot("relatives-ella-hughes");
		assertAccessible("Ella Hughes's relatives work list");
		assertNoConsoleErrors("Ella Hughes's relatives work list");
	}

	@Test
	void rubyDoylesFathersSideIsAGapWithASuggestedAction() throws Exception {
		Map<String, Object> gaps = http.getForObject("/api/children/p-doyle-ruby/network-gaps", Map.class);
		Map<String, Object> fathersSide = ((List<Map<String, Object>>) gaps.get("gaps")).stream()
			.filter(g -> "nobody_beyond_father".equals(g.get("code"))).findFirst().orElseThrow();
		browser.driver.get(url("/children/p-doyle-ruby/relatives"));
		WebElement gap = waitUpTo(20).until(ExpectedConditions.presenceOfElementLocated(
				By.cssSelector("#gaps-table tr[data-code='nobody_beyond_father']")));
		assertThat(gap.getText()).contains((String) fathersSide.get("gap"), (String) fathersSide.get("suggestedAction"));
		assertThat(browser.driver.findElement(By.cssSelector("#child-views")).getText()).isEqualTo("Genogram · Carer shortlist");
		browser.screenshot("relatives-ruby-doyle");
		assertNoConsoleErrors("Ruby Doyle's relatives work list");
	}

	@Test
	void anUnknownChildShowsThePlainProblem() {
		browser.driver.get(url("/children/no-such-child/relatives"));
		WebElement error = waitUpTo(20).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#message .error")));
		assertThat(error.getText()).isNotBlank().contains("no-such-child");
		assertAccessible("the relatives work list of an unknown child");
		assertOnlyFailedRequests(404, "/api/children/no-such-child/relatives?unassessed=true",
				"/api/children/no-such-child/network-gaps", "/api/children/no-such-child/relatives",
				"/api/children/no-such-child/assessments");
	}
}
