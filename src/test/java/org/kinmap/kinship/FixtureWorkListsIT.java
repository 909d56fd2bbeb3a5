package org.kinmap.kinship;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.kinmap.KinmapIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * The fixtures' expected work lists (fixtures/README.md, appendix A4: every child in care's living adult
 * relatives and connected persons, s105 or wider, and whether assessed) against the work list endpoint.
 */
@KinmapIntegrationTest
@SuppressWarnings("unchecked")
class FixtureWorkListsIT {

	static final Pattern CHILD = Pattern.compile("^\\*\\*(.+)\\*\\* \\(`(p-[a-z0-9-]+)`\\)$");

	static final Pattern ENTRY = Pattern.compile("^- (s105|wider): .+ \\(`(p-[a-z0-9-]+)`\\), (.+): (.+)$");

	@Autowired
	TestRestTemplate http;

	/** Expected per child: s105 unassessed ids and wider unassessed ids. */
	record Expected(Set<String> close, Set<String> wider) {
	}

	static Map<String, Expected> appendixA4() throws Exception {
		List<String> lines = Files.readAllLines(Path.of("fixtures/README.md"));
		Map<String, Expected> expected = new LinkedHashMap<>();
		boolean inA4 = false;
		String child = null;
		for (String line : lines) {
			if (line.startsWith("### A4.")) {
				inA4 = true;
				continue;
			}
			if (inA4 && line.startsWith("### ")) {
				break;
			}
			if (!inA4) {
				continue;
			}
			Matcher c = CHILD.matcher(line);
			if (c.matches()) {
				child = c.group(2);
				expected.put(child, new Expected(new TreeSet<>(), new TreeSet<>()));
				continue;
			}
			Matcher e = ENTRY.matcher(line);
			if (e.matches() && child != null && e.group(4).startsWith("UNASSESSED")) {
				(e.group(1).equals("s105") ? expected.get(child).close() : expected.get(child).wider()).add(e.group(2));
			}
		}
		return expected;
	}

	Map<String, Object> workList(String child) {
		return http.getForObject("/api/children/" + child + "/relatives?unassessed=true", Map.class);
	}

	static Set<String> ids(Object lines, boolean close) {
		return ((List<Map<String, Object>>) lines).stream()
			.filter(l -> Boolean.valueOf(close).equals(l.get("closeRelative")))
			.map(l -> (String) l.get("personId"))
			.collect(Collectors.toCollection(TreeSet::new));
	}

	@Test
	void theNamedChildrenHaveExactlyTheExpectedUnassessedCloseRelatives() throws Exception {
		Map<String, Expected> expected = appendixA4();
		for (String child : List.of("p-hughes-ella", "p-doyle-ruby", "p-taylor-kian", "p-shah-priya", "p-brennan-tyler",
				"p-campbell-jayden")) {
			Map<String, Object> list = workList(child);
			Set<String> close = ids(list.get("candidates"), true);
			close.addAll(ids(list.get("riskFlagged"), true));
			close.addAll(ids(list.get("doNotContact"), true));
			assertThat(close).as("unassessed s105 relatives of %s", child).isEqualTo(expected.get(child).close());
			Set<String> wider = ids(list.get("candidates"), false);
			wider.addAll(ids(list.get("riskFlagged"), false));
			wider.addAll(ids(list.get("doNotContact"), false));
			assertThat(wider).as("unassessed wider family and connected persons of %s", child)
				.containsAll(expected.get(child).wider());
		}
		// Ella's uncle Liam is flagged: listed apart, never a candidate.
		Map<String, Object> ella = workList("p-hughes-ella");
		assertThat((List<Map<String, Object>>) ella.get("riskFlagged")).extracting(r -> r.get("personId"))
			.containsExactly("p-hughes-liam");
		assertThat((List<Map<String, Object>>) ella.get("candidates")).first()
			.satisfies(c -> assertThat((String) c.get("sentence")).contains("close relative (s105). Not yet assessed."));
	}

	@Test
	void everyChildInTheAppendixHasTheExpectedUnassessedCloseRelatives() throws Exception {
		Map<String, Expected> expected = appendixA4();
		assertThat(expected).hasSizeGreaterThanOrEqualTo(40);
		Map<String, String> mismatches = new LinkedHashMap<>();
		expected.forEach((child, want) -> {
			Map<String, Object> list = workList(child);
			Set<String> close = ids(list.get("candidates"), true);
			close.addAll(ids(list.get("riskFlagged"), true));
			close.addAll(ids(list.get("doNotContact"), true));
			Set<String> all = ids(list.get("candidates"), false);
			all.addAll(ids(list.get("riskFlagged"), false));
			all.addAll(ids(list.get("doNotContact"), false));
			all.addAll(close);
			if (!close.equals(want.close()) || !all.containsAll(want.wider())) {
				Set<String> missingWider = new TreeSet<>(want.wider());
				missingWider.removeAll(all);
				mismatches.put(child, "s105 expected " + want.close() + " got " + close + "; wider missing " + missingWider);
			}
		});
		assertThat(mismatches).isEmpty();
	}

	static List<String> gapCodes(Map<String, Object> answer) {
		return ((List<Map<String, Object>>) answer.get("gaps")).stream().map(g -> (String) g.get("code")).toList();
	}

	@Test
	void theFixturesGapsAsTheirReadmeDescribesThem() {
		// Reg 24: the Ahmeds' approval expired on 2026-08-21 with no full assessment, Hamza and Aisha still placed.
		assertThat(gapCodes(http.getForObject("/api/children/p-ahmed-hamza/network-gaps", Map.class)))
			.contains("reg24_expired");
		// The Wisniewskis' approval for the Kowalski children expires on 2026-12-10, in 18 days.
		Map<String, Object> jakub = http.getForObject("/api/children/p-kowalski-jakub/network-gaps", Map.class);
		assertThat(((List<Map<String, Object>>) jakub.get("gaps")).stream()
			.filter(g -> "reg24_expiring".equals(g.get("code"))).map(g -> (String) g.get("gap")))
			.containsExactly("The Regulation 24 temporary approval expires on 2026-12-10 (in 18 days) and no full "
					+ "connected-person assessment has been approved.");
		// The Patels' extended approval runs 29 days more: not within four weeks.
		assertThat(gapCodes(http.getForObject("/api/children/p-shah-priya/network-gaps", Map.class)))
			.doesNotContain("reg24_expiring", "reg24_expired");
		// Oscar Brennan's and Osian Evans's fathers are not recorded; Ruby Doyle's father's side has nobody beyond him.
		assertThat(gapCodes(http.getForObject("/api/children/p-brennan-oscar/network-gaps", Map.class)))
			.contains("father_not_recorded");
		assertThat(gapCodes(http.getForObject("/api/children/p-evans-osian/network-gaps", Map.class)))
			.contains("father_not_recorded");
		assertThat(gapCodes(http.getForObject("/api/children/p-doyle-ruby/network-gaps", Map.class)))
			.contains("no_paternal_grandparents", "nobody_beyond_father").doesNotContain("father_not_recorded");
	}
}
