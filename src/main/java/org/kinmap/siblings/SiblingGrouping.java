package org.kinmap.siblings;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/**
 * Sibling groups as the connected components (JGraphT's {@link ConnectivityInspector}, breadth-first search) of
 * the graph whose vertices are people and whose edges are sibling relations of the chosen kinds. Only components
 * of two or more people are groups. Runs in O(V + E) for the components, plus sorting.
 */
final class SiblingGrouping {

	private final Set<SiblingKind> kinds;

	/** @param kinds which kinds of relation join a group; at least one */
	SiblingGrouping(Set<SiblingKind> kinds) {
		Objects.requireNonNull(kinds, "kinds");
		if (kinds.isEmpty()) {
			throw new IllegalArgumentException("At least one kind of sibling relation must join a group");
		}
		this.kinds = Set.copyOf(kinds);
	}

	/** The groups, largest first, then by id. */
	List<SiblingGroup> groups(Collection<SiblingRelation> relations) {
		Graph<String, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
		for (SiblingRelation r : relations) {
			if (r.joinedBy(kinds)) {
				graph.addVertex(r.a());
				graph.addVertex(r.b());
				graph.addEdge(r.a(), r.b());
			}
		}
		List<Set<String>> components = new ConnectivityInspector<>(graph).connectedSets();
		java.util.Map<String, Integer> componentOf = new java.util.HashMap<>();
		List<List<SiblingRelation>> within = new ArrayList<>();
		for (int i = 0; i < components.size(); i++) {
			for (String member : components.get(i)) {
				componentOf.put(member, i);
			}
			within.add(new ArrayList<>());
		}
		for (SiblingRelation r : relations) {
			Integer ca = componentOf.get(r.a());
			if (ca != null && ca.equals(componentOf.get(r.b()))) {
				within.get(ca).add(r);
			}
		}
		List<SiblingGroup> groups = new ArrayList<>();
		for (int i = 0; i < components.size(); i++) {
			List<String> members = components.get(i).stream().sorted().toList();
			List<SiblingRelation> pairs = within.get(i).stream()
				.sorted(Comparator.comparing(SiblingRelation::a).thenComparing(SiblingRelation::b))
				.toList();
			groups.add(new SiblingGroup(SiblingGroup.idOf(members), members, pairs));
		}
		groups.sort(Comparator.comparing((SiblingGroup g) -> -g.members().size()).thenComparing(SiblingGroup::id));
		return groups;
	}
}
