package org.kinmap.tracker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.kinmap.KinmapIntegrationTest;
import org.kinmap.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The permanence tracker over HTTP on the Kinmouth fixtures (today is 2026-11-22): the fixture children's alerts as
 * fixtures/README.md lists them, who sees what, the filters and order, the CSV, a child's timeline, the panel list,
 * the figures, and bad dates refused. Only the fixture children are counted: other tests may add children of their own.
 */
@KinmapIntegrationTest
@SuppressWarnings({ "unchecked", "rawtypes" })
class TrackerApiIT {

	@Autowired
	TestRestTemplate http;

	TestRestTemplate as(String username) {
		return http.withBasicAuth(username, TestAccounts.DEMO_PASSWORD);
	}

	List<Map<String, Object>> rows(TestRestTemplate client, String query) {
		ResponseEntity<Map> answer = client.getForEntity("/api/tracker" + query, Map.class);
		assertThat(answer.getStatusCode()).as(String.valueOf(answer.getBody())).isEqualTo(HttpStatus.OK);
		return (List<Map<String, Object>>) answer.getBody().get("rows");
	}

	static List<String> ids(List<Map<String, Object>> rows) {
		return rows.stream().map(r -> (String) r.get("childId")).toList();
	}

	static List<String> alerts(Map<String, Object> row) {
		return ((List<Map<String, Object>>) row.get("alerts")).stream().map(a -> (String) a.get("rule")).sorted().toList();
	}

	/** The table "The permanence tracker on 2026-11-22" in fixtures/README.md: child id to alerts, sorted. */
	static Map<String, List<String>> readmeTable() throws Exception {
		String readme = Files.readString(Path.of("fixtures/README.md"), StandardCharsets.UTF_8);
		int start = readme.indexOf("### The permanence tracker on 2026-11-22");
		assertThat(start).as("the tracker's table in fixtures/README.md").isNotNegative();
		Map<String, List<String>> table = new TreeMap<>();
		int end = readme.indexOf("\n## ", start);
		Matcher row = Pattern.compile("^\\| `(p-[a-z-]+)` \\| ([^|]+) \\|", Pattern.MULTILINE)
			.matcher(readme.substring(start, end < 0 ? readme.length() : end));
		while (row.find()) {
			String cell = row.group(2).trim();
			table.put(row.group(1), cell.startsWith("none") ? List.of()
					: java.util.Arrays.stream(cell.split(",")).map(s -> s.trim().replace("`", "")).sorted().toList());
		}
		return table;
	}

	@Test
	void theFixtureChildrenHaveTheAlertsFixturesReadmeLists() throws Exception {
		Map<String, List<String>> expected = readmeTable();
		List<Map<String, Object>> rows = rows(as("dev.manager"), "?sort=name");
		Map<String, List<String>> actual = new TreeMap<>();
		rows.stream().filter(r -> expected.containsKey(r.get("childId")) || ((String) r.get("childId")).startsWith("p-"))
			.forEach(r -> actual.put((String) r.get("childId"), alerts(r)));
		StringBuilder table = new StringBuilder();
		actual.forEach((id, a) -> table.append("| `").append(id).append("` | ")
			.append(a.isEmpty() ? "none (on time)" : String.join(", ", a.stream().map(x -> "`" + x + "`").toList())).append(" |\n"));
		assertThat(expected).as("fixtures/README.md against the tracker; the tracker says:\n" + table).hasSize(43);
		expected.forEach((id, a) -> assertThat(actual.get(id)).as(id + "; the tracker says:\n" + table).isEqualTo(a));
	}

	@Test
	void everyRuleRaisesAnAlertForSomeFixtureChildAndSomeChildrenAreOnTime() {
		Map<String, Object> view = as("dev.manager").getForObject("/api/tracker", Map.class);
		List<Map<String, Object>> rows = (List<Map<String, Object>>) view.get("rows");
		List<String> rules = ((List<Map<String, Object>>) view.get("rules")).stream().map(r -> (String) r.get("code")).toList();
		assertThat(rules).hasSize(12);
		for (String rule : rules) {
			assertThat(rows.stream().anyMatch(r -> alerts(r).contains(rule))).as(rule).isTrue();
		}
		assertThat(rows).filteredOn(r -> Boolean.TRUE.equals(r.get("onTime"))).extracting(r -> r.get("childId"))
			.contains("p-fraser-isla", "p-fraser-leo");
		Map<String, Object> noah = rows.stream().filter(r -> "p-walsh-noah".equals(r.get("childId"))).findFirst().orElseThrow();
		assertThat(noah).containsEntry("team", "Kinmouth North").containsEntry("teamManager", "Priya Natarajan")
			.containsEntry("iro", "Erin Shaw").containsEntry("plan", "connected_person_sgo").containsEntry("reviewsHeld", 2);
		assertThat((Map<String, Object>) noah.get("next")).containsEntry("what", "26-week date of care proceedings")
			.containsEntry("date", "2026-09-07");
		Map<String, Object> court = ((List<Map<String, Object>>) noah.get("alerts")).stream()
			.filter(a -> a.get("rule").equals("proceedings-beyond-26-weeks")).findFirst().orElseThrow();
		assertThat(court).containsEntry("bitesOn", "2026-09-08").containsEntry("daysOverdue", 75)
			.containsEntry("sentence", "Care proceedings issued on 9 March 2026 passed their 26-week date, 7 September 2026, "
					+ "76 days ago, with no final order.");
	}

	@Test
	void socialWorkersAndIrosSeeTheirAllocatedChildrenOnly() {
		List<String> amy = ids(rows(as("amy.social"), ""));
		assertThat(amy).contains("p-walsh-noah", "p-mensah-kwame", "p-kowalska-lena").doesNotContain("p-ahmed-zara");
		List<String> erin = ids(rows(as("erin.iro"), ""));
		assertThat(erin).contains("p-walsh-noah", "p-hughes-ella", "p-doyle-ruby", "p-mensah-kwame", "p-mensah-atta")
			.doesNotContain("p-ahmed-zara", "p-kowalska-lena", "p-taylor-kian");
		assertThat(as("erin.iro").getForEntity("/api/children/p-ahmed-zara/timeline", Map.class).getStatusCode())
			.isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(as("carla.homes").getForEntity("/api/tracker", Map.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(as("fay.admin").getForEntity("/api/tracker", Map.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(as("amy.social").getForEntity("/api/tracker/figures", Map.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		Map<String, Object> panels = as("erin.iro").getForObject("/api/panels/2026-12-03", Map.class);
		assertThat(panels).containsEntry("children", 0);
	}

	@Test
	void filtersAndOrders() {
		TestRestTemplate manager = as("dev.manager");
		List<Map<String, Object>> overdue = rows(manager, "?alert=review-overdue");
		assertThat(ids(overdue)).contains("p-farah-ayan", "p-farah-abdi", "p-brennan-tyler");
		assertThat(overdue).allSatisfy(r -> assertThat(alerts(r)).contains("review-overdue"));
		List<Map<String, Object>> south = rows(manager, "?team=kinmouth south");
		assertThat(ids(south)).contains("p-ahmed-zara", "p-roberts-ethan").doesNotContain("p-walsh-noah");
		assertThat(south).allSatisfy(r -> assertThat(r.get("team")).isEqualTo("Kinmouth South"));
		List<Map<String, Object>> grace = rows(manager, "?worker=Grace Mwangi");
		assertThat(ids(grace)).contains("p-taylor-kian", "p-murray-kayla");
		assertThat(grace).allSatisfy(r -> assertThat(r.get("teamManager")).isEqualTo("Grace Mwangi"));
		List<Map<String, Object>> late = rows(manager, "?minDaysOverdue=100");
		assertThat(late).isNotEmpty().allSatisfy(r -> assertThat(((Number) r.get("daysOverdue")).intValue()).isGreaterThanOrEqualTo(100));
		List<Map<String, Object>> byOverdue = rows(manager, "");
		List<Integer> days = byOverdue.stream().map(r -> r.get("daysOverdue") == null ? Integer.MIN_VALUE : ((Number) r.get("daysOverdue")).intValue()).toList();
		assertThat(days).isSortedAccordingTo(Comparator.reverseOrder());
		List<String> nextDates = rows(manager, "?sort=next").stream()
			.map(r -> (String) ((Map<String, Object>) r.get("next")).get("date")).toList();
		assertThat(nextDates).isSorted();
		assertThat(manager.getForEntity("/api/tracker?sort=shoe-size", Map.class).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		ResponseEntity<Map> badAlert = manager.getForEntity("/api/tracker?alert=late", Map.class);
		assertThat(badAlert.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat((String) badAlert.getBody().get("detail")).contains("review-overdue");
	}

	@Test
	void theCsvParsesBackToTheSameRows() throws Exception {
		TestRestTemplate manager = as("dev.manager");
		ResponseEntity<String> csv = manager.getForEntity("/api/tracker.csv?team=Children in Care", String.class);
		assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(csv.getHeaders().getContentType().isCompatibleWith(MediaType.parseMediaType("text/csv"))).isTrue();
		assertThat(csv.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).contains("permanence-tracker-2026-11-22.csv");
		List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
			.parse(new StringReader(csv.getBody())).getRecords();
		List<Map<String, Object>> rows = rows(manager, "?team=Children in Care");
		assertThat(records.stream().map(r -> r.get("childId")).toList()).isEqualTo(ids(rows));
		for (int i = 0; i < rows.size(); i++) {
			Map<String, Object> row = rows.get(i);
			CSVRecord rec = records.get(i);
			assertThat(rec.get("name")).isEqualTo(row.get("name"));
			assertThat(rec.get("teamManager")).isEqualTo("Grace Mwangi");
			List<String> sentences = ((List<Map<String, Object>>) row.get("alerts")).stream().map(a -> (String) a.get("sentence")).toList();
			assertThat(rec.get("reasons")).isEqualTo(String.join(" | ", sentences));
		}
	}

	@Test
	void aChildsTimelineIsInDateOrderAndItsReadIsAudited() {
		ResponseEntity<Map> answer = as("amy.social").getForEntity("/api/children/p-walsh-noah/timeline", Map.class);
		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
		List<Map<String, Object>> events = (List<Map<String, Object>>) answer.getBody().get("events");
		assertThat(events.stream().map(e -> (String) e.get("date")).toList()).isSorted();
		assertThat(events).extracting(e -> e.get("kind")).contains("looked_after", "review", "review_due", "plan", "meeting",
				"panel", "placement", "assessment", "court");
		assertThat(events).extracting(e -> e.get("title")).contains("Became looked after", "The second review held",
				"Permanence plan agreed", "Care proceedings issued", "Hearing: final hearing");
		assertThat(events).filteredOn(e -> "Hearing: final hearing".equals(e.get("title")))
			.allSatisfy(e -> assertThat(e.get("future")).isEqualTo(true));
		List<Map<String, Object>> audit = http.getForObject("/api/audit?childId=p-walsh-noah&username=amy.social", List.class);
		assertThat(audit).anySatisfy(e -> assertThat(e).containsEntry("action", "read timeline").containsEntry("outcome", "allowed"));
		assertThat(as("amy.social").getForEntity("/api/children/p-nobody/timeline", Map.class).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	void thePanelListGroupsTheChildrenByTeamManagerWithTheirPapers() {
		Map<String, Object> list = as("dev.manager").getForObject("/api/panels/2026-12-03", Map.class);
		List<Map<String, Object>> groups = (List<Map<String, Object>>) list.get("groups");
		Map<String, List<String>> byManager = new LinkedHashMap<>();
		groups.forEach(g -> byManager.put((String) g.get("teamManager"),
				((List<Map<String, Object>>) g.get("children")).stream().map(c -> (String) c.get("childId")).toList()));
		assertThat(byManager.get("Priya Natarajan")).contains("p-dumitru-florin", "p-dumitru-ionut", "p-dumitru-daria",
				"p-dumitru-elena", "p-price-cerys", "p-price-dylan", "p-evans-osian");
		assertThat(byManager.get("Owen Lloyd")).contains("p-ahmed-ibrahim");
		assertThat(byManager.get("Grace Mwangi")).contains("p-murray-jaxon");
		assertThat(new ArrayList<>(byManager.keySet())).startsWith("Grace Mwangi", "Owen Lloyd", "Priya Natarajan");
		Map<String, Object> ibrahim = ((List<Map<String, Object>>) groups.get(1).get("children")).stream()
			.filter(c -> "p-ahmed-ibrahim".equals(c.get("childId"))).findFirst().orElseThrow();
		assertThat(ibrahim).containsEntry("panel", "fostering panel").containsEntry("presented", "match with carers or adopters")
			.containsEntry("plan", "long-term fostering");
		assertThat((String) ibrahim.get("siblingPosition")).startsWith("Apart from Zara Ahmed");
		assertThat((List<Map<String, Object>>) ibrahim.get("papers")).extracting(p -> p.get("title"))
			.containsExactly("Genogram", "Relatives work list", "Siblings", "Carer shortlist", "Timeline");
		assertThat(as("dev.manager").getForEntity("/api/panels/3rd-of-December", Map.class).getStatusCode())
			.isEqualTo(HttpStatus.BAD_REQUEST);
	}

	@Test
	void theFiguresCountTheFixtureChildren() {
		Map<String, Object> figures = as("dev.manager").getForObject("/api/tracker/figures", Map.class);
		assertThat(((Number) figures.get("children")).intValue()).isGreaterThanOrEqualTo(43);
		assertThat(((Number) figures.get("pastSecondReview")).intValue()).isGreaterThanOrEqualTo(((Number) figures.get("withPlanBySecondReview")).intValue());
		assertThat(((Number) figures.get("sharePlanBySecondReview")).doubleValue()).isBetween(0.0, 1.0);
		assertThat(figures.get("medianDaysToPermanencePlan")).isNotNull();
		assertThat(figures.get("medianDaysToPermanence")).isNotNull();
		List<Map<String, Object>> months = (List<Map<String, Object>>) figures.get("months");
		assertThat(months).hasSize(12);
		assertThat(months.get(11)).containsEntry("month", "2026-11");
		assertThat(((Number) months.get(11).get("becameLookedAfter")).intValue()).as("the Dumitru children").isGreaterThanOrEqualTo(4);
		List<Map<String, Object>> over = (List<Map<String, Object>>) figures.get("overThresholds");
		assertThat(over).hasSize(12).allSatisfy(o -> assertThat(((Number) o.get("children")).intValue()).isPositive());
	}

	@Test
	void aReviewBeforeBecomingLookedAfterOrAPlanAgreedInTheFutureIsRefusedWithProblems() {
		String doc = """
				{"source": "tracker IT",
				 "reviews": [{"id": "t-rv-early", "child": "p-walsh-noah", "held": "2026-02-01"}],
				 "plans": [{"id": "t-pp-future", "child": "p-walsh-noah", "kind": "permanence_plan", "plan": "adoption",
				            "agreedOn": "2027-01-05"}]}""";
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		ResponseEntity<Map> answer = http.postForEntity("/api/networks", new HttpEntity<>(doc, headers), Map.class);
		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
		assertThat(answer.getBody().toString()).contains("/plans/0/agreedOn", "is in the future");
		// the review's date is checked against the care record in kinmap, inside the import transaction
		String early = """
				{"source": "tracker IT", "reviews": [{"id": "t-rv-early", "child": "p-walsh-noah", "held": "2026-02-01"}]}""";
		ResponseEntity<Map> refused = http.postForEntity("/api/networks", new HttpEntity<>(early, headers), Map.class);
		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
		assertThat(refused.getBody().toString()).contains("/reviews/0/held",
				"review t-rv-early was held on a date before child p-walsh-noah became looked after on 2026-03-10");
		String notInCare = """
				{"source": "tracker IT", "allocations": [{"child": "p-walsh-maureen", "team": "North"}]}""";
		ResponseEntity<Map> noCareRecord = http.postForEntity("/api/networks", new HttpEntity<>(notInCare, headers), Map.class);
		assertThat(noCareRecord.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
		assertThat(noCareRecord.getBody().toString()).contains("/allocations/0/child", "has no care record");
		assertThat(ids(rows(as("dev.manager"), ""))).contains("p-walsh-noah");
		Map<String, Object> timeline = as("dev.manager").getForObject("/api/children/p-walsh-noah/timeline", Map.class);
		assertThat(timeline.toString()).doesNotContain("2026-02-01");
	}

	@Autowired
	org.kinmap.siblings.SplitSiblings splitSiblings;

	/**
	 * A child's timeline asks the siblings module for that child's split alone; the tracker asks for the whole
	 * authority's. Both must give every child the same split, and every child's timeline the same alerts as its row.
	 */
	@Test
	void oneChildsSplitIsTheAuthoritysAndTheTimelineAlertsAreTheRows() {
		Map<String, org.kinmap.siblings.SplitSiblings.Split> all = splitSiblings.ofLookedAfterChildren();
		assertThat(all).as("the fixtures have looked-after children in split sibling groups").isNotEmpty();
		List<Map<String, Object>> rows = rows(as("dev.manager"), "");
		for (String id : ids(rows)) {
			assertThat(splitSiblings.of(id).orElse(null)).as(id).isEqualTo(all.get(id));
		}
		for (String id : all.keySet()) {
			assertThat(splitSiblings.of(id)).as(id).contains(all.get(id));
		}
		for (Map<String, Object> row : rows) {
			Map<String, Object> timeline = as("dev.manager")
				.getForObject("/api/children/" + row.get("childId") + "/timeline", Map.class);
			assertThat(alerts(timeline)).as((String) row.get("childId")).isEqualTo(alerts(row));
		}
	}
}
