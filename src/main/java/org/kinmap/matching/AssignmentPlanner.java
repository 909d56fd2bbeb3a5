package org.kinmap.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.kinmap.matching.CarerMatcher.Scored;
import org.kinmap.matching.MatchViews.AssignedHousehold;
import org.kinmap.matching.MatchViews.Assignment;
import org.kinmap.matching.MatchViews.DomainView;
import org.kinmap.matching.MatchViews.GroupOutcome;
import org.kinmap.matching.MatchViews.Proposal;
import org.kinmap.matching.MatchViews.Unplaced;

/**
 * The authority-wide assignment: every child against every household's free places. A household is feasible for
 * a child when it passes every hard constraint but {@link EnoughVacancies} (room is handled by the places
 * themselves) and has a free place; its places are its vacancies counting the children being assigned as leaving
 * theirs. Siblings among the children (as the child's profile finds them) with the same permanence plan form a
 * group to keep together where a household can take them all ({@link VacancyAssignment}); the answer gives each
 * child's proposal with score, reasons and runner-up, each group's outcome, and each child left without a
 * proposal with the exclusions summarised. No Spring, no database.
 */
final class AssignmentPlanner {

	static final String ADVICE = "Advisory: a view of sufficiency for managers, not a decision. Each proposal still "
			+ "needs a home finder's matching work, the child's views, the carers' views and, for siblings, the "
			+ "together-or-apart assessment.";

	static final String METHOD = "Sibling groups that a household can take together are placed first, as units "
			+ "needing all their places in one household (maximum-weight bipartite matching of groups to households); "
			+ "then every other child is matched to one free place (each household expanded into one place per "
			+ "vacancy) so that as many children as possible are placed and, among those ways, the total score is "
			+ "the highest. Households that fail a hard constraint are never proposed.";

	private final CarerMatcher matcher;

	AssignmentPlanner(CarerMatcher matcher) {
		this.matcher = Objects.requireNonNull(matcher, "matcher");
	}

	/** A child's feasible households, best first, and the exclusions of the others. */
	private record ChildOptions(ChildProfile child, Weights weights, List<Scored> feasible, Map<String, Integer> byRule,
			Map<String, String> example) {
	}

	/**
	 * @param who          the sentence saying which children these are
	 * @param weightParams the request's weights, as {@code weight.<domain>} parameters
	 */
	Assignment assign(List<ChildProfile> children, List<HouseholdProfile> households, LocalDate today,
			Map<String, String> weightParams, String who) {
		List<String> ids = children.stream().map(ChildProfile::id).toList();
		Map<String, Integer> places = new LinkedHashMap<>();
		for (HouseholdProfile h : households) {
			int n = h.capacityFor(ids, today).vacancies();
			if (n > 0) {
				places.put(h.id(), n);
			}
		}
		Map<String, HouseholdProfile> byId = households.stream()
			.collect(Collectors.toMap(HouseholdProfile::id, h -> h, (a, b) -> a, LinkedHashMap::new));

		Map<String, ChildOptions> options = new LinkedHashMap<>();
		for (ChildProfile child : children) {
			options.put(child.id(), options(Placing.of(child, today), households, places, weightParams));
		}

		List<List<ChildProfile>> groups = siblingGroups(children);
		List<VacancyAssignment.Group> units = new ArrayList<>();
		Map<List<String>, Map<String, Scored>> groupScored = new HashMap<>();
		for (List<ChildProfile> group : groups) {
			if (group.size() > MatchingService.MAX_GROUP) {
				continue;
			}
			Placing placing = new Placing(group, today);
			ChildOptions together = options(placing, households, places, weightParams);
			Map<String, Double> scores = new LinkedHashMap<>();
			Map<String, Scored> scored = new LinkedHashMap<>();
			for (Scored s : together.feasible()) {
				if (places.getOrDefault(s.household().id(), 0) >= group.size()) {
					scores.put(s.household().id(), s.total());
					scored.put(s.household().id(), s);
				}
			}
			List<String> groupIds = placing.ids();
			groupScored.put(groupIds, scored);
			units.add(new VacancyAssignment.Group(groupIds, scores));
		}

		Map<String, Map<String, Double>> scores = new LinkedHashMap<>();
		options.forEach((id, o) -> {
			Map<String, Double> row = new LinkedHashMap<>();
			o.feasible().forEach(s -> row.put(s.household().id(), s.total()));
			scores.put(id, row);
		});
		VacancyAssignment.Result result = new VacancyAssignment(places, scores, units).compute();

		Map<String, Integer> left = new HashMap<>(places);
		result.householdOf().values().forEach(h -> left.merge(h, -1, Integer::sum));

		Map<String, ChildProfile> childById = children.stream().collect(Collectors.toMap(ChildProfile::id, c -> c));
		List<Proposal> proposals = new ArrayList<>();
		List<Unplaced> unplaced = new ArrayList<>();
		for (ChildOptions o : options.values()) {
			ChildProfile child = o.child();
			String at = result.householdOf().get(child.id());
			if (at != null) {
				Scored own = o.feasible().stream().filter(s -> s.household().id().equals(at)).findFirst().orElseThrow();
				Scored runnerUp = o.feasible().stream().filter(s -> !s.household().id().equals(at)).findFirst().orElse(null);
				List<String> alongside = result.together().keySet().stream().filter(g -> g.contains(child.id()))
					.flatMap(List::stream).filter(id -> !id.equals(child.id())).map(id -> childById.get(id).name()).toList();
				proposals.add(new Proposal(MatchingService.ref(child), view(own, left), !alongside.isEmpty(), alongside,
						domains(own, o.weights()), runnerUp == null ? null : view(runnerUp, left), o.weights().basis()));
			}
			else {
				unplaced.add(unplaced(o, left));
			}
		}

		List<GroupOutcome> outcomes = new ArrayList<>();
		for (List<ChildProfile> group : groups) {
			List<String> groupIds = group.stream().map(ChildProfile::id).toList();
			String names = new Placing(group, today).names();
			String home = result.together().get(groupIds);
			Map<String, Scored> scored = groupScored.getOrDefault(groupIds, Map.of());
			String reason;
			if (home != null) {
				reason = names + " are proposed together at " + byId.get(home).name() + " (" + home + ").";
			}
			else if (group.size() > MatchingService.MAX_GROUP) {
				reason = names + " are more than " + MatchingService.MAX_GROUP + " children; they were considered one by one.";
			}
			else if (scored.isEmpty()) {
				reason = "No household with " + group.size() + " free places passes the hard constraints for " + names
						+ " together; they were considered one by one.";
			}
			else {
				reason = scored.size() + (scored.size() == 1 ? " household" : " households") + " could take " + names
						+ " together, but their places were needed to keep other sibling groups together; they were "
						+ "considered one by one.";
			}
			outcomes.add(new GroupOutcome(group.stream().map(MatchingService::ref).toList(), home != null, home,
					home == null ? null : scored.get(home).total(), reason));
		}

		List<String> changed = weightParams.entrySet().stream().filter(e -> e.getKey().startsWith(Weights.PREFIX))
			.map(e -> e.getKey().substring(Weights.PREFIX.length()) + " " + e.getValue()).sorted().toList();
		int vacancies = places.values().stream().mapToInt(Integer::intValue).sum();
		return new Assignment(who, METHOD, ADVICE, children.size(), proposals.size(), vacancies,
				left.values().stream().mapToInt(Integer::intValue).sum(), result.total(), changed, proposals, outcomes, unplaced);
	}

	private ChildOptions options(Placing placing, List<HouseholdProfile> households, Map<String, Integer> places,
			Map<String, String> weightParams) {
		Weights weights = Weights.defaultsFor(placing).overriddenBy(weightParams);
		List<Scored> feasible = new ArrayList<>();
		Map<String, Integer> byRule = new LinkedHashMap<>();
		Map<String, String> example = new LinkedHashMap<>();
		for (HouseholdProfile h : households) {
			List<Verdict> checks = matcher.check(placing, h);
			List<Verdict> failed = new ArrayList<>(checks.stream()
				.filter(v -> !v.allowed() && !v.rule().equals(EnoughVacancies.RULE)).toList());
			if (places.getOrDefault(h.id(), 0) < 1) {
				failed.add(Verdict.excluded(EnoughVacancies.RULE, h.capacityFor(placing.ids(), placing.today()).reason()));
			}
			if (failed.isEmpty()) {
				feasible.add(matcher.score(placing, h, weights, checks));
			}
			else {
				for (Verdict v : failed) {
					byRule.merge(v.rule(), 1, Integer::sum);
					example.putIfAbsent(v.rule(), h.id() + ": " + v.reason());
				}
			}
		}
		feasible.sort(CarerMatcher.BEST_FIRST);
		return new ChildOptions(placing.children().get(0), weights, feasible, byRule, example);
	}

	/** Connected sets of siblings among the children, split by permanence plan; only sets of two or more. */
	static List<List<ChildProfile>> siblingGroups(List<ChildProfile> children) {
		Graph<String, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
		Map<String, ChildProfile> byId = new LinkedHashMap<>();
		children.forEach(c -> {
			byId.put(c.id(), c);
			graph.addVertex(c.id());
		});
		for (ChildProfile c : children) {
			for (ChildProfile.Relation s : c.siblings()) {
				if (byId.containsKey(s.personId()) && !s.personId().equals(c.id())
						&& Objects.equals(c.plan(), byId.get(s.personId()).plan())) {
					graph.addEdge(c.id(), s.personId());
				}
			}
		}
		List<List<ChildProfile>> groups = new ArrayList<>();
		for (Set<String> component : new ConnectivityInspector<>(graph).connectedSets()) {
			if (component.size() > 1) {
				groups.add(children.stream().filter(c -> component.contains(c.id())).toList());
			}
		}
		groups.sort(Comparator.comparing(g -> g.get(0).id()));
		return groups;
	}

	private static AssignedHousehold view(Scored s, Map<String, Integer> left) {
		HouseholdProfile h = s.household();
		return new AssignedHousehold(h.id(), h.name(), h.postcode(), s.total(), s.confidence(), s.distanceKm(),
				left.getOrDefault(h.id(), 0));
	}

	private static List<DomainView> domains(Scored s, Weights weights) {
		return s.domains().stream()
			.map(d -> new DomainView(d.domain().code(), d.domain().label(), d.score(), weights.of(d.domain()), d.confidence(),
					d.reasons()))
			.toList();
	}

	private static Unplaced unplaced(ChildOptions o, Map<String, Integer> left) {
		String name = o.child().givenName();
		String reason;
		if (o.feasible().isEmpty()) {
			reason = "No household passes the hard constraints for " + name + " and has a place: "
					+ o.byRule().entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
						.map(e -> e.getValue() + (e.getValue() == 1 ? " household fails '" : " households fail '") + e.getKey() + "'")
						.collect(Collectors.joining("; "))
					+ ".";
		}
		else {
			reason = o.feasible().size() + (o.feasible().size() == 1 ? " household" : " households") + " could take " + name
					+ ", but every one of their places is proposed for another child (the assignment places as many "
					+ "children as it can, then looks for the highest total score).";
		}
		return new Unplaced(MatchingService.ref(o.child()), o.feasible().size(), reason, o.byRule(),
				List.copyOf(o.example().values()), o.feasible().isEmpty() ? null : view(o.feasible().get(0), left));
	}
}
