package org.kinmap.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.kinmap.matching.CarerMatcher.Scored;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The matching module's answer, for other modules, to "which carer households could take these children together,
 * and how well?": the same hard constraints and nine-domain scores as the shortlists, so that there is one set of
 * carer-eligibility rules. The siblings module ranks its reunification options with it.
 */
@Service
@Transactional(readOnly = true)
public class GroupEligibility {

	private final MatchingQueries queries;
	private final CarerHouseholds carerHouseholds;
	private final CarerMatcher matcher = CarerMatcher.standard();

	GroupEligibility(MatchingQueries queries, CarerHouseholds carerHouseholds) {
		this.queries = queries;
		this.carerHouseholds = carerHouseholds;
	}

	/**
	 * For each group of looked-after children, the carer households that could take the whole group in foster care
	 * now ({@link Placing.Purpose#REUNIFICATION}: short- or long-term fostering approvals in force), each with every
	 * hard constraint's verdict (all allowed) and the matching score for the default weights of the children's shared
	 * plan, in the households' order. A group with a child who is not looked after gets an empty list. The households
	 * and the children are read once for all groups, and a group is checked only against the households
	 * {@link ReunificationCandidates} leaves: the same answer as checking every household.
	 */
	public List<List<HouseholdFit>> eligibleForReunification(List<List<String>> groups) {
		if (groups.isEmpty()) {
			return List.of();
		}
		LocalDate today = queries.today();
		List<HouseholdProfile> households = carerHouseholds.all();
		ReunificationCandidates candidates = new ReunificationCandidates(households, today);
		Map<String, ChildProfile> profiles = queries.children(groups.stream().flatMap(List::stream).distinct().toList());
		List<List<HouseholdFit>> result = new ArrayList<>(groups.size());
		for (List<String> ids : groups) {
			if (ids.isEmpty() || !profiles.keySet().containsAll(ids)) {
				result.add(List.of());
				continue;
			}
			Placing placing = new Placing(ids.stream().map(profiles::get).toList(), today, Placing.Purpose.REUNIFICATION);
			result.add(eligible(matcher, placing, candidates.forGroup(ids)));
		}
		return result;
	}

	/** The households no hard constraint excludes for the placing, with every verdict and the scores, in order. */
	static List<HouseholdFit> eligible(CarerMatcher matcher, Placing placing, List<HouseholdProfile> households) {
		return evaluate(matcher, placing, households.stream().filter(h -> matcher.allows(placing, h)).toList());
	}

	/** Every household for the placing, in the households' order. */
	static List<HouseholdFit> evaluate(CarerMatcher matcher, Placing placing, List<HouseholdProfile> households) {
		CarerMatcher.Evaluation evaluation = matcher.evaluation(placing, Weights.defaultsFor(placing));
		List<HouseholdFit> fits = new ArrayList<>(households.size());
		for (HouseholdProfile h : households) {
			List<Verdict> checks = matcher.check(placing, h);
			if (checks.stream().allMatch(Verdict::allowed)) {
				Scored s = evaluation.score(h, checks);
				fits.add(new HouseholdFit(h.id(), h.name(), h.postcode(), true, checks, s.total(), s.confidence(), sentence(s)));
			}
			else {
				fits.add(new HouseholdFit(h.id(), h.name(), h.postcode(), false, checks, null, null, null));
			}
		}
		return fits;
	}

	/** "Matching score 71.3 of 100 (confidence 0.64); strongest on family relationships (95) and views (88)." */
	static String sentence(Scored s) {
		String strongest = s.scoresOnly().stream()
			.sorted(Comparator.comparingInt(CarerMatcher.DomainRating::score).reversed()
				.thenComparing(CarerMatcher.DomainRating::domain))
			.limit(2)
			.map(d -> d.domain().label().toLowerCase(Locale.ROOT) + " (" + d.score() + ")")
			.collect(Collectors.joining(" and "));
		return "Matching score " + s.total() + " of 100 (confidence " + s.confidence() + "); strongest on " + strongest + ".";
	}
}
