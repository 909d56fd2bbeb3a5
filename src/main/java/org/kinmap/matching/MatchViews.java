package org.kinmap.matching;

import java.util.List;
import java.util.Map;

/** What the matching API answers: households ranked with per-domain scores and reasons, and those excluded. */
public final class MatchViews {

	private MatchViews() {
	}

	public record ChildRef(String id, String name, Integer age, String permanencePlan) {
	}

	/** The weights used, by domain code, and where they came from. */
	public record WeightsView(Map<String, Double> weights, String basis) {
	}

	public record DomainView(String domain, String label, int score, double weight, double confidence, List<String> reasons) {
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
	public record Match(int rank, String householdId, String name, String postcode, double total, double confidence,
			Double distanceKm, int vacancies, boolean keepsSiblingsTogether, boolean currentCarer, boolean connectedPersonCarer,
			boolean shownBeyondTop,
			List<DomainView> domains, List<String> checks) {
	}

	public record Exclusion(String householdId, String name, String postcode, boolean currentCarer,
			boolean connectedPersonCarer, List<String> reasons) {
	}

	/** {@code GET /api/children/{id}/carer-matches}, and the together part of {@code POST /api/matches}. */
	public record CarerMatches(List<ChildRef> children, WeightsView weights, int householdsEvaluated, int householdsEligible,
			List<Match> matches, List<Exclusion> excluded) {
	}

	/** {@code POST /api/matches}: a sibling group's options, together first. */
	public record GroupMatches(List<ChildRef> children, boolean together, String summary, CarerMatches togetherMatches,
			List<Split> splits) {
	}

	/**
	 * One way to split a group across households, clearly a split.
	 *
	 * @param households how many households the group would live in
	 * @param total      the parts' totals, weighted by the number of children in each
	 * @param spreadKm   the distance between the households (sum over each pair)
	 */
	public record Split(int households, double total, Double spreadKm, List<SplitPart> parts) {
	}

	public record SplitPart(List<ChildRef> children, Match household) {
	}

	/** The body of {@code POST /api/matches}. */
	public record GroupRequest(List<String> children, Integer top, Map<String, String> weights) {
	}
}
