package org.kinmap.matching;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.kinmap.care.PermanencePlan;
import org.kinmap.carers.ApprovalKind;
import org.kinmap.carers.CarerSkill;
import org.kinmap.network.ContactFrequency;

/** Seeded random children and households around Kinmouth, for property tests and the benchmark. */
final class RandomHouseholds {

	private static final String[] LANGUAGES = { "English", "Urdu", "Polish", "Somali", "Arabic", "Bengali" };
	private static final String[] RELIGIONS = { "Muslim", "Christian", "Christian (Catholic)", "None", "Hindu", null };
	private static final String[] ETHNICITIES = { "White British", "Pakistani", "Black British Caribbean", "Polish", null };

	private final Random random;

	RandomHouseholds(long seed) {
		this.random = new Random(seed);
	}

	private Coordinates near() {
		return new Coordinates(53.40 + random.nextGaussian() * 0.15, -2.90 + random.nextGaussian() * 0.2);
	}

	private <T> T pick(T[] values) {
		return values[random.nextInt(values.length)];
	}

	private Boolean maybe() {
		int r = random.nextInt(3);
		return r == 0 ? null : r == 1;
	}

	HouseholdProfile household(int i) {
		List<HouseholdProfile.ApprovalFacts> approvals = new ArrayList<>();
		int n = random.nextInt(3);
		for (int a = 0; a < n; a++) {
			int min = random.nextInt(12);
			approvals.add(new HouseholdProfile.ApprovalFacts(pick(ApprovalKind.values()), min, min + random.nextInt(10),
					1 + random.nextInt(4), random.nextBoolean(), Examples.TODAY.plusDays(random.nextInt(800) - 200)));
		}
		Set<CarerSkill> skills = EnumSet.noneOf(CarerSkill.class);
		for (CarerSkill s : CarerSkill.values()) {
			if (random.nextInt(4) == 0) {
				skills.add(s);
			}
		}
		List<HouseholdProfile.PlacedChild> placed = new ArrayList<>();
		for (int p = random.nextInt(3); p > 0; p--) {
			placed.add(new HouseholdProfile.PlacedChild("c-placed-" + i + "-" + p, "Placed Child"));
		}
		return new HouseholdProfile("h-" + i, "Household " + i, "KM" + (i % 9) + " 1AA", random.nextInt(10) == 0 ? null : near(),
				approvals, random.nextInt(4) == 0 ? 1 + random.nextInt(2) : 0, random.nextInt(5) == 0 ? 1 : 0, maybe(), maybe(),
				maybe(), List.of("English", pick(LANGUAGES)), pick(RELIGIONS), pick(ETHNICITIES), skills,
				List.of(new HouseholdProfile.Member("p-" + i, "Carer " + i, random.nextInt(30) == 0)), placed,
				random.nextBoolean() ? "Enjoys football and swimming." : null);
	}

	List<HouseholdProfile> households(int count) {
		List<HouseholdProfile> list = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			list.add(household(i));
		}
		return list;
	}

	ChildProfile child(int i, int householdCount) {
		var c = Examples.child("Child" + i).age(random.nextInt(18))
			.plan(pick(new PermanencePlan[] { PermanencePlan.ADOPTION, PermanencePlan.LONG_TERM_FOSTERING,
					PermanencePlan.CONNECTED_PERSON_SGO, null }))
			.home(near())
			.identity(pick(LANGUAGES), pick(ETHNICITIES), pick(RELIGIONS));
		if (random.nextBoolean()) {
			c.school("School " + i, near());
		}
		if (random.nextInt(4) == 0) {
			c.need("views", "fears", List.of("dogs"));
		}
		if (random.nextInt(8) == 0) {
			c.need("health", "wheelchairUser", true);
		}
		if (random.nextBoolean()) {
			c.need("emotionalBehavioural", "attachmentDifficulties", random.nextBoolean());
		}
		if (random.nextBoolean()) {
			c.need("education", "senSupport", pick(new String[] { "none", "sen_support", "ehcp" }));
		}
		if (random.nextBoolean()) {
			c.need("selfCare", "level", pick(new String[] { "age_appropriate", "needs_support", "significant_support" }));
		}
		if (random.nextBoolean()) {
			c.sibling("Sib" + i, "sister", "h-" + random.nextInt(householdCount), near());
		}
		if (random.nextBoolean()) {
			c.familyTime("Gran" + i, "grandmother", pick(ContactFrequency.values()), random.nextBoolean() ? near() : null);
		}
		if (random.nextInt(3) == 0) {
			c.placedWith("h-" + random.nextInt(householdCount));
		}
		return c.build();
	}
}
