package org.kinmap.exchange;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.jgrapht.Graph;
import org.jgrapht.alg.cycle.CycleDetector;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;

/**
 * Finds the persons who are their own ancestors through the parent links of the whole graph, starting from the
 * persons a document links. It walks down the parent links breadth first from those persons, reading each
 * person's children once (a visited set), then looks for cycles in what it read with JGraphT's
 * {@link CycleDetector}. Any cycle the document could have made passes through one of its links, so through one
 * of the persons the walk starts from.
 *
 * <p>Running time: O(P + L) for the P persons and L parent links below the starting persons, at any depth, in as
 * many reads as the walk has generations. The earlier Cypher check ({@code (p)-[:PARENT_OF*1..60]->(p)})
 * enumerated every path instead: exponential in the generations of a family that joins up again and again (a
 * two-wide ladder of 26 generations took minutes), and blind to cycles longer than 60 links.
 */
final class AncestryCheck {

	/** The parent links (parent id, child id) going down from the given persons. */
	interface ChildrenOf extends Function<Collection<String>, List<Map.Entry<String, String>>> {
	}

	private final ChildrenOf childrenOf;

	AncestryCheck(ChildrenOf childrenOf) {
		this.childrenOf = childrenOf;
	}

	/** The persons among {@code start} who are their own ancestors, in id order. */
	Set<String> ownAncestors(Collection<String> start) {
		Graph<String, DefaultEdge> graph = new DefaultDirectedGraph<>(DefaultEdge.class);
		Set<String> visited = new HashSet<>(start);
		List<String> frontier = new ArrayList<>(visited);
		while (!frontier.isEmpty()) {
			List<String> next = new ArrayList<>();
			for (Map.Entry<String, String> link : childrenOf.apply(frontier)) {
				graph.addVertex(link.getKey());
				graph.addVertex(link.getValue());
				graph.addEdge(link.getKey(), link.getValue());
				if (visited.add(link.getValue())) {
					next.add(link.getValue());
				}
			}
			frontier = next;
		}
		Set<String> inCycles = new TreeSet<>(new CycleDetector<>(graph).findCycles());
		inCycles.retainAll(Set.copyOf(start));
		return inCycles;
	}
}
