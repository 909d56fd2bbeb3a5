package org.kinmap.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kinmap.care.NeedDomain;

/**
 * Evaluates carer households for a child or a sibling group: every hard constraint first (any exclusion keeps
 * the household off the shortlist, with every reason), then the nine domain criteria, combined by the weights.
 * For a group each domain's score is the mean of the children's. Linear in the number of households: a constant
 * amount of work per household (eight constraints, nine criteria) and a sort.
 */
final class CarerMatcher {

	private final List<HardConstraint> constraints;
	private final List<DomainCriterion> criteria;

	CarerMatcher(List<HardConstraint> constraints, List<DomainCriterion> criteria) {
		Set<NeedDomain> covered = EnumSet.noneOf(NeedDomain.class);
		for (DomainCriterion c : criteria) {
			if (!covered.add(c.domain())) {
				throw new IllegalArgumentException("Two criteria score " + c.domain().code());
			}
		}
		if (covered.size() != NeedDomain.values().length) {
			throw new IllegalArgumentException("Every domain needs a criterion; missing " + EnumSet.complementOf(EnumSet.copyOf(covered)));
		}
		this.constraints = List.copyOf(constraints);
		this.criteria = criteria.stream().sorted(Comparator.comparing(DomainCriterion::domain)).toList();
	}

	static CarerMatcher standard() {
		return new CarerMatcher(
				List.of(new ApprovalFitsPlan(), new AgeWithinApproval(), new EnoughVacancies(), new SiblingGroupsConsidered(),
						new NoFearedOrAllergenicPets(), new WheelchairAccess(), new GroundFloorBedroom(), new NoMemberFlaggedAsRisk()),
				List.of(new ViewsCriterion(), new HealthCriterion(), new EducationCriterion(), new EmotionalBehaviouralCriterion(),
						new IdentityCriterion(), new FamilyRelationshipsCriterion(), new SocialPresentationCriterion(),
						new SelfCareCriterion(), new ContactCriterion()));
	}

	/** A household that passed every constraint, with its scores. */
	record Scored(HouseholdProfile household, List<DomainScore> domains, double total, double confidence, Double distanceKm,
			boolean keepsSiblingsTogether, List<Verdict> checks) {
	}

	/** A household kept off the shortlist, with every constraint it fails. */
	record Excluded(HouseholdProfile household, List<Verdict> failed) {
	}

	/**
	 * The result for one child or group.
	 *
	 * @param matches   the best {@code top} households, then any current or connected-person carer ranked below
	 * @param ranked    every household that passed, best first
	 * @param excluded  every household excluded, with reasons
	 */
	record Shortlist(Placing placing, Weights weights, List<Scored> matches, List<Scored> ranked, List<Excluded> excluded) {

		int rankOf(Scored s) {
			return ranked.indexOf(s) + 1;
		}
	}

	/**
	 * Households where a sibling of the child already lives come first (siblings are to be placed together wherever
	 * that is consistent with each child's welfare, and placing a child with a sibling already in care is always to
	 * be considered); then the highest total, the highest confidence, and the household id for a stable order.
	 */
	static final Comparator<Scored> BEST_FIRST = Comparator.comparing((Scored s) -> !s.keepsSiblingsTogether())
		.thenComparing(Comparator.comparingDouble(Scored::total).reversed())
		.thenComparing(Comparator.comparingDouble(Scored::confidence).reversed())
		.thenComparing(s -> s.household().id());

	/** The failing constraints, empty when the household may be considered. */
	List<Verdict> check(Placing placing, HouseholdProfile household) {
		List<Verdict> verdicts = new ArrayList<>(constraints.size());
		for (HardConstraint c : constraints) {
			verdicts.add(c.check(placing, household));
		}
		return verdicts;
	}

	/** Whether no hard constraint excludes the household; stops at the first that does. */
	boolean allows(Placing placing, HouseholdProfile household) {
		for (HardConstraint c : constraints) {
			if (!c.check(placing, household).allowed()) {
				return false;
			}
		}
		return true;
	}

	/** The household's scores for the placing, assuming it passed the constraints. */
	Scored score(Placing placing, HouseholdProfile household, Weights weights, List<Verdict> checks) {
		List<DomainScore> domains = new ArrayList<>(criteria.size());
		double sum = 0;
		double weightSum = 0;
		double confidence = 0;
		for (DomainCriterion criterion : criteria) {
			DomainScore combined = combine(criterion, placing, household);
			domains.add(combined);
			double w = weights.of(criterion.domain());
			sum += w * combined.score();
			weightSum += w;
			confidence += combined.confidence();
		}
		double total = Math.round(10 * sum / weightSum) / 10.0;
		ChildProfile first = placing.children().get(0);
		Double km = first.home() == null || household.location() == null ? null
				: Math.round(first.home().km(household.location()) * 10) / 10.0;
		boolean siblings = placing.children().stream()
			.anyMatch(c -> c.siblings().stream().anyMatch(s -> s.livesIn(household.id()) && !placing.ids().contains(s.personId())));
		return new Scored(household, domains, total, Math.round(100 * confidence / criteria.size()) / 100.0, km, siblings, checks);
	}

	private static DomainScore combine(DomainCriterion criterion, Placing placing, HouseholdProfile household) {
		if (!placing.group()) {
			return criterion.score(placing.children().get(0), household);
		}
		double score = 0;
		double confidence = 0;
		Set<String> reasons = new LinkedHashSet<>();
		for (ChildProfile child : placing.children()) {
			DomainScore s = criterion.score(child, household);
			score += s.score();
			confidence += s.confidence();
			reasons.addAll(s.reasons());
		}
		int n = placing.size();
		return new DomainScore(criterion.domain(), (int) Math.round(score / n), Math.round(100 * confidence / n) / 100.0,
				List.copyOf(reasons));
	}

	/** Ranks every household: excluded ones apart with their reasons, the rest best first. */
	Shortlist shortlist(Placing placing, Collection<HouseholdProfile> households, Weights weights, int top) {
		if (top < 1) {
			throw new IllegalArgumentException("top must be at least 1");
		}
		List<Scored> ranked = new ArrayList<>();
		List<Excluded> excluded = new ArrayList<>();
		for (HouseholdProfile h : households) {
			List<Verdict> checks = check(placing, h);
			List<Verdict> failed = checks.stream().filter(v -> !v.allowed()).toList();
			if (failed.isEmpty()) {
				ranked.add(score(placing, h, weights, checks));
			}
			else {
				excluded.add(new Excluded(h, failed));
			}
		}
		ranked.sort(BEST_FIRST);
		excluded.sort(Comparator.comparing(x -> x.household().id()));
		List<Scored> matches = new ArrayList<>(ranked.subList(0, Math.min(top, ranked.size())));
		for (Scored s : ranked.subList(matches.size(), ranked.size())) {
			if (alwaysShown(placing, s.household())) {
				matches.add(s);
			}
		}
		return new Shortlist(placing, weights, List.copyOf(matches), List.copyOf(ranked), List.copyOf(excluded));
	}

	/** The child's current carer and connected-person carers are always shown, wherever they rank. */
	static boolean alwaysShown(Placing placing, HouseholdProfile household) {
		return placing.children().stream().anyMatch(c -> household.id().equals(c.currentHouseholdId())
				|| c.connectedPersonIn(household.id()));
	}

	static Map<NeedDomain, DomainScore> byDomain(List<DomainScore> scores) {
		Map<NeedDomain, DomainScore> m = new EnumMap<>(NeedDomain.class);
		scores.forEach(s -> m.put(s.domain(), s));
		return m;
	}
}
