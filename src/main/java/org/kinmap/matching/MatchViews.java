package org.kinmap.matching;

import java.util.List;
import java.util.Map;

/** What the matching API answers: households ranked with per-domain scores and reasons, and those excluded. */
final class MatchViews {

	private MatchViews() {
	}

	record ChildRef(String id, String name, Integer age, String permanencePlan) {
	}

	/** The weights used, by domain code, and where they came from. */
	record WeightsView(Map<String, Double> weights, String basis) {
	}

	record DomainView(String domain, String label, int score, double weight, double confidence, List<String> reasons) {
	}

	/**
	 * A household on the shortlist.
	 *
	 * @param rank            place among every household that passed the constraints
	 * @param total           weighted mean of the domain scores, 0 to 100
	 * @param confidence      0 to 1: how much of the evidence is recorded
	 * @param keepsSiblingsTogether a sibling of the child lives here: ranked ahead of households without one
	 * @param shownBeyondTop  the child's current or connected-person carer, shown although ranked below the top N
	 * @param checks          the hard constraints it passed, in words
	 */
	record Match(int rank, String householdId, String name, String postcode, double total, double confidence,
			Double distanceKm, int vacancies, boolean keepsSiblingsTogether, boolean currentCarer, boolean connectedPersonCarer,
			boolean shownBeyondTop,
			List<DomainView> domains, List<String> checks) {
	}

	record Exclusion(String householdId, String name, String postcode, boolean currentCarer,
			boolean connectedPersonCarer, List<String> reasons) {
	}

	/**
	 * {@code GET /api/children/{id}/carer-matches}, and the together part of {@code POST /api/matches}.
	 *
	 * @param householdsExcluded every household a hard constraint excluded
	 * @param exclusionsByRule   for each hard constraint that excluded a household, how many it excluded (one household
	 *                           may fail several), in the matching order of the rules
	 * @param excluded           the excluded households with every reason: all of them, or as many as the request
	 *                           asked for (by household id), and always the child's current and connected-person carers
	 */
	record CarerMatches(List<ChildRef> children, WeightsView weights, int householdsEvaluated, int householdsEligible,
			int householdsExcluded, Map<String, Integer> exclusionsByRule, List<Match> matches, List<Exclusion> excluded) {
	}

	/** {@code POST /api/matches}: a sibling group's options, together first. */
	record GroupMatches(List<ChildRef> children, boolean together, String summary, CarerMatches togetherMatches,
			List<Split> splits) {
	}

	/**
	 * One way to split a group across households, clearly a split.
	 *
	 * @param households how many households the group would live in
	 * @param total      the parts' totals, weighted by the number of children in each
	 * @param spreadKm   the distance between the households (sum over each pair)
	 */
	record Split(int households, double total, Double spreadKm, List<SplitPart> parts) {
	}

	record SplitPart(List<ChildRef> children, Match household) {
	}

	/**
	 * The body of {@code POST /api/matches}.
	 *
	 * @param excluded how many excluded households to list: a whole number, or "all" (as the shortlist's parameter)
	 */
	record GroupRequest(List<String> children, Integer top, Map<String, String> weights, String excluded) {
	}

	/**
	 * The body of {@code POST /api/matches/assignment}, which may be empty.
	 *
	 * @param children the children to assign; left out, every child waiting for a permanent placement
	 * @param weights  domain weights changed for every child, as in {@code POST /api/matches}
	 */
	record AssignmentRequest(List<String> children, Map<String, String> weights) {
	}

	/**
	 * {@code POST /api/matches/assignment}: an advisory view of how the authority's vacancies could be shared.
	 *
	 * @param who               which children were considered, in words
	 * @param method            how the assignment was made, in words
	 * @param advice            that it is advisory and what must still happen
	 * @param vacancies         free places in the households that could take one of these children
	 * @param totalScore        the sum of the placed children's scores
	 * @param proposals         each child placed: the household proposed, with score and reasons, and the runner-up
	 * @param siblingGroups     each sibling group among the children: kept together or not, and why
	 * @param unplaced          each child with no proposal, and why
	 */
	record Assignment(String who, String method, String advice, int childrenConsidered, int childrenPlaced,
			int vacancies, int vacanciesLeft, double totalScore, List<String> weightsChanged, List<Proposal> proposals,
			List<GroupOutcome> siblingGroups, List<Unplaced> unplaced) {
	}

	/**
	 * A household as the assignment shows it.
	 *
	 * @param score        the child's own total there, 0 to 100
	 * @param placesLeft   places still free there once the assignment is made
	 */
	record AssignedHousehold(String householdId, String name, String postcode, double score, double confidence,
			Double distanceKm, int placesLeft) {
	}

	/**
	 * One child's proposed household.
	 *
	 * @param withSiblings   placed there together with the siblings named in {@code siblingsAlongside}
	 * @param runnerUp       the child's best other household (it may have been proposed for another child), or null
	 * @param weightsBasis   where the child's weights came from
	 */
	record Proposal(ChildRef child, AssignedHousehold household, boolean withSiblings, List<String> siblingsAlongside,
			List<DomainView> domains, AssignedHousehold runnerUp, String weightsBasis) {
	}

	/**
	 * A sibling group among the children considered (siblings with the same permanence plan).
	 *
	 * @param groupScore the group's total at the household, when together
	 */
	record GroupOutcome(List<ChildRef> children, boolean together, String householdId, Double groupScore,
			String reason) {
	}

	/**
	 * A child with no proposal.
	 *
	 * @param feasibleHouseholds  households that passed every hard constraint and had a place
	 * @param exclusionsByRule    for each hard constraint, how many households it excluded (one household may fail several)
	 * @param examples            one sentence for each rule that excluded a household
	 * @param bestFeasible        the child's best feasible household, if any (its places went to other children)
	 */
	record Unplaced(ChildRef child, int feasibleHouseholds, String reason, Map<String, Integer> exclusionsByRule,
			List<String> examples, AssignedHousehold bestFeasible) {
	}
}
