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
 *
 * <p>Words cost more than the rules: a constraint is tested first ({@link HardConstraint#allows}) and writes its
 * sentence only when it excludes the household; a household that passes is scored without its reasons
 * ({@link Evidence#quiet}), and the reasons are written when a view asks for them ({@link Scored#domains()}), for the
 * shortlist's top households only. The answers are the same as writing every sentence for every household.
 */
final class CarerMatcher {

	private final List<HardConstraint> constraints;
	private final List<DomainCriterion<?>> criteria;

	CarerMatcher(List<HardConstraint> constraints, List<DomainCriterion<?>> criteria) {
		Set<NeedDomain> covered = EnumSet.noneOf(NeedDomain.class);
		for (DomainCriterion<?> c : criteria) {
			if (!covered.add(c.domain())) {
				throw new IllegalArgumentException("Two criteria score " + c.domain().code());
			}
		}
		if (covered.size() != NeedDomain.values().length) {
			throw new IllegalArgumentException("Every domain needs a criterion; missing " + EnumSet.complementOf(EnumSet.copyOf(covered)));
		}
		this.constraints = List.copyOf(constraints);
		this.criteria = criteria.stream().sorted(Comparator.comparing((DomainCriterion<?> c) -> c.domain())).toList();
	}

	static CarerMatcher standard() {
		return new CarerMatcher(
				List.of(new ApprovalFitsPlan(), new AgeWithinApproval(), new EnoughVacancies(), new SiblingGroupsConsidered(),
						new NoFearedOrAllergenicPets(), new WheelchairAccess(), new GroundFloorBedroom(), new NoMemberFlaggedAsRisk()),
				List.of(new ViewsCriterion(), new HealthCriterion(), new EducationCriterion(), new EmotionalBehaviouralCriterion(),
						new IdentityCriterion(), new FamilyRelationshipsCriterion(), new SocialPresentationCriterion(),
						new SelfCareCriterion(), new ContactCriterion()));
	}

	/**
	 * A household that passed every constraint, with its scores. The numbers (total, confidence, whether a sibling
	 * lives there) are worked out when the household is scored, which is all that ranking needs; the distance, the nine
	 * domains' scores with their reasons, and the constraints' sentences, are worked out when they are first asked
	 * for, as they are for the households a person reads about. They are the same either way: each criterion weighs
	 * its evidence once, with or without building the sentences ({@link Evidence}).
	 */
	/** A domain's score (0–100) without its reasons. */
	record DomainRating(NeedDomain domain, int score) {
	}

	static final class Scored {

		private final Evaluation evaluation;
		private final HouseholdProfile household;
		private final double total;
		private final double confidence;
		private final boolean keepsSiblingsTogether;
		private volatile List<DomainScore> domains;
		private volatile List<Verdict> checks;

		private Scored(Evaluation evaluation, HouseholdProfile household, double total, double confidence,
				boolean keepsSiblingsTogether, List<Verdict> checks) {
			this.evaluation = evaluation;
			this.household = household;
			this.total = total;
			this.confidence = confidence;
			this.keepsSiblingsTogether = keepsSiblingsTogether;
			this.checks = checks == null ? null : List.copyOf(checks);
		}

		HouseholdProfile household() {
			return household;
		}

		/** The nine domains' scores without their reasons, in domain order. */
		List<DomainRating> scoresOnly() {
			List<DomainScore> d = domains;
			return d != null ? d.stream().map(x -> new DomainRating(x.domain(), x.score())).toList()
					: evaluation.scoresOnly(household);
		}

		/** The nine domains' scores with their reasons, in domain order. */
		List<DomainScore> domains() {
			List<DomainScore> d = domains;
			if (d == null) {
				d = evaluation.domains(household);
				domains = d;
			}
			return d;
		}

		/** The weighted mean of the domain scores, to one decimal. */
		double total() {
			return total;
		}

		double confidence() {
			return confidence;
		}

		/** From the (first) child's home to the household, to 0.1 km; null if either place is not known. */
		Double distanceKm() {
			ChildProfile first = evaluation.placing().children().get(0);
			return first.home() == null || household.location() == null ? null
					: Math.round(first.home().km(household.location()) * 10) / 10.0;
		}

		boolean keepsSiblingsTogether() {
			return keepsSiblingsTogether;
		}

		/** Every hard constraint's verdict (all allowed), in the matching order. */
		List<Verdict> checks() {
			List<Verdict> c = checks;
			if (c == null) {
				c = List.copyOf(evaluation.checks(household));
				checks = c;
			}
			return c;
		}

		@Override
		public String toString() {
			return "Scored[" + household.id() + ", total " + total + ", confidence " + confidence + "]";
		}
	}

	/**
	 * A household kept off the shortlist, with every constraint it fails. The rules are known at once; their sentences
	 * are written when asked for ({@link #failed()}), as they are for the exclusions an answer lists.
	 */
	static final class Excluded {

		private final Placing placing;
		private final HouseholdProfile household;
		private final List<HardConstraint> failing;
		private volatile List<Verdict> failed;

		Excluded(Placing placing, HouseholdProfile household, List<HardConstraint> failing) {
			this.placing = placing;
			this.household = household;
			this.failing = List.copyOf(failing);
		}

		HouseholdProfile household() {
			return household;
		}

		/** The names of the rules it fails, in the matching order. */
		List<String> rules() {
			return failing.stream().map(HardConstraint::rule).toList();
		}

		/** The verdicts of the rules it fails, with their sentences, in the matching order. */
		List<Verdict> failed() {
			List<Verdict> f = failed;
			if (f == null) {
				f = failing.stream().map(c -> c.check(placing, household)).toList();
				failed = f;
			}
			return f;
		}

		@Override
		public String toString() {
			return "Excluded[" + household.id() + ", " + rules() + "]";
		}
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
	static final Comparator<Scored> BEST_FIRST = (a, b) -> {
		if (a.keepsSiblingsTogether() != b.keepsSiblingsTogether()) {
			return a.keepsSiblingsTogether() ? -1 : 1;
		}
		int c = Double.compare(b.total(), a.total());
		if (c == 0) {
			c = Double.compare(b.confidence(), a.confidence());
		}
		return c != 0 ? c : a.household().id().compareTo(b.household().id());
	};

	/** Every constraint's verdict, in the matching order (allowed ones included). */
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
			if (!c.allows(placing, household)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The verdicts of the constraints the household fails, in the matching order; empty when it may be considered.
	 * Each rule is tested first and its sentence written only when it excludes the household.
	 */
	List<Verdict> failed(Placing placing, HouseholdProfile household) {
		List<Verdict> failed = null;
		for (HardConstraint c : constraints) {
			if (!c.allows(placing, household)) {
				if (failed == null) {
					failed = new ArrayList<>(2);
				}
				failed.add(c.check(placing, household));
			}
		}
		return failed == null ? List.of() : failed;
	}

	/** The constraints the household fails, in the matching order (each rule's test alone: no sentence is written). */
	List<HardConstraint> failing(Placing placing, HouseholdProfile household) {
		List<HardConstraint> failing = null;
		for (HardConstraint c : constraints) {
			if (!c.allows(placing, household)) {
				if (failing == null) {
					failing = new ArrayList<>(2);
				}
				failing.add(c);
			}
		}
		return failing == null ? List.of() : failing;
	}

	/** The constraints, in the matching order. */
	List<HardConstraint> constraints() {
		return constraints;
	}

	/** The household's scores for the placing, assuming it passed the constraints. */
	Scored score(Placing placing, HouseholdProfile household, Weights weights) {
		return evaluation(placing, weights).score(household, null);
	}

	/**
	 * The household's scores for the placing, assuming it passed the constraints.
	 *
	 * @param checks the constraints' verdicts if already at hand, else null (they are worked out when asked for)
	 */
	Scored score(Placing placing, HouseholdProfile household, Weights weights, List<Verdict> checks) {
		return evaluation(placing, weights).score(household, checks);
	}

	/** The placing to be weighed against households with these weights, its children's facts read once. */
	Evaluation evaluation(Placing placing, Weights weights) {
		return new Evaluation(placing, weights);
	}

	/**
	 * One placing and its weights, against any number of households: each criterion reads what it needs of each
	 * child once ({@link DomainCriterion#facts}), and every household is weighed against those facts.
	 */
	final class Evaluation {

		private final Placing placing;
		private final Weights weights;
		/** By criterion, then by child. */
		private final Object[][] facts;

		private Evaluation(Placing placing, Weights weights) {
			this.placing = placing;
			this.weights = weights;
			this.facts = new Object[criteria.size()][];
			for (int i = 0; i < criteria.size(); i++) {
				facts[i] = new Object[placing.size()];
				for (int c = 0; c < placing.size(); c++) {
					facts[i][c] = criteria.get(i).facts(placing.children().get(c));
				}
			}
		}

		Placing placing() {
			return placing;
		}

		/** The verdicts of the constraints the household fails (see {@link CarerMatcher#failed}). */
		List<Verdict> failed(HouseholdProfile household) {
			return CarerMatcher.this.failed(placing, household);
		}

		/** Every constraint's verdict for the household. */
		List<Verdict> checks(HouseholdProfile household) {
			return check(placing, household);
		}

		/** The household's scores, assuming it passed the constraints; {@code checks} as in {@link CarerMatcher#score}. */
		Scored score(HouseholdProfile household, List<Verdict> checks) {
			double sum = 0;
			double weightSum = 0;
			double confidence = 0;
			for (int i = 0; i < criteria.size(); i++) {
				DomainCriterion<?> criterion = criteria.get(i);
				Evidence.Rating combined = rate(i, household);
				double w = weights.of(criterion.domain());
				sum += w * combined.score();
				weightSum += w;
				confidence += combined.confidence();
			}
			double total = Math.round(10 * sum / weightSum) / 10.0;
			boolean siblings = false;
			for (ChildProfile c : placing.children()) {
				for (ChildProfile.Relation s : c.siblings()) {
					if (s.livesIn(household.id()) && !placing.ids().contains(s.personId())) {
						siblings = true;
					}
				}
			}
			return new Scored(this, household, total, Math.round(100 * confidence / criteria.size()) / 100.0, siblings, checks);
		}

		/**
		 * The nine domains' scores without their reasons (each rule's numbers only, as {@link #score} weighs them), in
		 * domain order: for a sentence that names the strongest domains.
		 */
		List<DomainRating> scoresOnly(HouseholdProfile household) {
			List<DomainRating> scores = new ArrayList<>(criteria.size());
			for (int i = 0; i < criteria.size(); i++) {
				scores.add(new DomainRating(criteria.get(i).domain(), rate(i, household).score()));
			}
			return scores;
		}

		/** The nine domains' scores with every reason, in domain order; for a group, the children's mean. */
		List<DomainScore> domains(HouseholdProfile household) {
			List<DomainScore> domains = new ArrayList<>(criteria.size());
			for (int i = 0; i < criteria.size(); i++) {
				domains.add(combine(i, household));
			}
			return List.copyOf(domains);
		}

		private DomainScore combine(int i, HouseholdProfile household) {
			DomainCriterion<?> criterion = criteria.get(i);
			if (!placing.group()) {
				return scoreWith(criterion, facts[i][0], household);
			}
			double score = 0;
			double confidence = 0;
			Set<String> reasons = new LinkedHashSet<>();
			for (int c = 0; c < placing.size(); c++) {
				DomainScore s = scoreWith(criterion, facts[i][c], household);
				score += s.score();
				confidence += s.confidence();
				reasons.addAll(s.reasons());
			}
			int n = placing.size();
			return new DomainScore(criterion.domain(), (int) Math.round(score / n), Math.round(100 * confidence / n) / 100.0,
					List.copyOf(reasons));
		}

		/** {@link #combine}'s numbers, without the reasons. */
		private Evidence.Rating rate(int i, HouseholdProfile household) {
			DomainCriterion<?> criterion = criteria.get(i);
			if (!placing.group()) {
				return rateWith(criterion, facts[i][0], household);
			}
			double score = 0;
			double confidence = 0;
			for (int c = 0; c < placing.size(); c++) {
				Evidence.Rating r = rateWith(criterion, facts[i][c], household);
				score += r.score();
				confidence += r.confidence();
			}
			int n = placing.size();
			return new Evidence.Rating((int) Math.round(score / n), Math.round(100 * confidence / n) / 100.0);
		}
	}

	@SuppressWarnings("unchecked")
	private static <F> DomainScore scoreWith(DomainCriterion<F> criterion, Object facts, HouseholdProfile household) {
		return criterion.scoreFacts((F) facts, household);
	}

	@SuppressWarnings("unchecked")
	private static <F> Evidence.Rating rateWith(DomainCriterion<F> criterion, Object facts, HouseholdProfile household) {
		return criterion.rateFacts((F) facts, household);
	}

	/** Ranks every household: excluded ones apart with their reasons, the rest best first. */
	Shortlist shortlist(Placing placing, Collection<HouseholdProfile> households, Weights weights, int top) {
		if (top < 1) {
			throw new IllegalArgumentException("top must be at least 1");
		}
		List<Scored> ranked = new ArrayList<>();
		List<Excluded> excluded = new ArrayList<>();
		Evaluation evaluation = evaluation(placing, weights);
		for (HouseholdProfile h : households) {
			List<HardConstraint> failing = failing(placing, h);
			if (failing.isEmpty()) {
				ranked.add(evaluation.score(h, null));
			}
			else {
				excluded.add(new Excluded(placing, h, failing));
			}
		}
		ranked.sort(BEST_FIRST);
		excluded.sort(Comparator.comparing(x -> x.household().id()));
		List<Scored> matches = new ArrayList<>(ranked.subList(0, Math.min(top, ranked.size())));
		Set<String> carers = carers(placing);
		for (Scored s : ranked.subList(matches.size(), ranked.size())) {
			if (carers.contains(s.household().id())) {
				matches.add(s);
			}
		}
		return new Shortlist(placing, weights, List.copyOf(matches), List.copyOf(ranked), List.copyOf(excluded));
	}

	/** The households of the children's current carers and connected-person carers, always shown ({@link #alwaysShown}). */
	static Set<String> carers(Placing placing) {
		Set<String> ids = new java.util.HashSet<>();
		for (ChildProfile c : placing.children()) {
			if (c.currentHouseholdId() != null) {
				ids.add(c.currentHouseholdId());
			}
			c.connectedPersons().forEach(r -> ids.addAll(r.householdIds()));
		}
		return ids;
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
