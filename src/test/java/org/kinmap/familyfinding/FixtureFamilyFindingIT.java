package org.kinmap.familyfinding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kinmap.KinmapIntegrationTest;
import org.kinmap.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * The fixtures' family-finding logs as fixtures/README.md ("Family finding") describes them, on 2026-11-22: each
 * relative's last contact and marks, who must not be contacted, and whether each child's network is due a search.
 */
@KinmapIntegrationTest
@SuppressWarnings("unchecked")
class FixtureFamilyFindingIT {

	@Autowired
	TestRestTemplate http;

	Map<String, Object> workList(String child) {
		return http.getForObject("/api/children/" + child + "/relatives?unassessed=true", Map.class);
	}

	static Map<String, Object> outreach(Map<String, Object> work, String personId) {
		return (Map<String, Object>) ((List<Map<String, Object>>) work.get("candidates")).stream()
			.filter(c -> personId.equals(c.get("personId"))).findFirst()
			.orElseThrow(() -> new AssertionError(personId + " is not a candidate")).get("outreach");
	}

	static List<String> marks(Map<String, Object> outreach) {
		return ((List<Map<String, Object>>) outreach.get("marks")).stream().map(m -> (String) m.get("words")).toList();
	}

	@Test
	void rahimUddin() {
		Map<String, Object> work = workList("p-uddin-rahim");
		assertThat((Map<String, Object>) work.get("search")).containsEntry("lastSearched", "2026-08-05")
			.containsEntry("lastSearchKind", "records_search").containsEntry("reSearchDue", false);
		Map<String, Object> rokeya = outreach(work, "p-begum-rokeya");
		assertThat((Map<String, Object>) rokeya.get("lastContact")).containsEntry("on", "2026-11-16")
			.containsEntry("mode", "phone").containsEntry("outcome", "interested_in_caring");
		assertThat(rokeya).containsEntry("nextStepOn", "2026-11-30");
		assertThat(marks(rokeya)).isEmpty();
		assertThat(marks(outreach(work, "p-karim-abdul"))).containsExactly("Never contacted.");
		assertThat(marks(outreach(work, "p-karim-rashid"))).containsExactly(
				"Not contacted for 59 days (last on 2026-09-24).",
				"Next step overdue since 2026-10-20: Invite to the family group conference.");
		assertThat(marks(outreach(work, "p-hoque-fatema"))).as("nothing logged").containsExactly("Never contacted.");
		assertThat((List<Map<String, Object>>) work.get("candidates")).extracting(c -> c.get("personId"))
			.doesNotContain("p-uddin-kamal");
		assertThat((List<Map<String, Object>>) work.get("doNotContact")).singleElement()
			.satisfies(line -> assertThat((String) line.get("note")).contains("domestic abuse risk to the mother"));
	}

	@Test
	void sumaiyaAndNadiaShareTheDoNotContactAndHaveNoSearch() {
		for (String child : List.of("p-uddin-sumaiya", "p-uddin-nadia")) {
			Map<String, Object> work = workList(child);
			assertThat((List<Map<String, Object>>) work.get("doNotContact")).extracting(l -> l.get("personId"))
				.as(child).containsExactly("p-uddin-kamal");
			assertThat((Map<String, Object>) work.get("search")).as(child).containsEntry("reSearchDue", true)
				.containsEntry("reSearchReason", "No search of the network is recorded.");
		}
	}

	@Test
	void kianTaylor() {
		Map<String, Object> work = workList("p-taylor-kian");
		assertThat((Map<String, Object>) work.get("search")).containsEntry("lastSearched", "2026-03-10")
			.containsEntry("reSearchDue", true).containsEntry("reSearchReason", "The child's next review is due on "
					+ "2026-12-17: search the network again before the plan is decided (last searched 2026-03-10).");
		Map<String, Object> brenda = outreach(work, "p-taylor-brenda");
		assertThat((Map<String, Object>) brenda.get("lastContact")).containsEntry("on", "2026-09-14")
			.containsEntry("mode", "visit").containsEntry("outcome", "declined");
		assertThat(marks(brenda)).containsExactly("Not contacted for 69 days (last on 2026-09-14).");
		Map<String, Object> dawn = outreach(work, "p-kirby-dawn");
		assertThat((Map<String, Object>) dawn.get("lastContact")).containsEntry("on", "2026-11-12")
			.containsEntry("outcome", "interested_in_caring");
		assertThat(dawn).containsEntry("nextStep", "Home visit with Dawn and Stuart").containsEntry("nextStepOn", "2026-11-26");
		assertThat(marks(dawn)).isEmpty();
		assertThat(marks(outreach(work, "p-hennessy-matt"))).containsExactly("Never contacted.");
		Map<String, Object> log = http.getForObject("/api/children/p-taylor-kian/family-finding", Map.class);
		assertThat((List<Map<String, Object>>) log.get("relatives")).filteredOn(r -> "p-taylor-brenda".equals(r.get("personId")))
			.singleElement().satisfies(r -> assertThat((String) r.get("wish")).startsWith("Cannot care for Kian full time"));
	}

	@Test
	void kamalsContactDetailsAreWithheldFromThoseOutsideTheUddinChildrensWork() {
		Map<String, Object> asTheirWorker = http.withBasicAuth("ben.social", TestAccounts.DEMO_PASSWORD)
			.getForObject("/api/persons/p-uddin-kamal", Map.class);
		assertThat(asTheirWorker).containsEntry("postcode", "E1 5QR");
		assertThat((String) asTheirWorker.get("doNotContact")).startsWith("Do not contact: In daily contact with his brother");
		Map<String, Object> asAnotherWorker = http.withBasicAuth("amy.social", TestAccounts.DEMO_PASSWORD)
			.getForObject("/api/persons/p-uddin-kamal", Map.class);
		assertThat(asAnotherWorker).doesNotContainKeys("postcode", "latitude", "longitude", "contactDetails")
			.containsEntry("doNotContact", "withheld: do not contact");
	}
}
