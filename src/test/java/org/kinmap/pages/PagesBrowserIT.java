package org.kinmap.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kinmap.KinmapIntegrationTest;
import org.kinmap.TestAccounts;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The pages in a real headless Chromium against the fixtures: what a person sees, and no JavaScript errors. */
@KinmapIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PagesBrowserIT extends BrowserPageTest {

	@Test
	void theHomePageListsEveryChildInCareWithALinkToTheirGenogram() throws Exception {
		browser.driver.get(url("/"));
		waitUpTo(20).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#children-table tbody tr")));
		List<Map<String, Object>> children = http.getForObject("/api/children", List.class);
		List<WebElement> rows = browser.driver.findElements(By.cssSelector("#children-table tbody tr"));
		assertThat(rows).hasSize(children.size()).hasSizeGreaterThanOrEqualTo(40);
		String first = "/children/" + children.get(0).get("id");
		assertThat(rows.get(0).findElements(By.cssSelector("td.views a")).stream().map(a -> a.getText() + " " + a.getAttribute("href")).toList())
			.containsExactly("Genogram " + url(first + "/genogram"), "Relatives " + url(first + "/relatives"),
					"Carer shortlist " + url(first + "/matches"));
		waitUpTo(30).until(d -> !d.findElements(By.cssSelector("header.site .session .who")).isEmpty());
		assertThat(browser.driver.findElement(By.cssSelector("header.site .session .who")).getText())
			.startsWith("Integration tests (Social worker, Home finder, Manager, Independent reviewing officer, Administrator)");
		assertThat(browser.driver.findElement(By.cssSelector("header.site nav")).getText())
			.as("an administrator's header links to the accounts and the audit trail")
			.isEqualTo("Children in care Sibling groups Permanence tracker Accounts Audit trail");
		assertThat(browser.driver.findElement(By.cssSelector("header.site nav a[aria-current='page']")).getText())
			.isEqualTo("Children in care");
		browser.screenshot("home");
		assertAccessible("the home page");
		assertNoConsoleErrors("the home page");
	}

	@Test
	void everyChildsGenogramHasASymbolPerPersonAndALinePerLink() throws Exception {
		List<Map<String, Object>> children = http.getForObject("/api/children", List.class);
		// The fixtures' children (other classes' imports add children of their own, whose pages they check).
		for (Map<String, Object> child : children.stream().filter(c -> ((String) c.get("id")).startsWith("p-")).toList()) {
			String id = (String) child.get("id");
			Map<String, Object> genogram = http.getForObject("/api/children/" + id + "/genogram", Map.class);
			int persons = ((List<?>) genogram.get("symbols")).size() + ((List<?>) genogram.get("connected")).size();
			int childLines = ((List<Map<String, Object>>) genogram.get("sibships")).stream()
				.mapToInt(s -> ((List<?>) s.get("children")).size()).sum();

			browser.driver.get(url("/children/" + id + "/genogram"));
			waitUpTo(20).until(d -> d.findElements(By.cssSelector("#genogram .person")).size() == persons);

			assertThat(browser.driver.findElements(By.cssSelector("#genogram .person"))).as(id).hasSize(persons);
			assertThat(browser.driver.findElements(By.cssSelector("#genogram .partner-line"))).as(id)
				.hasSize(((List<?>) genogram.get("partnerLines")).size());
			assertThat(browser.driver.findElements(By.cssSelector("#genogram .child-line"))).as(id).hasSize(childLines);
			assertThat(browser.driver.findElements(By.cssSelector("#genogram .extra-line"))).as(id)
				.hasSize(((List<?>) genogram.get("extraLinks")).size());
			assertThat(browser.driver.findElements(By.cssSelector("#people tbody tr"))).as(id).hasSize(persons);
			assertThat(browser.driver.getTitle()).isEqualTo("kinmap: genogram of " + child.get("name"));
			assertNoConsoleErrors("the genogram of " + id);
		}
	}

	@Test
	void aSocialWorkerCanReachAPersonsDetailsByKeyboard() throws Exception {
		browser.driver.get(url("/children/p-hughes-ella/genogram"));
		waitUpTo(20).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#genogram .person")));
		WebElement index = browser.driver.findElement(By.cssSelector("#genogram .person[data-id='p-hughes-ella']"));
		assertThat(index.getAttribute("aria-label")).contains("Ella Hughes").contains("the child this genogram is for");
		assertThat(index.getAttribute("tabindex")).isEqualTo("0");
		WebElement grandmother = browser.driver.findElement(By.cssSelector("#genogram .person[data-id='p-hughes-carol']"));
		assertThat(grandmother.getAttribute("aria-label")).startsWith("Carol Hughes, maternal grandmother (close relative, s105)");
		assertThat(grandmother.findElements(By.cssSelector(".s105"))).hasSize(1);
		assertThat(browser.driver.findElements(By.cssSelector("#genogram .person[data-id='p-hughes-edna'] .s105")))
			.as("a great-grandmother is not an s105 relative").isEmpty();
		index.sendKeys(Keys.ENTER);
		waitUpTo(10).until(ExpectedConditions.textToBe(By.id("detail-name"), "Ella Hughes"));
		assertThat(browser.driver.findElements(By.cssSelector("#legend span"))).hasSizeGreaterThan(10);
		assertThat(browser.driver.findElements(By.cssSelector("#genogram .status-mark"))).as("status is marked by a letter, not colour alone")
			.isNotEmpty();
		browser.screenshot("genogram-ella-hughes");
		assertAccessible("Ella Hughes's genogram, her details shown");
		browser.driver.get(url("/children/p-mcdonagh-bridget/genogram"));
		waitUpTo(20).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#genogram .person")));
		browser.screenshot("genogram-bridget-mcdonagh");
		assertAccessible("Bridget McDonagh's genogram");
		assertNoConsoleErrors("the genograms");
	}

	@Test
	void anUnknownChildShowsThePlainProblemNotABlankPage() {
		browser.driver.get(url("/children/no-such-child/genogram"));
		WebElement error = waitUpTo(20).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#message .error")));
		assertThat(error.getText()).isEqualTo("No person has the id 'no-such-child'");
		assertAccessible("the genogram of an unknown child");
		assertOnlyFailedRequests(404, "/api/children/no-such-child/genogram?hops=5");
	}

	@Test
	void theSignInPageAndItsMessagesAreAccessible() throws Exception {
		try {
			browser.driver.manage().deleteAllCookies();
			browser.driver.get(url("/sign-in"));
			waitUpTo(20).until(ExpectedConditions.presenceOfElementLocated(By.id("sign-in")));
			assertThat(browser.driver.getTitle()).isEqualTo("kinmap: sign in");
			assertThat(browser.driver.findElements(By.cssSelector("header.site nav, header.site .session")))
				.as("no navigation before signing in").isEmpty();
			assertThat(browser.driver.findElements(By.cssSelector("body > a.skip-link[href='#main'], main#main, footer.site")))
				.hasSize(3);
			assertThat(browser.driver.findElements(By.cssSelector("form input[type=hidden][name=_csrf]"))).as("one CSRF field")
				.hasSize(1);
			assertAccessible("the sign-in page");
			browser.driver.findElement(By.id("username")).sendKeys("nobody.here");
			browser.driver.findElement(By.id("password")).sendKeys("not the password at all");
			browser.driver.findElement(By.id("sign-in")).click();
			waitUpTo(20).until(ExpectedConditions.presenceOfElementLocated(By.id("sign-in-error")));
			browser.screenshot("sign-in-error");
			assertAccessible("the sign-in page with its error");
			assertNoConsoleErrors("the sign-in page");
		}
		finally {
			signIn(TestAccounts.USERNAME, TestAccounts.PASSWORD);
		}
	}

	@Test
	void theHeaderLinksOnlyToWhatTheRolesMayOpenAndSignsOutByAPostedForm() throws Exception {
		try {
			signIn("amy.social", TestAccounts.DEMO_PASSWORD);
			browser.driver.get(url("/children/p-hughes-ella/relatives"));
			waitUpTo(20).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("header.site .session .who")));
			assertThat(browser.driver.findElement(By.cssSelector("header.site nav")).getText())
				.as("a social worker's header: no sibling groups, accounts or audit trail").isEqualTo("Children in care Permanence tracker");
			assertThat(browser.driver.findElement(By.cssSelector("header.site .session .who")).getText())
				.isEqualTo("Amy Lewis (Social worker)");
			browser.driver.get(url("/"));
			waitUpTo(20).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#children-table tbody tr")));
			assertThat(browser.driver.findElements(By.cssSelector("a[href='/sibling-groups']")))
				.as("no link to the managers' sibling groups anywhere on a social worker's home page").isEmpty();

			signIn("fay.admin", TestAccounts.DEMO_PASSWORD);
			browser.driver.get(url("/"));
			waitUpTo(20).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main a[href='/audit']")));
			assertThat(browser.driver.findElements(By.id("children")))
				.as("an administrator's home page lists no children and asks for none (no 403 in the console)").isEmpty();
			assertAccessible("an administrator's home page");
			browser.driver.get(url("/audit"));
			waitUpTo(20).until(ExpectedConditions.presenceOfElementLocated(By.id("events-table")));
			assertThat(browser.driver.findElement(By.cssSelector("header.site nav")).getText())
				.as("an administrator reads no child's record, so no list of children").isEqualTo("Accounts Audit trail");
			assertThat(browser.driver.findElement(By.cssSelector("header.site nav a[aria-current='page']")).getText())
				.isEqualTo("Audit trail");
			WebElement signOut = browser.driver.findElement(By.id("sign-out"));
			assertThat(signOut.findElement(By.xpath("ancestor::form")).getAttribute("method")).isEqualTo("post");
			assertThat(signOut.findElements(By.xpath("ancestor::form//input[@type='hidden' and @name='_csrf']"))).hasSize(1);
			signOut.click();
			waitUpTo(20).until(ExpectedConditions.urlContains("/sign-in?signed-out"));
			assertThat(browser.driver.findElement(By.cssSelector("main .notice")).getText()).isEqualTo("You have signed out.");
			assertAccessible("the sign-in page after signing out");
			browser.driver.get(url("/audit"));
			waitUpTo(20).until(ExpectedConditions.urlContains("/sign-in"));
			assertNoConsoleErrors("signing out");
		}
		finally {
			signIn(TestAccounts.USERNAME, TestAccounts.PASSWORD);
		}
	}

	@Test
	void theAccountsPageListsTheAccountsAndIsAccessible() throws Exception {
		browser.driver.get(url("/accounts"));
		waitUpTo(20).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#accounts-table tbody tr")));
		assertThat(browser.driver.findElements(By.cssSelector("#accounts-table tr[data-username='" + TestAccounts.USERNAME + "']")))
			.hasSize(1);
		assertThat(browser.driver.findElements(By.cssSelector("#role-choices input[type=checkbox]"))).hasSize(5);
		assertThat(browser.driver.getTitle()).isEqualTo("kinmap: accounts");
		browser.screenshot("accounts");
		assertAccessible("the accounts page");
		assertNoConsoleErrors("the accounts page");
	}

	@Test
	void theAuditTrailPageListsEventsAndIsAccessible() throws Exception {
		browser.driver.get(url("/audit"));
		waitUpTo(20).until(ExpectedConditions.presenceOfElementLocated(By.id("events-table")));
		assertThat(browser.driver.getTitle()).isEqualTo("kinmap: audit trail");
		browser.screenshot("audit");
		assertAccessible("the audit trail");
		assertNoConsoleErrors("the audit trail");
	}

	@Test
	void theFormerAddressesOfThePagesLeadToTheirRoutes() {
		browser.driver.get(url("/sibling-groups.html"));
		waitUpTo(20).until(ExpectedConditions.urlToBe(url("/sibling-groups")));
		browser.driver.get(url("/genogram.html"));
		waitUpTo(20).until(ExpectedConditions.urlToBe(url("/")));
		waitUpTo(20).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#children-table tbody tr")));
		assertNoConsoleErrors("the former addresses");
	}
}
