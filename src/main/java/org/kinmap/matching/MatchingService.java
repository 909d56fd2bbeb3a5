package org.kinmap.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kinmap.care.PermanencePlan;
import org.kinmap.matching.CarerMatcher.Scored;
import org.kinmap.matching.CarerMatcher.Shortlist;
import org.kinmap.matching.MatchViews.Assignment;
import org.kinmap.matching.MatchViews.AssignmentRequest;
import org.kinmap.matching.MatchViews.CarerMatches;
import org.kinmap.matching.MatchViews.ChildRef;
import org.kinmap.matching.MatchViews.DomainView;
import org.kinmap.matching.MatchViews.Exclusion;
import org.kinmap.matching.MatchViews.GroupMatches;
import org.kinmap.matching.MatchViews.Match;
import org.kinmap.matching.MatchViews.Split;
import org.kinmap.matching.MatchViews.SplitPart;
import org.kinmap.matching.MatchViews.WeightsView;
import org.kinmap.system.BadRequestException;
import org.kinmap.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Shortlists carer households for a child or a sibling group, and assigns waiting children to vacancies. */
@Service
@Transactional(readOnly = true)
class MatchingService {

	static final int MAX_TOP = 100;
	static final int MAX_GROUP = 6;
	static final int MAX_ASSIGNMENT = 5000;

	/** The plans that need a permanent placement with carers approved for them. */
	static final Set<PermanencePlan> PERMANENT = EnumSet.of(PermanencePlan.LONG_TERM_FOSTERING, PermanencePlan.ADOPTION,
			PermanencePlan.CONNECTED_PERSON_SGO, PermanencePlan.CONNECTED_PERSON_CAO);

	static final String WAITING = "Every looked-after child whose permanence plan is long-term fostering, adoption or "
			+ "a connected-person order (special guardianship or child arrangements) and who is not yet placed with a "
			+ "carer household holding a current approval that fits that plan.";

	/** The hard constraints' names, in the matching order. */
	private static final List<String> RULES = CarerMatcher.standard().constraints().stream().map(HardConstraint::rule).toList();

	private final MatchingQueries queries;
	private final CarerHouseholds carerHouseholds;
	private final CarerMatcher matcher = CarerMatcher.standard();

	MatchingService(MatchingQueries queries, CarerHouseholds carerHouseholds) {
		this.queries = queries;
		this.carerHouseholds = carerHouseholds;
	}

	/** @param excluded how many excluded households to list (the current and connected-person carers always); null for all */
	CarerMatches forChild(String childId, int top, Map<String, String> weightParameters, Integer excluded) {
		checkTop(top);
		ChildProfile child = child(childId);
		Placing placing = Placing.of(child, queries.today());
		Weights weights = Weights.defaultsFor(placing).overriddenBy(weightParameters);
		return view(matcher.shortlist(placing, carerHouseholds.all(), weights, top), excluded);
	}

	GroupMatches forGroup(List<String> childIds, int top, Map<String, String> weightParameters, Integer excluded) {
		checkTop(top);
		if (childIds == null || childIds.isEmpty()) {
			throw new BadRequestException("Name the children to match in 'children'");
		}
		if (childIds.stream().anyMatch(id -> id == null || id.isBlank())) {
			throw new BadRequestException("Every entry of 'children' must be a child's id");
		}
		Set<String> distinct = new LinkedHashSet<>(childIds);
		if (distinct.size() != childIds.size()) {
			throw new BadRequestException("A child is named twice in 'children'");
		}
		if (distinct.size() > MAX_GROUP) {
			throw new BadRequestException("A group may have at most " + MAX_GROUP + " children");
		}
		List<ChildProfile> children = children(List.copyOf(distinct));
		Placing placing = new Placing(children, queries.today());
		Weights weights = Weights.defaultsFor(placing).overriddenBy(weightParameters == null ? Map.of() : prefixed(weightParameters));
		List<HouseholdProfile> households = carerHouseholds.all();
		Shortlist together = matcher.shortlist(placing, households, weights, top);
		List<ChildRef> refs = children.stream().map(MatchingService::ref).toList();
		if (!together.ranked().isEmpty() || children.size() == 1) {
			return new GroupMatches(refs, true, together.ranked().isEmpty() ? "No household can take " + placing.names() + "."
					: together.ranked().size() + " households can take " + placing.names() + " together.", view(together, excluded),
					List.of());
		}
		List<Split> splits = splits(placing, households, weights, top);
		String summary = "No household can take " + placing.names() + " together (see the exclusions); "
				+ (splits.isEmpty() ? "no split is possible either." : "the best ways to split them are shown, fewest households first.");
		return new GroupMatches(refs, false, summary, view(together, excluded), splits);
	}

	/**
	 * The authority-wide assignment of the children named in the request, or of every child waiting for a
	 * permanent placement ({@link #WAITING}), to the carer households' vacancies.
	 */
	Assignment assignment(AssignmentRequest request) {
		Map<String, String> weightParameters = request == null || request.weights() == null ? Map.of()
				: prefixed(request.weights());
		Weights.equal("").overriddenBy(weightParameters);
		LocalDate today = queries.today();
		List<HouseholdProfile> households = carerHouseholds.all();
		List<ChildProfile> children;
		String who;
		if (request == null || request.children() == null) {
			Map<String, HouseholdProfile> byId = new HashMap<>();
			households.forEach(h -> byId.put(h.id(), h));
			children = children(queries.childrenWithPlans(PERMANENT)).stream()
				.filter(c -> waiting(c, byId.get(c.currentHouseholdId()), today))
				.toList();
			who = WAITING;
		}
		else {
			List<String> ids = request.children();
			if (ids.isEmpty()) {
				throw new BadRequestException("Name at least one child in 'children', or leave 'children' out to assign "
						+ "every child waiting for a permanent placement");
			}
			if (ids.stream().anyMatch(id -> id == null || id.isBlank())) {
				throw new BadRequestException("Every entry of 'children' must be a child's id");
			}
			if (new HashSet<>(ids).size() != ids.size()) {
				throw new BadRequestException("A child is named twice in 'children'");
			}
			if (ids.size() > MAX_ASSIGNMENT) {
				throw new BadRequestException("An assignment may have at most " + MAX_ASSIGNMENT + " children");
			}
			children = children(ids);
			who = "The " + (ids.size() == 1 ? "child" : ids.size() + " children") + " named in the request.";
		}
		return new AssignmentPlanner(matcher).assign(children, households, today, weightParameters, who);
	}

	/** Waiting: not placed now with a household whose current approvals fit the child's plan. */
	static boolean waiting(ChildProfile child, HouseholdProfile current, LocalDate today) {
		return current == null || PlanApprovals.usable(Placing.of(child, today), current).isEmpty();
	}

	/**
	 * Every partition of the group into two or more parts, each part given its best household not already used by a
	 * larger part; ordered by fewest households, then highest total, then least distance between the households.
	 */
	private List<Split> splits(Placing group, List<HouseholdProfile> households, Weights weights, int top) {
		Map<Set<String>, Shortlist> byPart = new HashMap<>();
		List<Split> splits = new ArrayList<>();
		for (List<List<ChildProfile>> partition : Partitions.of(group.children())) {
			if (partition.size() < 2) {
				continue;
			}
			List<List<ChildProfile>> parts = new ArrayList<>(partition);
			parts.sort(Comparator.comparingInt((List<ChildProfile> p) -> p.size()).reversed());
			Set<String> used = new java.util.HashSet<>();
			List<SplitPart> chosen = new ArrayList<>();
			List<HouseholdProfile> homes = new ArrayList<>();
			double weighted = 0;
			boolean feasible = true;
			for (List<ChildProfile> part : parts) {
				Placing placing = new Placing(part, group.today());
				Shortlist list = byPart.computeIfAbsent(Set.copyOf(placing.ids()),
						k -> matcher.shortlist(placing, households, weights, 1));
				Scored best = list.ranked().stream().filter(s -> !used.contains(s.household().id())).findFirst().orElse(null);
				if (best == null) {
					feasible = false;
					break;
				}
				used.add(best.household().id());
				homes.add(best.household());
				weighted += best.total() * part.size();
				chosen.add(new SplitPart(part.stream().map(MatchingService::ref).toList(), match(list, best)));
			}
			if (feasible) {
				splits.add(new Split(parts.size(), Math.round(10 * weighted / group.size()) / 10.0, spread(homes), chosen));
			}
		}
		splits.sort(Comparator.comparingInt(Split::households)
			.thenComparing(Comparator.comparingDouble(Split::total).reversed())
			.thenComparing(s -> s.spreadKm() == null ? Double.MAX_VALUE : s.spreadKm()));
		return List.copyOf(splits.subList(0, Math.min(top, splits.size())));
	}

	private static Double spread(List<HouseholdProfile> homes) {
		double km = 0;
		for (int i = 0; i < homes.size(); i++) {
			for (int j = i + 1; j < homes.size(); j++) {
				if (homes.get(i).location() == null || homes.get(j).location() == null) {
					return null;
				}
				km += homes.get(i).location().km(homes.get(j).location());
			}
		}
		return Math.round(km * 10) / 10.0;
	}

	private ChildProfile child(String id) {
		return queries.child(id).orElseThrow(() -> unknown(id));
	}

	/** The children with these ids, in this order, read together; the first id of no looked-after child is an error. */
	private List<ChildProfile> children(List<String> ids) {
		Map<String, ChildProfile> found = queries.children(ids);
		List<ChildProfile> children = new ArrayList<>(ids.size());
		for (String id : ids) {
			ChildProfile child = found.get(id);
			if (child == null) {
				throw unknown(id);
			}
			children.add(child);
		}
		return children;
	}

	private static NotFoundException unknown(String id) {
		return new NotFoundException("No looked-after child has the id '" + id + "'");
	}

	private static Map<String, String> prefixed(Map<String, String> weights) {
		Map<String, String> m = new HashMap<>();
		weights.forEach((k, v) -> m.put(Weights.PREFIX + k, v));
		return m;
	}

	private static void checkTop(int top) {
		if (top < 1 || top > MAX_TOP) {
			throw new BadRequestException("Parameter 'top' must be from 1 to " + MAX_TOP + ", not " + top);
		}
	}

	static ChildRef ref(ChildProfile c) {
		return new ChildRef(c.id(), c.name(), c.age(), c.plan() == null ? null : c.plan().code());
	}

	/** The shortlist with every excluded household listed. */
	static CarerMatches view(Shortlist list) {
		return view(list, null);
	}

	/**
	 * The shortlist as the API gives it.
	 *
	 * @param limit how many excluded households to list, by household id, with the child's current and
	 *              connected-person carers listed whatever the limit; null for every one
	 */
	static CarerMatches view(Shortlist list, Integer limit) {
		Placing placing = list.placing();
		List<Match> matches = list.matches().stream().map(s -> match(list, s)).toList();
		Map<String, Integer> byRule = new LinkedHashMap<>();
		List<Exclusion> excluded = new ArrayList<>();
		Set<String> currentCarers = new HashSet<>();
		Set<String> connectedCarers = new HashSet<>();
		for (ChildProfile c : placing.children()) {
			if (c.currentHouseholdId() != null) {
				currentCarers.add(c.currentHouseholdId());
			}
			c.connectedPersons().forEach(r -> connectedCarers.addAll(r.householdIds()));
		}
		for (CarerMatcher.Excluded x : list.excluded()) {
			x.rules().forEach(rule -> byRule.merge(rule, 1, Integer::sum));
			boolean current = currentCarers.contains(x.household().id());
			boolean connected = connectedCarers.contains(x.household().id());
			if (limit == null || excluded.size() < limit || current || connected) {
				excluded.add(new Exclusion(x.household().id(), x.household().name(), x.household().postcode(), current, connected,
						x.failed().stream().map(Verdict::reason).toList()));
			}
		}
		return new CarerMatches(placing.children().stream().map(MatchingService::ref).toList(),
				new WeightsView(list.weights().byCode(), list.weights().basis()), list.ranked().size() + list.excluded().size(),
				list.ranked().size(), list.excluded().size(), inRuleOrder(byRule), matches, List.copyOf(excluded));
	}

	/** The counts in the order the matcher applies the rules. */
	private static Map<String, Integer> inRuleOrder(Map<String, Integer> byRule) {
		Map<String, Integer> ordered = new LinkedHashMap<>();
		for (String rule : RULES) {
			Integer n = byRule.remove(rule);
			if (n != null) {
				ordered.put(rule, n);
			}
		}
		ordered.putAll(byRule);
		return ordered;
	}

	static Match match(Shortlist list, Scored s) {
		Placing placing = list.placing();
		int rank = list.rankOf(s);
		List<DomainView> domains = s.domains().stream()
			.map(d -> new DomainView(d.domain().code(), d.domain().label(), d.score(), list.weights().of(d.domain()),
					d.confidence(), d.reasons()))
			.toList();
		return new Match(rank, s.household().id(), s.household().name(), s.household().postcode(), s.total(), s.confidence(),
				s.distanceKm(), s.household().capacityFor(placing.ids(), placing.today()).vacancies(),
				s.keepsSiblingsTogether(), current(placing, s.household()), connected(placing, s.household()),
				list.matches().contains(s) && list.matches().indexOf(s) + 1 != rank, domains, s.checks().stream().map(Verdict::reason).toList());
	}

	private static boolean current(Placing placing, HouseholdProfile h) {
		return placing.children().stream().anyMatch(c -> h.id().equals(c.currentHouseholdId()));
	}

	private static boolean connected(Placing placing, HouseholdProfile h) {
		return placing.children().stream().anyMatch(c -> c.connectedPersonIn(h.id()));
	}
}
