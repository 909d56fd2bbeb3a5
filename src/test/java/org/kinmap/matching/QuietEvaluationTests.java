package org.kinmap.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.kinmap.care.NeedDomain;

/**
 * Matching tests each rule without its sentence ({@link HardConstraint#allows}) and scores households without their
 * reasons ({@link Evidence#quiet}) to rank thousands of them quickly; the sentences are written only for what a
 * person reads. These properties hold that doing so never changes an answer: on seeded random children (alone, in
 * groups, reunited) and households, each rule's test agrees with its verdict, and each criterion's quiet numbers
 * equal the explained ones.
 */
class QuietEvaluationTests {

	private final CarerMatcher matcher = CarerMatcher.standard();

	@RepeatedTest(30)
	void testsAgreeWithVerdictsAndQuietScoresWithExplainedOnes(RepetitionInfo info) {
		long seed = 104_729L * info.getCurrentRepetition();
		RandomHouseholds random = new RandomHouseholds(seed);
		Random extra = new Random(seed);
		List<HouseholdProfile> households = random.households(80);
		List<ChildProfile> children = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			children.add(withMoreNeeds(random.child(i, households.size()), extra));
		}
		List<Placing> placings = List.of(Placing.of(children.get(0), Examples.TODAY), Placing.of(children.get(1), Examples.TODAY),
				new Placing(children.subList(2, 4), Examples.TODAY),
				new Placing(children.subList(3, 6), Examples.TODAY, Placing.Purpose.REUNIFICATION));
		for (Placing placing : placings) {
			for (HouseholdProfile h : households) {
				for (HardConstraint rule : matcher.constraints()) {
					Verdict verdict = rule.check(placing, h);
					assertThat(rule.allows(placing, h)).as("seed %d, %s, %s: %s", seed, rule.rule(), h.id(), verdict.reason())
						.isEqualTo(verdict.allowed());
					assertThat(verdict.rule()).isEqualTo(rule.rule());
				}
				assertThat(matcher.failed(placing, h)).as("seed %d, %s", seed, h.id())
					.isEqualTo(matcher.check(placing, h).stream().filter(v -> !v.allowed()).toList());
				CarerMatcher.Scored scored = matcher.score(placing, h, Weights.defaultsFor(placing));
				List<DomainScore> explained = scored.domains();
				double sum = 0;
				double confidence = 0;
				for (DomainScore d : explained) {
					sum += d.score();
					confidence += d.confidence();
				}
				assertThat(scored.total()).as("seed %d, %s: total", seed, h.id())
					.isEqualTo(Math.round(10 * weighted(explained, Weights.defaultsFor(placing))) / 10.0);
				assertThat(scored.confidence()).isEqualTo(Math.round(100 * confidence / explained.size()) / 100.0);
				for (ChildProfile child : placing.children()) {
					for (DomainCriterion criterion : criteriaOf()) {
						DomainScore full = criterion.score(child, h);
						Evidence.Rating quiet = criterion.rate(child, h);
						assertThat(quiet).as("seed %d, %s, %s", seed, criterion.domain(), h.id())
							.isEqualTo(new Evidence.Rating(full.score(), full.confidence()));
					}
				}
			}
		}
	}

	private static double weighted(List<DomainScore> domains, Weights weights) {
		double sum = 0;
		double w = 0;
		for (DomainScore d : domains) {
			sum += weights.of(d.domain()) * d.score();
			w += weights.of(d.domain());
		}
		return sum / w;
	}

	private static List<DomainCriterion> criteriaOf() {
		return List.of(new ViewsCriterion(), new HealthCriterion(), new EducationCriterion(), new EmotionalBehaviouralCriterion(),
				new IdentityCriterion(), new FamilyRelationshipsCriterion(), new SocialPresentationCriterion(),
				new SelfCareCriterion(), new ContactCriterion());
	}

	/** Adds needs the random children lack: allergies, worries, a ground-floor bedroom, interests, wishes, key people. */
	private static ChildProfile withMoreNeeds(ChildProfile c, Random random) {
		Map<String, Map<String, Object>> needs = new HashMap<>();
		c.needs().byDomain().forEach((d, fields) -> needs.put(d, new HashMap<>(fields)));
		if (random.nextInt(3) == 0) {
			put(needs, NeedDomain.HEALTH, "allergies", List.of(random.nextBoolean() ? "cat hair" : "dogwood pollen"));
		}
		if (random.nextInt(3) == 0) {
			put(needs, NeedDomain.VIEWS, "worries", random.nextBoolean() ? List.of() : List.of("large dogs"));
			if (random.nextBoolean()) {
				put(needs, NeedDomain.VIEWS, "fears", List.of());
			}
		}
		if (random.nextInt(4) == 0) {
			put(needs, NeedDomain.HEALTH, "needsGroundFloorBedroom", true);
		}
		if (random.nextInt(3) == 0) {
			put(needs, NeedDomain.HEALTH, "conditions", List.of("asthma"));
			put(needs, NeedDomain.HEALTH, "mentalHealth", "anxiety");
		}
		if (random.nextInt(2) == 0) {
			put(needs, NeedDomain.SOCIAL_PRESENTATION, "interests", List.of("football", "drawing"));
		}
		if (random.nextInt(3) == 0) {
			put(needs, NeedDomain.VIEWS, "wishes", "To stay near my school");
			put(needs, NeedDomain.FAMILY_RELATIONSHIPS, "keyPeople", List.of("Gran"));
			put(needs, NeedDomain.EMOTIONAL_BEHAVIOURAL, "behaviours", List.of("running away"));
			put(needs, NeedDomain.IDENTITY, "culturalNeeds", List.of("halal food"));
		}
		return new ChildProfile(c.id(), c.givenName(), c.name(), c.age(), c.plan(), c.home(), c.currentHouseholdId(),
				c.placedSince(), new Needs(needs), c.firstLanguage(), c.otherLanguages(), c.ethnicity(), c.religion(),
				c.siblings(), c.connectedPersons(), c.familyTime());
	}

	private static void put(Map<String, Map<String, Object>> needs, NeedDomain domain, String field, Object value) {
		needs.computeIfAbsent(domain.code(), d -> new HashMap<>()).put(field, value);
	}
}
