package org.kinmap.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class AncestryCheckTests {

	/** Parent links held in memory, counting how often each person's children are asked for. */
	static final class Links implements AncestryCheck.ChildrenOf {

		final Map<String, List<String>> children = new HashMap<>();
		final Map<String, Integer> asked = new HashMap<>();

		Links link(String parent, String child) {
			children.computeIfAbsent(parent, k -> new ArrayList<>()).add(child);
			return this;
		}

		@Override
		public List<Map.Entry<String, String>> apply(Collection<String> ids) {
			List<Map.Entry<String, String>> found = new ArrayList<>();
			for (String id : ids) {
				asked.merge(id, 1, Integer::sum);
				children.getOrDefault(id, List.of()).forEach(c -> found.add(Map.entry(id, c)));
			}
			return found;
		}
	}

	/** Two persons a generation, each a parent of both of the next generation's two: 2^generations paths. */
	static Links ladder(int generations) {
		Links links = new Links();
		for (int g = 0; g + 1 < generations; g++) {
			for (String a : List.of("a", "b")) {
				for (String b : List.of("a", "b")) {
					links.link(a + g, b + (g + 1));
				}
			}
		}
		return links;
	}

	@Test
	void aLadderOfManyGenerationsIsWalkedOncePerPerson() {
		Links links = ladder(200);

		assertThat(new AncestryCheck(links).ownAncestors(List.of("a0", "b0"))).isEmpty();
		assertThat(links.asked).hasSize(400).allSatisfy((id, times) -> assertThat(times).as(id).isEqualTo(1));
	}

	@Test
	void findsACycleOfAnyLengthAndNamesOnlyTheStartingPersonsInIt() {
		Links links = new Links();
		for (int i = 0; i < 70; i++) {
			links.link("p" + i, "p" + ((i + 1) % 70));
		}
		links.link("p5", "outside");

		assertThat(new AncestryCheck(links).ownAncestors(List.of("p0", "p69", "outside"))).containsExactly("p0", "p69");
	}

	@Test
	void aCycleBelowButNotThroughTheStartingPersonsIsNotTheirs() {
		Links links = new Links().link("x", "y").link("y", "x").link("s", "x");

		assertThat(new AncestryCheck(links).ownAncestors(Set.of("s"))).isEmpty();
		assertThat(new AncestryCheck(links).ownAncestors(Set.of("s", "y"))).containsExactly("y");
	}
}
