package org.kinmap.siblings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kinmap.KinmapIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * The fixtures' sibling groups and splits, as fixtures/README.md ("Sibling groups" and appendix A3) lists them: the
 * 17 groups with a looked-after member, counted with every kind of sibling (step included, as the README does),
 * 14 split (10 with looked-after children apart), each split's assessment state (the README's "pending" is
 * unassessed with {@code assessmentPending}), the separated pairs with no contact, and the carers who could take
 * the looked-after children together now.
 *
 * <p>Other test classes import families and carer households into the same store, in any order, so the figures are
 * taken over the fixtures' own groups (every member's id begins {@value #FIXTURE_PERSON}) and the households that
 * could take the children are counted among the fixtures' own ({@value #FIXTURE_HOUSEHOLD}): an imported carer with
 * room may be an option for a fixture group too. The manager's summary counts the whole store, so it is checked
 * against the rows and details of every group in it, whatever is there.
 */
@KinmapIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SuppressWarnings({ "unchecked", "rawtypes" })
class FixtureSiblingGroupsIT {

	static final String ALL = "kinds=full,half,step,adoptive,raised_together,unknown";

	/** How the fixtures' person ids begin; no test document uses it. */
	static final String FIXTURE_PERSON = "p-";

	/** How the fixtures' household ids begin; the test documents' households begin otherwise (mt-h-, sib-h-, ...). */
	static final String FIXTURE_HOUSEHOLD = "h-";

	/** The summary's figures that fixtures/README.md states. */
	static final List<String> FIGURES = List.of("groupsWithLookedAfterChildren", "splitGroups", "splitIncludingHomeOrAdopted",
			"splitsAsAssessed", "unassessedSplits", "splitsWithAssessmentPending", "splitsContraryToAssessment",
			"separatedPairsWithoutContact", "groupsWithReunificationOption", "splitsNotAsAssessedWithReunificationOption");

	@Autowired
	TestRestTemplate http;

	/** The groups' details read so far: the class writes nothing, so each is read once. */
	final Map<String, Map<String, Object>> details = new HashMap<>();

	Map<String, Object> group(Object id) {
		return details.computeIfAbsent((String) id, g -> http.getForObject("/api/sibling-groups/" + g + "?" + ALL, Map.class));
	}

	Map<String, Object> groupOf(String personId) {
		Map<String, Object> siblings = http.getForObject("/api/children/" + personId + "/siblings?" + ALL, Map.class);
		return group(siblings.get("groupId"));
	}

	static List<String> members(Map<String, Object> group) {
		return ((List<Map<String, Object>>) group.get("members")).stream().map(m -> (String) m.get("personId")).sorted().toList();
	}

	static String state(Map<String, Object> group) {
		Map<String, Object> split = (Map<String, Object>) group.get("splitDetail");
		return split == null ? "not split" : (String) split.get("assessmentState");
	}

	/** The fixtures' carer households that could take the group's looked-after children together now. */
	static List<String> options(Map<String, Object> group) {
		return ((List<Map<String, Object>>) group.get("reunificationOptions")).stream().map(o -> (String) o.get("householdId"))
			.filter(id -> id.startsWith(FIXTURE_HOUSEHOLD)).sorted().toList();
	}

	static boolean fromTheFixtures(Map<String, Object> row) {
		List<Map<String, Object>> members = (List<Map<String, Object>>) row.get("members");
		return !members.isEmpty() && members.stream().allMatch(m -> ((String) m.get("personId")).startsWith(FIXTURE_PERSON));
	}

	/**
	 * The summary's figures counted group by group from the list's rows and, for a split, the group's detail, as the
	 * summary defines them; the options counted are those {@code option} accepts.
	 */
	Map<String, Integer> figures(List<Map<String, Object>> rows, Predicate<String> option) {
		Map<String, Integer> figures = new LinkedHashMap<>();
		FIGURES.forEach(f -> figures.put(f, 0));
		for (Map<String, Object> row : rows) {
			if ((Integer) row.get("lookedAfter") > 0) {
				figures.merge("groupsWithLookedAfterChildren", 1, Integer::sum);
			}
			if (Boolean.TRUE.equals(row.get("split"))) {
				figures.merge("splitGroups", 1, Integer::sum);
			}
			if (!Boolean.TRUE.equals(row.get("splitIncludingHomeOrAdopted"))) {
				continue;
			}
			Map<String, Object> group = group(row.get("id"));
			Map<String, Object> split = (Map<String, Object>) group.get("splitDetail");
			assertThat(split).as("the split detail of %s", row.get("id")).isNotNull();
			String state = (String) split.get("assessmentState");
			figures.merge("splitIncludingHomeOrAdopted", 1, Integer::sum);
			figures.merge(switch (state) {
				case "as_assessed" -> "splitsAsAssessed";
				case "unassessed" -> "unassessedSplits";
				default -> "splitsContraryToAssessment";
			}, 1, Integer::sum);
			if (Boolean.TRUE.equals(split.get("assessmentPending"))) {
				figures.merge("splitsWithAssessmentPending", 1, Integer::sum);
			}
			figures.merge("separatedPairsWithoutContact", (int) ((List<Map<String, Object>>) split.get("separatedPairs")).stream()
				.filter(p -> Boolean.TRUE.equals(p.get("noContactRecorded"))).count(), Integer::sum);
			boolean anOption = ((List<Map<String, Object>>) group.get("reunificationOptions")).stream()
				.anyMatch(o -> option.test((String) o.get("householdId")));
			if (anOption) {
				figures.merge("groupsWithReunificationOption", 1, Integer::sum);
				if (!"as_assessed".equals(state)) {
					figures.merge("splitsNotAsAssessedWithReunificationOption", 1, Integer::sum);
				}
			}
		}
		return figures;
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
		List<Map<String, Object>> inCare = http.getForObject("/api/sibling-groups?inCare=true&" + ALL, List.class);
		List<Map<String, Object>> groups = inCare.stream().filter(FixtureSiblingGroupsIT::fromTheFixtures).toList();
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
		List<Map<String, Object>> every = http.getForObject("/api/sibling-groups?" + ALL, List.class);
		Map<String, Object> summary = http.getForObject("/api/sibling-groups/summary?" + ALL, Map.class);
		Map<String, Integer> summarised = new LinkedHashMap<>();
		FIGURES.forEach(f -> summarised.put(f, (Integer) summary.get(f)));
		assertThat(summarised).as("the summary, against every group in the store").isEqualTo(figures(every, id -> true));
		assertThat(summary).containsEntry("groups", every.size())
			.containsEntry("childrenInGroups", every.stream().mapToInt(g -> (Integer) g.get("size")).sum());

		Map<String, Integer> readme = new LinkedHashMap<>();
		List.of(17, 10, 14, 4, 9, 2, 1, 11, 5, 2).forEach(n -> readme.put(FIGURES.get(readme.size()), n));
		assertThat(figures(every.stream().filter(FixtureSiblingGroupsIT::fromTheFixtures).toList(),
				id -> id.startsWith(FIXTURE_HOUSEHOLD)))
			.as("the fixtures' groups, with the fixtures' households").isEqualTo(readme);
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
