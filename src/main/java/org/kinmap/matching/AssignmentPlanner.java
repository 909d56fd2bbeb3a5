package org.kinmap.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.kinmap.carers.ApprovalKind;
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

	/**
	 * How many of each child's (and each sibling group's) feasible households, best first, the assignment considers.
	 * With at least as many as there are households the assignment is exact; with fewer it is approximate: a child
	 * whose best {@code K} households all go to others is not offered their next best. On seeded random instances
	 * small enough to compare (MatchingBenchmark), K = 10, 20 and 30 lost no child and no score; K = 5 lost under 0.1% of the total.
	 */
	static final int TOP_K = 30;

	static final String ADVICE = "Advisory: a view of sufficiency for managers, not a decision. Each proposal still "
			+ "needs a home finder's matching work, the child's views, the carers' views and, for siblings, the "
			+ "together-or-apart assessment.";

	static final String METHOD = "Sibling groups that a household can take together are placed first, as units "
			+ "needing all their places in one household (maximum-weight bipartite matching of groups to households); "
			+ "then every other child is matched to one free place (a minimum-cost flow with each household's "
			+ "vacancies as its capacity) so that as many children as possible are placed and, among those ways, the "
			+ "total score is the highest. Each child's (and group's) best " + TOP_K + " households are considered, "
			+ "which can make the result slightly short of the best possible. Households that fail a hard constraint "
			+ "are never proposed.";

	private final CarerMatcher matcher;
	private final int topK;

	AssignmentPlanner(CarerMatcher matcher) {
		this(matcher, TOP_K);
	}

	/** @param topK how many feasible households per child or group to consider (at least 1) */
	AssignmentPlanner(CarerMatcher matcher, int topK) {
		this.matcher = Objects.requireNonNull(matcher, "matcher");
		if (topK < 1) {
			throw new IllegalArgumentException("Consider at least one household per child, not " + topK);
		}
		this.topK = topK;
	}

	/**
	 * A child's (or group's) best feasible households, best first (at most {@code topK}), and how many were feasible.
	 *
	 * @param needed the free places a household needs to be feasible: 1 for a child, the group's size for a group
	 */
	private record ChildOptions(Placing placing, int needed, Weights weights, List<Scored> feasible, int feasibleCount) {

		ChildProfile child() {
			return placing.children().get(0);
		}
	}

	/**
	 * Why the households that are not feasible for a child are not: for each hard constraint, how many households it
	 * excludes (one household may fail several), and one example sentence for each.
	 */
	private record Exclusions(Map<String, Integer> byRule, Map<String, String> example) {
	}

	/**
	 * @param who          the sentence saying which children these are
	 * @param weightParams the request's weights, as {@code weight.<domain>} parameters
	 */
	Assignment assign(List<ChildProfile> children, List<HouseholdProfile> households, LocalDate today,
			Map<String, String> weightParams, String who) {
		List<String> ids = children.stream().map(ChildProfile::id).toList();
		Map<String, Integer> places = new LinkedHashMap<>();
		int[] free = new int[households.size()];
		for (int i = 0; i < households.size(); i++) {
			HouseholdProfile h = households.get(i);
			int n = h.capacityFor(ids, today).vacancies();
			if (n > 0) {
				places.put(h.id(), n);
			}
			free[i] = n;
		}
		Map<String, HouseholdProfile> byId = households.stream()
			.collect(Collectors.toMap(HouseholdProfile::id, h -> h, (a, b) -> a, LinkedHashMap::new));

		// Every (child, household) pair is checked and scored once; the children are independent, so in parallel.
		Candidates candidates = new Candidates(households, free);
		Map<String, ChildOptions> options = new LinkedHashMap<>();
		children.parallelStream().map(child -> options(Placing.of(child, today), candidates, weightParams, 1))
			.toList().forEach(o -> options.put(o.child().id(), o));

		List<List<ChildProfile>> groups = siblingGroups(children);
		List<VacancyAssignment.Group> units = new ArrayList<>();
		Map<List<String>, Map<String, Scored>> groupScored = new HashMap<>();
		// Each group's options together, in parallel as the children's.
		List<ChildOptions> groupOptions = groups.stream().filter(g -> g.size() <= MatchingService.MAX_GROUP).toList()
			.parallelStream().map(group -> options(new Placing(group, today), candidates, weightParams, group.size())).toList();
		for (ChildOptions together : groupOptions) {
			Placing placing = together.placing();
			List<ChildProfile> group = placing.children();
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
		// Why a child has no proposal takes every household's every rule: worked out only for those children, in parallel.
		Map<String, Exclusions> exclusions = new HashMap<>();
		options.values().stream().filter(o -> !result.householdOf().containsKey(o.child().id())).toList().parallelStream()
			.map(o -> Map.entry(o.child().id(), exclusions(o, households, free))).toList()
			.forEach(e -> exclusions.put(e.getKey(), e.getValue()));
		for (ChildOptions o : options.values()) {
			ChildProfile child = o.child();
			String at = result.householdOf().get(child.id());
			if (at != null) {
				// A child placed with their siblings may be in a household beyond their own best K: score it for them.
				Scored own = o.feasible().stream().filter(s -> s.household().id().equals(at)).findFirst()
					.orElseGet(() -> {
						Placing alone = Placing.of(child, today);
						return matcher.score(alone, byId.get(at), o.weights(), matcher.check(alone, byId.get(at)));
					});
				Scored runnerUp = o.feasible().stream().filter(s -> !s.household().id().equals(at)).findFirst().orElse(null);
				List<String> alongside = result.together().keySet().stream().filter(g -> g.contains(child.id()))
					.flatMap(List::stream).filter(id -> !id.equals(child.id())).map(id -> childById.get(id).name()).toList();
				proposals.add(new Proposal(MatchingService.ref(child), view(own, left), !alongside.isEmpty(), alongside,
						domains(own, o.weights()), runnerUp == null ? null : view(runnerUp, left), o.weights().basis()));
			}
			else {
				unplaced.add(unplaced(o, exclusions.get(child.id()), left));
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

	/**
	 * The households worth checking for a placing, cheapest tests first: those with a free place and, when the matcher
	 * has {@link ApprovalFitsPlan}, an approval in force of a kind the placing needs (any other household fails that
	 * rule); when the matcher also has {@link AgeWithinApproval}, such an approval that takes the children's ages (an
	 * age range takes every age from the youngest to the oldest if it takes those two). Worked out once for each set of
	 * approval kinds (a plan's) and ages, not once per child; the rules are still asked of each household found.
	 */
	private final class Candidates {

		/** @param youngest the youngest recorded age, null if no age is recorded (as {@code oldest}) */
		private record Key(Set<ApprovalKind> kinds, Integer youngest, Integer oldest) {
		}

		final List<HouseholdProfile> households;
		final int[] free;
		private final boolean byApproval = matcher.constraints().stream().anyMatch(ApprovalFitsPlan.class::isInstance);
		private final boolean byAge = byApproval
				&& matcher.constraints().stream().anyMatch(AgeWithinApproval.class::isInstance);
		private final Map<Key, int[]> known = new ConcurrentHashMap<>();

		Candidates(List<HouseholdProfile> households, int[] free) {
			this.households = households;
			this.free = free;
		}

		/** Indexes into {@code households}, in their order. */
		int[] of(Placing placing) {
			if (!byApproval) {
				return IntStream.range(0, households.size()).filter(i -> free[i] > 0).toArray();
			}
			Integer youngest = null;
			Integer oldest = null;
			if (byAge) {
				for (ChildProfile c : placing.children()) {
					if (c.age() != null) {
						youngest = youngest == null ? c.age() : Math.min(youngest, c.age());
						oldest = oldest == null ? c.age() : Math.max(oldest, c.age());
					}
				}
			}
			return known.computeIfAbsent(new Key(PlanApprovals.fitting(placing), youngest, oldest), key -> IntStream
				.range(0, households.size())
				.filter(i -> free[i] > 0 && fits(placing, households.get(i), key.youngest(), key.oldest()))
				.toArray());
		}

		/** An approval in force that fits the placing and takes these ages (any, when they are null). */
		private static boolean fits(Placing placing, HouseholdProfile household, Integer youngest, Integer oldest) {
			for (HouseholdProfile.ApprovalFacts a : PlanApprovals.usable(placing, household)) {
				if (youngest == null || (a.takesAge(youngest) && a.takesAge(oldest))) {
					return true;
				}
			}
			return false;
		}
	}

	/**
	 * Checks and scores every household for the child or group: a household without enough free places is passed over
	 * first (the cheapest test), then one that fails a hard constraint (each rule's test alone, without its
	 * sentence); only the rest are scored, and only their numbers are worked out.
	 *
	 * @param needed the free places a household needs to be feasible: 1 for a child, the group's size for a group
	 */
	private ChildOptions options(Placing placing, Candidates candidates, Map<String, String> weightParams, int needed) {
		Weights weights = Weights.defaultsFor(placing).overriddenBy(weightParams);
		List<HardConstraint> rules = rules();
		CarerMatcher.Evaluation evaluation = matcher.evaluation(placing, weights);
		List<HouseholdProfile> households = candidates.households;
		int[] free = candidates.free;
		// The best topK so far, the worst of them at the head.
		PriorityQueue<Scored> best = new PriorityQueue<>(Math.min(topK, 64) + 1, CarerMatcher.BEST_FIRST.reversed());
		int count = 0;
		for (int i : candidates.of(placing)) {
			HouseholdProfile h = households.get(i);
			if (free[i] >= needed && allows(rules, placing, h)) {
				Scored s = evaluation.score(h, null);
				count++;
				if (best.size() < topK) {
					best.add(s);
				}
				else if (CarerMatcher.BEST_FIRST.compare(s, best.peek()) < 0) {
					best.poll();
					best.add(s);
				}
			}
		}
		List<Scored> feasible = new ArrayList<>(best);
		feasible.sort(CarerMatcher.BEST_FIRST);
		return new ChildOptions(placing, needed, weights, List.copyOf(feasible), count);
	}

	/** The hard constraints but {@link EnoughVacancies}: room is the free places' business here. */
	private List<HardConstraint> rules() {
		return matcher.constraints().stream().filter(c -> !c.rule().equals(EnoughVacancies.RULE)).toList();
	}

	private static boolean allows(List<HardConstraint> rules, Placing placing, HouseholdProfile household) {
		for (HardConstraint rule : rules) {
			if (!rule.allows(placing, household)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * For a child left without a proposal: every household that is not feasible, with every rule it fails (the
	 * constraints in the matching order, then the free places), counted by rule, with the first household's sentence
	 * for each rule.
	 */
	private Exclusions exclusions(ChildOptions o, List<HouseholdProfile> households, int[] free) {
		Placing placing = o.placing();
		List<HardConstraint> rules = rules();
		Map<String, Integer> byRule = new LinkedHashMap<>();
		Map<String, String> example = new LinkedHashMap<>();
		for (int i = 0; i < households.size(); i++) {
			HouseholdProfile h = households.get(i);
			for (HardConstraint rule : rules) {
				if (!rule.allows(placing, h)) {
					byRule.merge(rule.rule(), 1, Integer::sum);
					if (!example.containsKey(rule.rule())) {
						example.put(rule.rule(), h.id() + ": " + rule.check(placing, h).reason());
					}
				}
			}
			if (free[i] < o.needed()) {
				byRule.merge(EnoughVacancies.RULE, 1, Integer::sum);
				if (!example.containsKey(EnoughVacancies.RULE)) {
					example.put(EnoughVacancies.RULE, h.id() + ": " + h.capacityFor(placing.ids(), placing.today()).reason());
				}
			}
		}
		return new Exclusions(byRule, example);
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

	private static Unplaced unplaced(ChildOptions o, Exclusions x, Map<String, Integer> left) {
		String name = o.child().givenName();
		String reason;
		if (o.feasibleCount() == 0) {
			reason = "No household passes the hard constraints for " + name + " and has a place: "
					+ x.byRule().entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
						.map(e -> e.getValue() + (e.getValue() == 1 ? " household fails '" : " households fail '") + e.getKey() + "'")
						.collect(Collectors.joining("; "))
					+ ".";
		}
		else {
			reason = o.feasibleCount() + (o.feasibleCount() == 1 ? " household" : " households") + " could take " + name
					+ ", but every one of " + (o.feasibleCount() > o.feasible().size() ? "the best " + o.feasible().size()
							+ "'s" : "their") + " places is proposed for another child (the assignment places as many "
					+ "children as it can, then looks for the highest total score).";
		}
		return new Unplaced(MatchingService.ref(o.child()), o.feasibleCount(), reason, x.byRule(),
				List.copyOf(x.example().values()), o.feasible().isEmpty() ? null : view(o.feasible().get(0), left));
	}
}
