package org.kinmap.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jgrapht.Graph;
import org.jgrapht.alg.matching.MaximumWeightBipartiteMatching;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * Assigns children to carer households' vacancies, maximising first the number of sibling groups kept together,
 * then the number of children placed, then the total score, never giving a household more children than it has
 * places. Two phases, each one JGraphT {@link MaximumWeightBipartiteMatching}:
 * <ol>
 * <li><b>Sibling groups as units.</b> Each group that some household could take together is one vertex; each
 * household with at least as many free places as the group one vertex; the edge weight is the group's size times
 * (a bonus larger than any score, plus its score there). The matching gives each household at most one group per
 * round; rounds repeat on the places left until no further group can be placed together.</li>
 * <li><b>Everyone else.</b> Every household is expanded into one vertex per free place; each remaining child (a
 * child on their own, or a member of a group that could not be kept together) is joined to every place of every
 * household that passed the hard constraints for them. The edge weight is a base larger than the sum of all
 * scores, plus the score: so the maximum-weight matching places as many children as possible and, among those
 * assignments, has the highest total score.</li>
 * </ol>
 * Phase 2 is exact (for a fixed outcome of phase 1); phase 1 gives keeping siblings together priority over the
 * score of the children on their own, as the policies do. Running time: phase 2 is the successive-shortest-path
 * algorithm, O(V (E + V log V)) with V = children + places and E = feasible (child, place) pairs; phase 1 the same
 * on the (much smaller) group graph, once per round. Scores are compared in tenths, as whole numbers.
 */
final class VacancyAssignment {

	/** A child or group's score at a household, kept when the household passed the hard constraints. */
	record Group(List<String> children, Map<String, Double> scores) {

		Group {
			children = List.copyOf(children);
			scores = Map.copyOf(scores);
			if (children.size() < 2) {
				throw new IllegalArgumentException("A sibling group has at least two children");
			}
		}
	}

	/**
	 * The assignment.
	 *
	 * @param householdOf  child id to household id, for every child placed
	 * @param together     the groups placed together, each with its household
	 * @param total        the sum of the scores of the children placed (a group's score counted once per child)
	 */
	record Result(Map<String, String> householdOf, Map<List<String>, String> together, double total) {
	}

	private record ChildVertex(String id) {
	}

	private record PlaceVertex(String household, int place) {
	}

	private record GroupVertex(int index) {
	}

	private record HouseholdVertex(String id) {
	}

	private static final long GROUP_BONUS = 10_000;

	private final Map<String, Integer> places;
	private final Map<String, Map<String, Double>> scores;
	private final List<Group> groups;

	/**
	 * @param places  free places by household (households with none may be left out)
	 * @param scores  by child, the score at every household that passed the hard constraints for the child alone
	 * @param groups  sibling groups to keep together where possible, each with the households that could take it
	 *                together and the group's score there; a child is in at most one group
	 * @throws IllegalArgumentException for negative places, a score outside 0–100, a child in two groups or a group
	 *                                  member with no entry in {@code scores}
	 */
	VacancyAssignment(Map<String, Integer> places, Map<String, Map<String, Double>> scores, List<Group> groups) {
		places.forEach((h, n) -> {
			if (n == null || n < 0) {
				throw new IllegalArgumentException("Household " + h + " has a negative number of places");
			}
		});
		scores.values().forEach(byHousehold -> byHousehold.values().forEach(VacancyAssignment::checkScore));
		Set<String> grouped = new HashSet<>();
		for (Group g : groups) {
			g.scores().values().forEach(VacancyAssignment::checkScore);
			for (String c : g.children()) {
				if (!grouped.add(c)) {
					throw new IllegalArgumentException("Child " + c + " is in two sibling groups");
				}
				if (!scores.containsKey(c)) {
					throw new IllegalArgumentException("Child " + c + " of a sibling group has no scores");
				}
			}
		}
		this.places = Map.copyOf(places);
		this.scores = scores;
		this.groups = List.copyOf(groups);
	}

	private static void checkScore(Double s) {
		if (s == null || !(s >= 0 && s <= 100)) {
			throw new IllegalArgumentException("A score must be from 0 to 100, not " + s);
		}
	}

	private static long tenths(double score) {
		return Math.round(score * 10);
	}

	Result compute() {
		Map<String, Integer> free = new HashMap<>(places);
		Map<String, String> householdOf = new LinkedHashMap<>();
		Map<List<String>, String> together = new LinkedHashMap<>();
		double total = 0;

		List<Group> waiting = new ArrayList<>(groups);
		while (!waiting.isEmpty()) {
			Map<Group, String> placed = placeGroups(waiting, free);
			if (placed.isEmpty()) {
				break;
			}
			for (var e : placed.entrySet()) {
				Group g = e.getKey();
				free.merge(e.getValue(), -g.children().size(), Integer::sum);
				g.children().forEach(c -> householdOf.put(c, e.getValue()));
				together.put(g.children(), e.getValue());
				total += g.scores().get(e.getValue()) * g.children().size();
			}
			waiting.removeAll(placed.keySet());
		}

		Set<String> remaining = new LinkedHashSet<>(scores.keySet());
		remaining.removeAll(householdOf.keySet());
		for (var e : placeChildren(remaining, free).entrySet()) {
			householdOf.put(e.getKey(), e.getValue());
			total += scores.get(e.getKey()).get(e.getValue());
		}
		return new Result(householdOf, together, Math.round(total * 10) / 10.0);
	}

	/** One round of phase 1: at most one group per household. */
	private Map<Group, String> placeGroups(List<Group> waiting, Map<String, Integer> free) {
		Graph<Object, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
		Set<Object> left = new HashSet<>();
		Set<Object> right = new HashSet<>();
		for (int i = 0; i < waiting.size(); i++) {
			Group g = waiting.get(i);
			GroupVertex gv = new GroupVertex(i);
			for (var s : g.scores().entrySet()) {
				if (free.getOrDefault(s.getKey(), 0) < g.children().size()) {
					continue;
				}
				HouseholdVertex hv = new HouseholdVertex(s.getKey());
				if (left.add(gv)) {
					graph.addVertex(gv);
				}
				if (right.add(hv)) {
					graph.addVertex(hv);
				}
				graph.setEdgeWeight(graph.addEdge(gv, hv), (double) g.children().size() * (GROUP_BONUS + tenths(s.getValue())));
			}
		}
		Map<Group, String> placed = new LinkedHashMap<>();
		if (left.isEmpty()) {
			return placed;
		}
		for (DefaultWeightedEdge e : new MaximumWeightBipartiteMatching<>(graph, left, right).getMatching().getEdges()) {
			Object a = graph.getEdgeSource(e);
			Object b = graph.getEdgeTarget(e);
			GroupVertex gv = (GroupVertex) (a instanceof GroupVertex ? a : b);
			HouseholdVertex hv = (HouseholdVertex) (a instanceof HouseholdVertex ? a : b);
			placed.put(waiting.get(gv.index()), hv.id());
		}
		return placed;
	}

	/** Phase 2: each child to one place, every household expanded into its free places. */
	private Map<String, String> placeChildren(Collection<String> children, Map<String, Integer> free) {
		Graph<Object, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
		Set<Object> left = new HashSet<>();
		Set<Object> right = new HashSet<>();
		long base = 1000L * (children.size() + 1);
		for (String child : children) {
			ChildVertex cv = new ChildVertex(child);
			for (var s : scores.get(child).entrySet()) {
				int n = free.getOrDefault(s.getKey(), 0);
				for (int p = 0; p < n; p++) {
					PlaceVertex pv = new PlaceVertex(s.getKey(), p);
					if (left.add(cv)) {
						graph.addVertex(cv);
					}
					if (right.add(pv)) {
						graph.addVertex(pv);
					}
					graph.setEdgeWeight(graph.addEdge(cv, pv), (double) (base + tenths(s.getValue())));
				}
			}
		}
		Map<String, String> placed = new LinkedHashMap<>();
		if (left.isEmpty()) {
			return placed;
		}
		for (DefaultWeightedEdge e : new MaximumWeightBipartiteMatching<>(graph, left, right).getMatching().getEdges()) {
			Object a = graph.getEdgeSource(e);
			Object b = graph.getEdgeTarget(e);
			ChildVertex cv = (ChildVertex) (a instanceof ChildVertex ? a : b);
			PlaceVertex pv = (PlaceVertex) (a instanceof PlaceVertex ? a : b);
			placed.put(cv.id(), pv.household());
		}
		return placed;
	}
}
