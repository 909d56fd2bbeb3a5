package org.kinmap.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kinmap.TestAccounts;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A social worker changes a family network from the genogram's cards in headless Chromium (signed in as amy.social,
 * allocated to this class's own child, ids {@code ed-br-}): adds a maternal aunt from the mother's card and finds her
 * on the work list, adds a half-brother whose father is unknown, reads the refusal when she tries to make the child
 * their own grandparent, and is told what changed when someone else saved the same person first. Every page state is
 * checked with axe-core and for console errors.
 */
@SuppressWarnings("unchecked")
class CaseworkBrowserIT extends BrowserPageTest {

	static final String CHILD = "ed-br-child";

	static final String FAMILY = """
			{"source": "casework browser test",
			 "persons": [
			   {"id": "ed-br-gran", "givenName": "Ysella", "familyName": "Penrose", "sex": "female", "birthDate": "1957"},
			   {"id": "ed-br-grandad", "givenName": "Hedra", "familyName": "Penrose", "sex": "male", "birthDate": "1955"},
			   {"id": "ed-br-mum", "givenName": "Morvah", "familyName": "Penrose", "sex": "female", "birthDate": "1989"},
			   {"id": "ed-br-dad", "givenName": "Kitto", "familyName": "Angove", "sex": "male", "birthDate": "1987"},
			   {"id": "ed-br-uncle", "givenName": "Jenner", "familyName": "Penrose", "sex": "male", "birthDate": "1991"},
			   {"id": "ed-br-child", "givenName": "Lowenna", "familyName": "Angove", "sex": "female", "birthDate": "2019-03-02"}],
			 "parentLinks": [
			   {"parent": "ed-br-gran", "child": "ed-br-mum", "type": "birth"},
			   {"parent": "ed-br-grandad", "child": "ed-br-mum", "type": "birth"},
			   {"parent": "ed-br-gran", "child": "ed-br-uncle", "type": "birth"},
			   {"parent": "ed-br-grandad", "child": "ed-br-uncle", "type": "birth"},
			   {"parent": "ed-br-mum", "child": "ed-br-child", "type": "birth", "parentalResponsibility": true},
			   {"parent": "ed-br-dad", "child": "ed-br-child", "type": "birth", "parentalResponsibility": true}],
			 "partnerships": [{"partners": ["ed-br-gran", "ed-br-grandad"], "type": "married", "from": "1985"}],
			 "children": [{"child": "ed-br-child", "legalStatus": "C2", "lookedAfterSince": "2025-09-01"}]}
			""";

	@BeforeAll
	void importTheFamilyAndSignInAsItsSocialWorker() {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		assertThat(http.postForEntity("/api/networks", new HttpEntity<>(FAMILY, headers), Map.class).getStatusCode())
			.isEqualTo(HttpStatus.OK);
		http.put("/api/children/" + CHILD + "/access", Map.of("allocated", List.of("amy.social")));
		signIn("amy.social", TestAccounts.DEMO_PASSWORD);
	}

	/** Opens the genogram and a person's card, and the form of one of its sections. */
	WebElement openForm(String personId, String section, String kind) {
		browser.driver.get(url("/children/" + CHILD + "/genogram"));
		WebElement symbol = waitUpTo(20).until(ExpectedConditions.presenceOfElementLocated(
				By.cssSelector("#genogram .person[data-id='" + personId + "']")));
		symbol.sendKeys(Keys.ENTER);
		WebElement summary = waitUpTo(20).until(ExpectedConditions.elementToBeClickable(By.cssSelector("#" + section + " summary")));
		summary.click();
		return browser.driver.findElement(By.cssSelector("#" + section + " form[data-kind='" + kind + "']"));
	}

	static void type(WebElement form, String name, String value) {
		WebElement input = form.findElement(By.name(name));
		input.clear();
		input.sendKeys(value);
	}

	static void choose(WebElement form, String name, String value) {
		new Select(form.findElement(By.name(name))).selectByValue(value);
	}

	void waitForSaved() {
		waitUpTo(30).until(ExpectedConditions.textMatches(By.id("edit-status"), java.util.regex.Pattern.compile("^Saved: ")));
	}

	Map<String, Object> person(String id) {
		return http.getForObject("/api/persons/" + id, Map.class);
	}

	@Test
	void aMaternalAuntAddedFromTheMothersCardIsOnTheWorkListWithHerLabel() {
		WebElement form = openForm("ed-br-mum", "edit-add", "add");
		choose(form, "relation", "full_sibling");
		type(form, "person.givenName", "Tamara");
		type(form, "person.familyName", "Penrose");
		choose(form, "person.sex", "female");
		type(form, "person.birthDate", "1993");
		type(form, "note", "Morvah named her sister at the genogram session");
		assertAccessible("the card's form to add a relative");
		form.findElement(By.cssSelector("button[type='submit']")).click();
		waitForSaved();
		assertThat(browser.driver.findElement(By.id("edit-status")).getText())
			.isEqualTo("Saved: Tamara Penrose added as brother or sister (same parents) of Morvah Penrose.");
		WebElement aunt = waitUpTo(20).until(ExpectedConditions.presenceOfElementLocated(
				By.xpath("//*[@id='genogram']//*[contains(@class,'person') and contains(@aria-label,'Tamara Penrose')]")));
		assertThat(aunt.getAttribute("aria-label")).startsWith("Tamara Penrose, aunt");
		String auntId = aunt.getAttribute("data-id");
		// The new person's card opens after the save, and its history is read after the card is drawn.
		waitUpTo(20).until(ExpectedConditions.textToBePresentInElementLocated(By.id("person-history"),
				"Version 1: added by amy.social"));
		assertAccessible("the genogram after adding an aunt, her card open");

		browser.driver.get(url("/children/" + CHILD + "/relatives"));
		WebElement row = waitUpTo(20).until(ExpectedConditions.presenceOfElementLocated(
				By.cssSelector("#candidates-table tr.candidate[data-person='" + auntId + "']")));
		Map<String, Object> relatives = http.getForObject("/api/children/" + CHILD + "/relatives", Map.class);
		Map<String, Object> listed = ((List<Map<String, Object>>) relatives.get("relatives")).stream()
			.filter(r -> auntId.equals(r.get("personId"))).findFirst().orElseThrow();
		assertThat(listed).containsEntry("relationship", "aunt").containsEntry("side", "maternal");
		assertThat(row.getText()).contains("Tamara Penrose", "aunt", "Aunt, close relative (s105).");
		assertAccessible("the work list with the new aunt");
		assertNoConsoleErrors("adding a maternal aunt");
	}

	@Test
	void aHalfBrotherWhoseFatherIsUnknownIsAddedFromTheChildsCard() {
		WebElement form = openForm(CHILD, "edit-add", "add");
		choose(form, "relation", "half_sibling");
		assertThat(form.findElement(By.name("sharedParent")).isDisplayed()).isTrue();
		assertThat(form.findElement(By.name("parentLinkType")).isDisplayed()).as("no parent link type for a sibling").isFalse();
		choose(form, "sharedParent", "ed-br-mum");
		type(form, "person.givenName", "Piran");
		type(form, "person.familyName", "Penrose");
		choose(form, "person.sex", "male");
		type(form, "person.birthDate", "2022-07");
		form.findElement(By.cssSelector("button[type='submit']")).click();
		waitForSaved();
		WebElement brother = waitUpTo(20).until(ExpectedConditions.presenceOfElementLocated(
				By.xpath("//*[@id='genogram']//*[contains(@class,'person') and contains(@aria-label,'Piran Penrose')]")));
		assertThat(brother.getAttribute("aria-label")).contains("half-brother");
		Map<String, Object> added = person(brother.getAttribute("data-id"));
		assertThat((List<Map<String, Object>>) added.get("parents")).extracting(p -> p.get("personId")).containsExactly("ed-br-mum");
		assertAccessible("the genogram after adding a half-brother");
		assertNoConsoleErrors("adding a half-brother");
	}

	@Test
	void makingTheChildTheirOwnGrandparentIsRefusedWithTheReasonBesideTheField() {
		WebElement form = openForm(CHILD, "edit-add", "add");
		choose(form, "relation", "child");
		choose(form, "existingPerson", "ed-br-gran");
		choose(form, "parentLinkType", "adoptive");
		assertThat(form.findElement(By.cssSelector("fieldset.new-person")).isDisplayed()).isFalse();
		form.findElement(By.cssSelector("button[type='submit']")).click();
		WebElement summary = waitUpTo(20).until(ExpectedConditions.visibilityOf(form.findElement(By.cssSelector(".error-summary"))));
		assertThat(summary.getText()).contains("The change was not saved", "Lowenna Angove would become their own ancestor");
		WebElement relation = form.findElement(By.name("relation"));
		assertThat(relation.getAttribute("aria-invalid")).isEqualTo("true");
		String described = relation.getAttribute("aria-describedby");
		assertThat(browser.driver.findElement(By.id(described)).getText()).contains("would become their own ancestor");
		assertThat(browser.driver.switchTo().activeElement()).isEqualTo(summary);
		assertThat((List<?>) person(CHILD).get("children")).isEmpty();
		assertAccessible("the refusal of a cycle of parentage");
		assertOnlyFailedRequests(422, "/api/children/" + CHILD + "/network/persons/" + CHILD + "/relatives");
	}

	@Test
	void theSecondOfTwoSessionsEditingOnePersonIsToldWhatChangedMeanwhile() {
		WebElement form = openForm("ed-br-uncle", "edit-details", "details");
		long version = ((Number) person("ed-br-uncle").get("version")).longValue();
		TestRestTemplate other = http.withBasicAuth("amy.social", TestAccounts.DEMO_PASSWORD);
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		ResponseEntity<Map> first = other.exchange("/api/children/" + CHILD + "/network/persons/ed-br-uncle/details",
				HttpMethod.PUT, new HttpEntity<>("""
						{"version": %d, "note": "He phoned", "person": {"givenName": "Jenner", "familyName": "Penrose",
						 "sex": "male", "birthDate": "1991", "postcode": "TR18 4AA"}}""".formatted(version), headers), Map.class);
		assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);

		type(form, "person.contactDetails.phone", "01736 000000");
		form.findElement(By.cssSelector("button[type='submit']")).click();
		WebElement summary = waitUpTo(20).until(ExpectedConditions.visibilityOf(form.findElement(By.cssSelector(".error-summary"))));
		assertThat(summary.getText()).contains("Someone else changed this record", "Jenner Penrose was changed after you opened it",
				"postcode by amy.social");
		assertThat(person("ed-br-uncle")).containsEntry("postcode", "TR18 4AA").doesNotContainKey("contactDetails");
		assertAccessible("the refusal of a stale change");
		assertOnlyFailedRequests(409, "/api/children/" + CHILD + "/network/persons/ed-br-uncle/details");

		summary.findElement(By.cssSelector("button.reopen")).click();
		waitUpTo(20).until(ExpectedConditions.stalenessOf(form));
		waitUpTo(20).until(ExpectedConditions.elementToBeClickable(By.cssSelector("#edit-details summary"))).click();
		WebElement again = browser.driver.findElement(By.cssSelector("#edit-details form[data-kind='details']"));
		assertThat(again.findElement(By.name("person.postcode")).getAttribute("value")).isEqualTo("TR18 4AA");
		type(again, "person.contactDetails.phone", "01736 000000");
		again.findElement(By.cssSelector("button[type='submit']")).click();
		waitForSaved();
		assertThat(person("ed-br-uncle").get("contactDetails").toString()).contains("01736 000000");
		assertNoConsoleErrors("the second save after reading what changed");
	}
}
