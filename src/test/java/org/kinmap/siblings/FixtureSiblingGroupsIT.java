package org.kinmap.siblings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kinmap.KinmapIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The fixtures' sibling groups and splits, as fixtures/README.md ("Sibling groups" and appendix A3) lists them: the
 * 17 groups with a looked-after member, counted with every kind of sibling (step included, as the README does),
 * 14 split (10 with looked-after children apart), each split's assessment state (the README's "pending" is
 * unassessed with {@code assessmentPending}), the separated pairs with no contact, and the carers who could take
 * the looked-after children together now. A fresh context, so that no other test's imports change the figures.
 */
@KinmapIntegrationTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_CLASS)
@SuppressWarnings({ "unchecked", "rawtypes" })
class FixtureSiblingGroupsIT {

	static final String ALL = "kinds=full,half,step,adoptive,raised_together,unknown";

	@Autowired
	TestRestTemplate http;

	Map<String, Object> groupOf(String personId) {
		Map<String, Object> siblings = http.getForObject("/api/children/" + personId + "/siblings?" + ALL, Map.class);
		return http.getForObject("/api/sibling-groups/" + siblings.get("groupId") + "?" + ALL, Map.class);
	}

	static List<String> members(Map<String, Object> group) {
		return ((List<Map<String, Object>>) group.get("members")).stream().map(m -> (String) m.get("personId")).sorted().toList();
	}

	static String state(Map<String, Object> group) {
		Map<String, Object> split = (Map<String, Object>) group.get("splitDetail");
		return split == null ? "not split" : (String) split.get("assessmentState");
	}

	static List<String> options(Map<String, Object> group) {
		return ((List<Map<String, Object>>) group.get("reunificationOptions")).stream().map(o -> (String) o.get("householdId"))
			.sorted().toList();
	}

	static List<String> withoutContact(Map<String, Object> group) {
		Map<String, Object> split = (Map<String, Object>) group.get("splitDetail");
		if (split == null) {
			return List.of();
		}
		return ((List<Map<String, Object>>) split.get("separatedPairs")).stream()
			.filter(p -> Boolean.TRUE.equals(p.get("noContactRecorded")))
			.map(p -> ((Map) p.get("a")).get("personId") + "/" + ((Map) p.get("b")).get("personId"))
			.toList();
	}

	@Test
	void theSeventeenGroupsWithALookedAfterChild() {
		List<Map<String, Object>> groups = http.getForObject("/api/sibling-groups?inCare=true&" + ALL, List.class);
		assertThat(groups).hasSize(17);
		assertThat(groups).filteredOn(g -> Boolean.TRUE.equals(g.get("splitIncludingHomeOrAdopted"))).hasSize(14);
		assertThat(groups).filteredOn(g -> Boolean.TRUE.equals(g.get("split"))).hasSize(10);
	}

	@Test
	void eachSplitsStateContactAndOptions() {
		record Expected(String anyMember, int size, String state, List<String> options, List<String> withoutContact) {
		}
		List<Expected> expected = List.of(
				new Expected("p-hughes-ella", 3, "unassessed", List.of(), List.of()),
				new Expected("p-ahmed-zara", 5, "as_assessed", List.of(),
						List.of("p-ahmed-aisha/p-hussain-bilal", "p-ahmed-hamza/p-hussain-bilal", "p-ahmed-ibrahim/p-hussain-bilal")),
				new Expected("p-kowalska-oliwia", 4, "unassessed", List.of(), List.of()),
				new Expected("p-campbell-amara", 4, "as_assessed",
						List.of("h-car-006", "h-car-031", "h-car-038", "h-car-042", "h-car-051", "h-car-062"),
						List.of("p-campbell-amara/p-osei-ama", "p-campbell-jayden/p-osei-ama", "p-campbell-jayden/p-osei-malachi")),
				new Expected("p-mcdonagh-mary", 4, "unassessed", List.of("h-car-009"), List.of()),
				new Expected("p-farah-abdi", 3, "not split", List.of(), List.of()),
				new Expected("p-brennan-tyler", 4, "as_assessed", List.of("h-car-009", "h-car-019", "h-car-038", "h-car-042", "h-car-055"),
						List.of("p-brennan-oscar/p-brennan-tyler", "p-brennan-oscar/p-lewis-kai", "p-brennan-oscar/p-pritchard-leah",
								"p-lewis-kai/p-pritchard-leah")),
				new Expected("p-mensah-atta", 3, "contrary_to_assessment", List.of("h-car-019"), List.of()),
				new Expected("p-taylor-kian", 4, "unassessed", List.of(), List.of("p-jones-archie/p-taylor-kian")),
				new Expected("p-uddin-nadia", 3, "unassessed", List.of(), List.of()),
				new Expected("p-dumitru-florin", 4, "unassessed", List.of(), List.of()),
				new Expected("p-ahmadzai-samiullah", 3, "unassessed", List.of(), List.of()),
				new Expected("p-roberts-ethan", 3, "unassessed", List.of(), List.of()),
				new Expected("p-evans-osian", 4, "not split", List.of(), List.of()),
				new Expected("p-clarke-tia", 3, "as_assessed", List.of("h-car-005", "h-car-009"), List.of()),
				new Expected("p-shah-priya", 2, "not split", List.of(), List.of()),
				new Expected("p-murray-kayla", 2, "unassessed", List.of(), List.of()));
		for (Expected e : expected) {
			Map<String, Object> group = groupOf(e.anyMember());
			assertThat(members(group)).as("members of %s's group", e.anyMember()).hasSize(e.size()).contains(e.anyMember());
			assertThat(state(group)).as("state of %s's group", e.anyMember()).isEqualTo(e.state());
			boolean pending = e.anyMember().startsWith("p-kowalsk") || e.anyMember().startsWith("p-dumitru");
			if (group.get("splitDetail") != null) {
				assertThat(((Map<String, Object>) group.get("splitDetail")).get("assessmentPending"))
					.as("pending for %s's group", e.anyMember()).isEqualTo(pending);
			}
			assertThat(options(group)).as("options for %s's group", e.anyMember()).isEqualTo(e.options());
			assertThat(withoutContact(group)).as("pairs without contact in %s's group", e.anyMember())
				.isEqualTo(e.withoutContact());
		}
	}

	@Test
	void theManagersSummary() {
		Map<String, Object> summary = http.getForObject("/api/sibling-groups/summary?" + ALL, Map.class);
		assertThat(summary).containsEntry("groupsWithLookedAfterChildren", 17).containsEntry("splitGroups", 10)
			.containsEntry("splitIncludingHomeOrAdopted", 14).containsEntry("splitsAsAssessed", 4)
			.containsEntry("unassessedSplits", 9).containsEntry("splitsWithAssessmentPending", 2)
			.containsEntry("splitsContraryToAssessment", 1).containsEntry("separatedPairsWithoutContact", 11)
			.containsEntry("groupsWithReunificationOption", 5).containsEntry("splitsNotAsAssessedWithReunificationOption", 2);
	}

	@Test
	void byDefaultStepSiblingsStayOutOfTheGroup() {
		Map<String, Object> siblings = http.getForObject("/api/children/p-ahmed-zara/siblings", Map.class);
		assertThat((List<Map<String, Object>>) siblings.get("siblings")).extracting(s -> s.get("personId"))
			.containsExactlyInAnyOrder("p-ahmed-ibrahim", "p-ahmed-hamza", "p-ahmed-aisha");
		Map<String, Object> withStep = http.getForObject("/api/children/p-ahmed-zara/siblings?" + ALL, Map.class);
		assertThat((List<Map<String, Object>>) withStep.get("siblings")).filteredOn(s -> "p-hussain-bilal".equals(s.get("personId")))
			.singleElement().satisfies(s -> assertThat(s).containsEntry("kind", "step"));
	}
}
