package org.kinmap.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

import org.kinmap.exchange.NetworkDocument;
import org.kinmap.exchange.NetworkDocument.AllocationDoc;
import org.kinmap.exchange.NetworkDocument.ApprovalDoc;
import org.kinmap.exchange.NetworkDocument.HearingDoc;
import org.kinmap.exchange.NetworkDocument.MeetingDoc;
import org.kinmap.exchange.NetworkDocument.PanelDoc;
import org.kinmap.exchange.NetworkDocument.PlanDoc;
import org.kinmap.exchange.NetworkDocument.ProceedingsDoc;
import org.kinmap.exchange.NetworkDocument.ReviewDoc;
import org.kinmap.exchange.NetworkDocument.AssessmentDoc;
import org.kinmap.exchange.NetworkDocument.CarerDoc;
import org.kinmap.exchange.NetworkDocument.ChildInCareDoc;
import org.kinmap.exchange.NetworkDocument.ConnectedPersonDoc;
import org.kinmap.exchange.NetworkDocument.ContactDoc;
import org.kinmap.exchange.NetworkDocument.HouseholdDoc;
import org.kinmap.exchange.NetworkDocument.MemberDoc;
import org.kinmap.exchange.NetworkDocument.MultipleBirthDoc;
import org.kinmap.exchange.NetworkDocument.NeedsDoc;
import org.kinmap.exchange.NetworkDocument.ParentLinkDoc;
import org.kinmap.exchange.NetworkDocument.PartnershipDoc;
import org.kinmap.exchange.NetworkDocument.PersonDoc;
import org.kinmap.exchange.NetworkDocument.PetsDoc;
import org.kinmap.exchange.NetworkDocument.PlacementDoc;
import org.kinmap.exchange.NetworkDocument.SiblingLinkDoc;

/**
 * A seeded, fictional local authority at a chosen scale (10,000, 100,000, 1,000,000 persons in family networks;
 * the carers come on top), written as kinmap network documents so that it goes in through kinmap's own import
 * path.
 *
 * <p>First come the approved carer households: one for every two children expected in care, and at least
 * {@code minHouseholds} (so that a shortlist is always measured against as many homes as the issue asks). Then
 * family networks, one case each, until the scale is reached. A network has four or five generations: great-
 * grandparents (mostly dead), grandparents (some divorced and re-partnered, with step-relatives), the parents'
 * brothers and sisters with partners and cousins, a mother whose children have one or two fathers (half-
 * siblings), a father who may have children with someone else, twins now and then, explicit half-sibling links
 * where a father is not recorded, and friends, neighbours or godparents connected to the children. About one
 * network in ten shares a father with an earlier one, so families join up as they do in a real authority.
 *
 * <p>Networks take children into care until one person in fifty is a looked-after child; the others are closed
 * cases whose children left care. Children in care get a plan, a legal status, needs in all nine matching
 * domains, a placement (with their brothers and sisters where a home has room, otherwise split, or in a
 * residential home), family time, viability assessments of some relatives and together-or-apart assessments of
 * most splits. Names, places and everything else are made up; the same seed gives the same authority.
 */
public final class SyntheticAuthority {

	/** What was made: counts, and the children in care (for sampling). */
	public record Summary(int persons, int familyPersons, int households, int families, int childrenInCare, int splitGroups,
			int placedTogether, int documents, List<String> childrenInCareIds) {
	}

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
	/** The tracker's records come from a random of their own, so the rest of the authority is as it was without them. */
	private final Random trackerRandom;
	private static final String[] GIVEN_F = { "Amara", "Bethany", "Chloe", "Dana", "Efua", "Fatima", "Grace", "Hana",
			"Isla", "Jade", "Kasia", "Leah", "Maya", "Nadia", "Olivia", "Priya", "Ruby", "Sana", "Tia", "Zara" };
	private static final String[] GIVEN_M = { "Aaron", "Bilal", "Callum", "Dylan", "Emeka", "Finn", "Gareth", "Harun",
			"Idris", "Jamie", "Kacper", "Liam", "Marek", "Nathan", "Owen", "Piotr", "Reece", "Samir", "Tariq", "Yusuf" };
	private static final String[] FAMILY = { "Abara", "Birch", "Costa", "Dunmore", "Egan", "Fenwick", "Gill", "Hollis",
			"Iqbal", "Jarvis", "Kaur", "Lowe", "Marsh", "Novak", "Okafor", "Pryce", "Quinn", "Rahman", "Sowerby", "Tran",
			"Varga", "Wicks", "Yates", "Zielinski" };
	private static final String[][] IDENTITIES = { { "White British", "No religion", "English" },
			{ "White British", "Christian", "English" }, { "Pakistani", "Muslim", "Urdu" },
			{ "Black African", "Christian", "Yoruba" }, { "White Polish", "Christian (Catholic)", "Polish" },
			{ "Bangladeshi", "Muslim", "Sylheti" }, { "Mixed White and Black Caribbean", "No religion", "English" },
			{ "White Irish Traveller", "Christian (Catholic)", "English" } };
	private static final String[] PLANS = { "return_home", "connected_person_sgo", "connected_person_cao", "adoption",
			"long_term_fostering", "residential", "independence" };
	private static final String[] SKILLS = { "therapeutic_parenting", "disability", "medical_needs", "teenagers",
			"special_educational_needs", "babies", "parent_and_child", "asylum_seeking_children", "sibling_groups" };
	private static final String[] FREQUENCIES = { "weekly", "fortnightly", "monthly", "six_weekly", "quarterly" };

	private final int targetPersons;
	private final int minHouseholds;
	private final Random random;
	private final double centreLat = 53.40;
	private final double centreLon = -2.90;
	private final double spread;

	private final List<Household> households = new ArrayList<>();
	private final List<Father> fathers = new ArrayList<>();
	private final List<String> childrenInCare = new ArrayList<>();
	private int persons;
	private int carerPersons;
	private int families;
	private int splitGroups;
	private int placedTogether;
	private int documents;

	/** A carer household as the generator tracks it: where it is, and how many more children it can take. */
	private static final class Household {
		final String id;
		final double lat;
		final double lon;
		int room;

		Household(String id, double lat, double lon, int room) {
			this.id = id;
			this.lat = lat;
			this.lon = lon;
			this.room = room;
		}
	}

	private record Father(String id, int born) {
	}

	public SyntheticAuthority(int targetPersons, long seed, int minHouseholds) {
		this.targetPersons = targetPersons;
		this.minHouseholds = minHouseholds;
		this.random = new Random(seed);
		this.trackerRandom = new Random(seed + 17);
		// A town at 10,000 persons, a county at 1,000,000: the area grows with the population.
		this.spread = 0.05 * Math.sqrt(targetPersons / 10_000.0);
	}

	/**
	 * Writes the whole authority to {@code sink}, carers first, then family networks {@code familiesPerBatch}
	 * at a time (a batch may refer to persons and households of earlier batches, never of later ones).
	 */
	public Summary write(int familiesPerBatch, Consumer<NetworkDocument> sink) {
		int wanted = Math.max((targetPersons / 50 + 1) / 2, minHouseholds);
		Doc doc = new Doc();
		for (int i = 0; i < wanted; i++) {
			carerHousehold(doc, i);
			if (doc.households.size() == 500) {
				flush(doc, sink);
			}
		}
		flush(doc, sink);
		carerPersons = persons;
		while (persons - carerPersons < targetPersons) {
			family(doc, families++);
			if (families % familiesPerBatch == 0) {
				flush(doc, sink);
			}
		}
		flush(doc, sink);
		return new Summary(persons, persons - carerPersons, households.size(), families, childrenInCare.size(), splitGroups, placedTogether,
				documents, List.copyOf(childrenInCare));
	}

	// ---- carers

	private void carerHousehold(Doc doc, int n) {
		String id = "sh" + n;
		double lat = lat();
		double lon = lon();
		String[] identity = pick(IDENTITIES);
		String family = pick(FAMILY);
		List<MemberDoc> members = new ArrayList<>();
		String first = person(doc, "sc" + n + "a", pick(GIVEN_F), family, "female", year(1960, 1995), identity, lat, lon);
		members.add(new MemberDoc(first, "carer", "2015-01-01", null));
		if (random.nextInt(10) < 7) {
			String second = person(doc, "sc" + n + "b", pick(GIVEN_M), family, "male", year(1958, 1995), identity, lat,
					lon);
			members.add(new MemberDoc(second, "carer", "2015-01-01", null));
			doc.partnerships.add(new PartnershipDoc(List.of(first, second), "married", "current", null, null));
		}
		int maxChildren = 1 + random.nextInt(3);
		List<ApprovalDoc> approvals = new ArrayList<>();
		String kind = pick(new String[] { "short_term", "short_term", "long_term", "long_term", "adopter",
				"concurrent", "fostering_for_adoption", "short_breaks" });
		int minAge = kind.equals("adopter") || kind.contains("adoption") || kind.equals("concurrent") ? 0
				: random.nextInt(3) * 4;
		int maxAge = Math.min(18, minAge + 6 + random.nextInt(12));
		String approved = date(2012, 2025);
		approvals.add(new ApprovalDoc("sa" + n, kind, minAge, maxAge, maxChildren, random.nextInt(10) < 4, approved,
				random.nextInt(4) == 0 ? null : date(2027, 2029), null));
		if (random.nextInt(5) == 0) {
			approvals.add(new ApprovalDoc("sa" + n + "l", "long_term", 0, 17, maxChildren, true, approved, null, null));
		}
		List<String> skills = new ArrayList<>();
		for (String skill : SKILLS) {
			if (random.nextInt(6) == 0) {
				skills.add(skill);
			}
		}
		List<Integer> ownChildren = new ArrayList<>();
		for (int i = random.nextInt(3); i > 0; i--) {
			ownChildren.add(random.nextInt(20));
		}
		CarerDoc carer = new CarerDoc(random.nextInt(3) == 0 ? "Northway Fostering Agency" : "Synthetic County Fostering",
				random.nextInt(3) == 0 ? "independent" : "local_authority", approvals,
				new PetsDoc(random.nextInt(5) == 0 ? 1 : 0, random.nextInt(5) == 0 ? 1 : 0, List.of()),
				random.nextInt(12) == 0, random.nextInt(15) == 0, random.nextInt(8) == 0, List.of(identity[2]), identity[1],
				identity[0], skills, ownChildren, null);
		doc.households.add(new HouseholdDoc(id, family + " household " + n, postcode(), lat, lon, members, carer));
		households.add(new Household(id, lat, lon, maxChildren));
	}

	// ---- a family network

	private void family(Doc doc, int f) {
		String p = "sf" + f + "-";
		int[] next = { 0 };
		double lat = lat();
		double lon = lon();
		String[] identity = pick(IDENTITIES);
		String motherFamily = pick(FAMILY);
		String fatherFamily = pick(FAMILY);

		// The mother's side: great-grandparents, grandparents (maybe divorced, grandfather re-partnered), aunts and uncles.
		int motherBorn = year(1978, 2000);
		int grandBorn = motherBorn - 20 - random.nextInt(14);
		String ggm = adult(doc, p, next, "female", motherFamily, grandBorn - 25 - random.nextInt(8), identity, lat, lon);
		String ggf = adult(doc, p, next, "male", motherFamily, grandBorn - 27 - random.nextInt(8), identity, lat, lon);
		doc.partnerships.add(new PartnershipDoc(List.of(ggf, ggm), "married", "widowed", null, null));
		String gm = adult(doc, p, next, "female", motherFamily, grandBorn, identity, lat, lon);
		String gf = adult(doc, p, next, "male", motherFamily, grandBorn - random.nextInt(5), identity, lat, lon);
		birth(doc, ggm, gm);
		birth(doc, ggf, gm);
		greatAuntsAndUncles(doc, p, next, ggm, ggf, grandBorn, motherFamily, identity, lat, lon);
		boolean divorced = random.nextInt(10) < 3;
		doc.partnerships.add(new PartnershipDoc(List.of(gf, gm), "married", divorced ? "divorced" : "current", null, null));
		if (divorced) {
			String stepGran = adult(doc, p, next, "female", pick(FAMILY), grandBorn + random.nextInt(8), identity, lat, lon);
			doc.partnerships.add(new PartnershipDoc(List.of(gf, stepGran), "cohabiting", "current", null, null));
			if (random.nextBoolean()) {
				String stepAunt = adult(doc, p, next, "female", pick(FAMILY), motherBorn + random.nextInt(6), identity, lat, lon);
				birth(doc, stepGran, stepAunt);
			}
		}
		String mother = adult(doc, p, next, "female", motherFamily, motherBorn, identity, lat, lon);
		birth(doc, gm, mother);
		birth(doc, gf, mother);
		auntsAndUncles(doc, p, next, gm, gf, motherBorn, motherFamily, identity, lat, lon, 1 + random.nextInt(4));

		// The father: now and then one already in kinmap from an earlier network.
		Father father;
		if (!fathers.isEmpty() && random.nextInt(10) == 0) {
			father = fathers.get(random.nextInt(fathers.size()));
		}
		else {
			int fatherBorn = motherBorn - 6 + random.nextInt(11);
			String id = adult(doc, p, next, "male", fatherFamily, fatherBorn, identity, lat, lon);
			int pgBorn = fatherBorn - 20 - random.nextInt(14);
			String pgm = adult(doc, p, next, "female", fatherFamily, pgBorn, identity, lat, lon);
			String pgf = adult(doc, p, next, "male", fatherFamily, pgBorn - random.nextInt(5), identity, lat, lon);
			doc.partnerships.add(new PartnershipDoc(List.of(pgf, pgm), "married", random.nextBoolean() ? "current" : "widowed",
					null, null));
			birth(doc, pgm, id);
			birth(doc, pgf, id);
			auntsAndUncles(doc, p, next, pgm, pgf, fatherBorn, fatherFamily, identity, lat, lon, random.nextInt(4));
			father = new Father(id, fatherBorn);
			fathers.add(father);
			if (random.nextInt(5) == 0) {
				String other = adult(doc, p, next, "female", pick(FAMILY), fatherBorn - 3 + random.nextInt(8), identity, lat, lon);
				doc.partnerships.add(new PartnershipDoc(List.of(id, other), "cohabiting", "separated", null, null));
				children(doc, p, next, other, id, Math.max(motherBorn, fatherBorn) + 18, 1 + random.nextInt(2), fatherFamily,
						identity, lat, lon);
			}
		}
		doc.partnerships.add(new PartnershipDoc(List.of(mother, father.id()), random.nextBoolean() ? "married" : "cohabiting",
				"separated", null, null));
		int firstBirth = Math.min(2024, Math.max(motherBorn, father.born()) + 18 + random.nextInt(6));
		List<String> kids = children(doc, p, next, mother, father.id(), firstBirth, 1 + random.nextInt(3), fatherFamily,
				identity, lat, lon);
		if (random.nextInt(10) < 3) {
			// A second partner: half-siblings; sometimes that father is not recorded, and the link says so.
			boolean recorded = random.nextInt(4) > 0;
			String second = recorded ? adult(doc, p, next, "male", pick(FAMILY), motherBorn - 2 + random.nextInt(8), identity,
					lat, lon) : null;
			if (second != null) {
				doc.partnerships.add(new PartnershipDoc(List.of(mother, second), "cohabiting", "current", null, null));
			}
			int born = Math.min(2025, firstBirth + 2 * kids.size() + 1);
			List<String> halves = children(doc, p, next, mother, second, born, 1 + random.nextInt(2), motherFamily, identity,
					lat, lon);
			if (!recorded && !kids.isEmpty()) {
				for (String half : halves) {
					doc.siblingLinks.add(new SiblingLinkDoc(List.of(kids.get(0), half), "half_maternal",
							"Father not recorded; mother confirms the children are half-siblings."));
				}
			}
			kids = new ArrayList<>(kids);
			kids.addAll(halves);
		}
		List<String> connected = new ArrayList<>();
		for (int i = random.nextInt(3); i > 0; i--) {
			connected.add(adult(doc, p, next, random.nextBoolean() ? "female" : "male", pick(FAMILY), year(1960, 1998), identity,
					lat, lon));
		}
		List<String> young = kids.stream().filter(k -> bornIn(doc, k) >= TODAY.getYear() - 17).toList();
		if (!young.isEmpty() && childrenInCare.size() < (persons - carerPersons + 40) / 50) {
			inCare(doc, p, young.subList(0, Math.min(young.size(), 1 + random.nextInt(4))), mother, gm, connected);
		}
		else if (!kids.isEmpty() && bornIn(doc, kids.get(0)) <= 2020) {
			closedCase(doc, p, kids.get(0), bornIn(doc, kids.get(0)));
		}
	}

	private void greatAuntsAndUncles(Doc doc, String p, int[] next, String ggm, String ggf, int grandBorn, String family,
			String[] identity, double lat, double lon) {
		for (int i = random.nextInt(3); i > 0; i--) {
			String sibling = adult(doc, p, next, random.nextBoolean() ? "female" : "male", family, grandBorn - 6 + random.nextInt(12),
					identity, lat, lon);
			birth(doc, ggm, sibling);
			birth(doc, ggf, sibling);
			if (random.nextBoolean()) {
				String child = adult(doc, p, next, random.nextBoolean() ? "female" : "male", family, grandBorn + 22 + random.nextInt(8),
						identity, lat, lon);
				birth(doc, sibling, child);
			}
		}
	}

	private void auntsAndUncles(Doc doc, String p, int[] next, String mother, String father, int born, String family,
			String[] identity, double lat, double lon, int count) {
		for (int i = 0; i < count; i++) {
			String sex = random.nextBoolean() ? "female" : "male";
			int sibBorn = born - 8 + random.nextInt(16);
			String sibling = adult(doc, p, next, sex, family, sibBorn, identity, lat, lon);
			birth(doc, mother, sibling);
			birth(doc, father, sibling);
			if (random.nextInt(10) < 7) {
				String partner = adult(doc, p, next, sex.equals("female") ? "male" : "female", pick(FAMILY),
						sibBorn - 3 + random.nextInt(7), identity, lat, lon);
				boolean married = random.nextBoolean();
				doc.partnerships.add(new PartnershipDoc(List.of(sibling, partner), married ? "married" : "cohabiting",
						random.nextInt(5) == 0 ? (married ? "divorced" : "separated") : "current", null, null));
				String mum = sex.equals("female") ? sibling : partner;
				String dad = sex.equals("female") ? partner : sibling;
				children(doc, p, next, mum, dad, sibBorn + 20 + random.nextInt(10), random.nextInt(4), family, identity, lat,
						lon);
			}
		}
	}

	/** {@code count} children of a mother and (if recorded) a father, from {@code firstBorn}; now and then twins. */
	private List<String> children(Doc doc, String p, int[] next, String mother, String father, int firstBorn, int count,
			String family, String[] identity, double lat, double lon) {
		List<String> kids = new ArrayList<>();
		int year = firstBorn;
		for (int i = 0; i < count && year <= 2025; i++) {
			boolean twins = random.nextInt(40) == 0;
			String date = year + "-" + two(1 + random.nextInt(12)) + "-" + two(1 + random.nextInt(28));
			List<String> born = new ArrayList<>();
			for (int t = twins ? 2 : 1; t > 0; t--) {
				String sex = random.nextBoolean() ? "female" : "male";
				String id = p + "p" + next[0]++;
				doc.persons.add(new PersonDoc(id, null, pick(sex.equals("female") ? GIVEN_F : GIVEN_M), family, null, sex, null,
						date, false, null, identity[0], identity[1], identity[2], null, postcode(), jitter(lat), jitter(lon), null,
						false, null));
				persons++;
				doc.births.put(id, year);
				birth(doc, mother, id);
				if (father != null) {
					birth(doc, father, id);
				}
				born.add(id);
			}
			if (twins) {
				doc.multipleBirths.add(new MultipleBirthDoc(born.get(0) + "-mb", born, "unknown"));
			}
			kids.addAll(born);
			year += 1 + random.nextInt(3);
		}
		return kids;
	}

	// ---- care

	private void inCare(Doc doc, String p, List<String> group, String mother, String grandmother, List<String> connected) {
		String plan = PLANS[random.nextInt(PLANS.length)];
		int youngest = group.stream().mapToInt(child -> bornIn(doc, child)).max().orElseThrow();
		String since = date(Math.max(2019, youngest + 1), 2026);
		for (String child : group) {
			childrenInCare.add(child);
			doc.children.add(new ChildInCareDoc(child, pick(new String[] { "C2", "C2", "C1", "V2", "E1" }), since, List.of(),
					date(2027, 2027), plan, "long_term_fostering", since, "Synthetic Social Worker", null, null));
			trackerRecords(doc, child, LocalDate.parse(since), plan);
			doc.needs.add(needs(child));
			doc.contacts.add(new ContactDoc(List.of(child, mother), random.nextBoolean() ? "direct" : "indirect",
					pick(FREQUENCIES), random.nextBoolean(), null));
		}
		for (String person : connected) {
			doc.connectedPersons.add(new ConnectedPersonDoc(person, group.get(0),
					pick(new String[] { "family_friend", "neighbour", "godparent", "teacher" }),
					pick(new String[] { "family_group_conference", "proposed_by_family", "named_by_child",
							"found_by_social_worker" }), null));
		}
		Household together = findRoom(group.size());
		List<String> homes = new ArrayList<>();
		if (together != null) {
			together.room -= group.size();
			group.forEach(child -> homes.add(together.id));
			if (group.size() > 1) {
				placedTogether++;
			}
		}
		else {
			for (String child : group) {
				Household one = findRoom(1);
				if (one != null) {
					one.room--;
				}
				homes.add(one == null ? null : one.id);
			}
		}
		for (int i = 0; i < group.size(); i++) {
			String home = homes.get(i);
			doc.placements.add(new PlacementDoc(group.get(i) + "-pl", group.get(i), home, home == null ? "Synthetic Residential Ltd"
					: null, home == null ? "R1" : "U4", since, null, null));
		}
		boolean split = group.size() > 1 && homes.stream().distinct().count() > 1;
		if (split) {
			splitGroups++;
			for (int i = 1; i < group.size(); i++) {
				doc.contacts.add(new ContactDoc(List.of(group.get(0), group.get(i)), "direct", pick(FREQUENCIES), false, null));
			}
			if (random.nextInt(10) < 6) {
				doc.assessments.add(new AssessmentDoc(p + "ta", "together_or_apart", group, group, "positive", since, since, since,
						null, null, null, "Synthetic Social Worker", random.nextBoolean() ? "apart" : "together", null));
			}
		}
		if (random.nextBoolean()) {
			String status = pick(new String[] { "requested", "in_progress", "positive", "negative", "withdrawn" });
			boolean concluded = status.equals("positive") || status.equals("negative");
			doc.assessments.add(new AssessmentDoc(p + "va", "viability", List.of(grandmother), group, status, since,
					status.equals("requested") ? null : since, concluded ? since : null, null, null, null,
					"Synthetic Social Worker", null, null));
		}
	}

	private Household findRoom(int size) {
		for (int tries = 0; tries < 12 && !households.isEmpty(); tries++) {
			Household h = households.get(random.nextInt(households.size()));
			if (h.room >= size) {
				return h;
			}
		}
		return null;
	}

	/**
	 * The permanence tracker's records of a child in care (issue 17): the reviews held so far on the statutory
	 * timetable (some late, some missed), care plans, a permanence plan for most, planning meetings, panels, care
	 * proceedings for some, and an allocation to one of 20 teams.
	 */
	private void trackerRecords(Doc doc, String child, LocalDate since, String plan) {
		Random r = trackerRandom;
		LocalDate due = since.plusDays(28);
		List<LocalDate> held = new ArrayList<>();
		for (int n = 1; !due.isAfter(TODAY) && n < 12; n++) {
			if (r.nextInt(12) == 0) {
				break; // this review was missed: the tracker shows it overdue
			}
			LocalDate on = due.plusDays(r.nextInt(10) - 3);
			if (on.isAfter(TODAY)) {
				break;
			}
			held.add(on);
			doc.reviews.add(new ReviewDoc(child + "-rv" + n, child, null, on.toString(), "Synthetic IRO", null));
			due = on.plusMonths(n == 1 ? 3 : 6);
		}
		for (int n = 0; n < held.size(); n++) {
			if (r.nextInt(5) != 0) {
				doc.plans.add(new PlanDoc(child + "-cp" + n, child, "care_plan", null, null, held.get(n).toString(), null));
			}
			if (r.nextInt(4) != 0) {
				LocalDate meeting = held.get(n).plusDays(30 + r.nextInt(60));
				doc.meetings.add(new MeetingDoc(child + "-cpm" + n, child, "care_planning",
						(meeting.isAfter(TODAY) ? TODAY : meeting).toString(), null));
			}
		}
		if (held.size() >= 2 && r.nextInt(5) != 0) {
			LocalDate agreed = held.get(1);
			doc.plans.add(new PlanDoc(child + "-pp", child, "permanence_plan", plan,
					r.nextBoolean() ? "connected_person_sgo" : "long_term_fostering", agreed.toString(), null));
			doc.meetings.add(new MeetingDoc(child + "-ppm", child, "permanence_planning", agreed.minusDays(14).toString(), null));
			if (r.nextInt(3) != 0) {
				LocalDate panel = agreed.plusDays(r.nextInt(40));
				if (!panel.isAfter(TODAY)) {
					doc.panels.add(new PanelDoc(child + "-pn", child, "permanence", panel.toString(), "permanence_plan",
							"agreed", null));
				}
			}
		}
		if (r.nextInt(3) == 0) {
			LocalDate issued = since.plusDays(r.nextInt(30));
			issued = issued.isAfter(TODAY.minusDays(3)) ? since : issued;
			boolean ended = issued.plusWeeks(30).isBefore(TODAY) && r.nextInt(4) != 0;
			doc.proceedings.add(new ProceedingsDoc(child + "-pr", child, issued.toString(), null,
					List.of(new HearingDoc(issued.plusDays(3).toString(), "case management hearing")),
					ended ? "care_order" : null, ended ? issued.plusWeeks(24 + r.nextInt(6)).toString() : null));
		}
		int team = r.nextInt(20);
		doc.allocations.add(new AllocationDoc(child, "Synthetic team " + team, "Synthetic Worker " + r.nextInt(200),
				"Synthetic Manager " + team, "Synthetic IRO " + r.nextInt(30)));
	}

	/** A child who was looked after for a while and went home: the case is closed, the network stays on record. */
	private void closedCase(Doc doc, String p, String child, int born) {
		String start = (born + 3) + "-03-01";
		String end = (born + 4) + "-06-30";
		doc.children.add(new ChildInCareDoc(child, "V2", start, List.of(), null, "return_home", null, start,
				"Synthetic Social Worker", end, "Returned home"));
		doc.placements.add(new PlacementDoc(child + "-pl", child, null, "Synthetic Residential Ltd", "R1", start, end,
				"Returned home"));
	}

	private NeedsDoc needs(String child) {
		Map<String, Map<String, Object>> d = new LinkedHashMap<>();
		String[] identity = pick(IDENTITIES);
		boolean wheelchair = random.nextInt(30) == 0;
		d.put("views", Map.of("wishes", "To stay near school and friends.", "worries", List.of(), "fears", List.of()));
		d.put("health", Map.of("conditions", random.nextInt(5) == 0 ? List.of("asthma") : List.of(), "disabilities", List.of(),
				"allergies", random.nextInt(10) == 0 ? List.of("dogs") : List.of(), "medication", List.of(), "wheelchairUser",
				wheelchair, "needsGroundFloorBedroom", wheelchair));
		d.put("education", Map.of("school", "Synthetic School " + random.nextInt(400), "schoolLatitude", lat(),
				"schoolLongitude", lon(), "keepSchool", random.nextBoolean(), "senSupport",
				pick(new String[] { "none", "none", "sen_support", "ehcp" })));
		d.put("emotionalBehavioural", Map.of("attachmentDifficulties", random.nextInt(3) == 0, "traumaHistory",
				random.nextBoolean(), "behaviours", List.of(), "therapeuticParentingNeeded", random.nextInt(4) == 0));
		d.put("identity", Map.of("ethnicity", identity[0], "religion", identity[1], "languages", List.of(identity[2]),
				"culturalNeeds", List.of()));
		d.put("familyRelationships", Map.of("keyPeople", List.of()));
		d.put("socialPresentation", Map.of("interests", List.of("football")));
		d.put("selfCare", Map.of("level", pick(new String[] { "age_appropriate", "needs_support" })));
		d.put("contact", Map.of("familyTimeLocation", "Family hub"));
		return new NeedsDoc(child, d);
	}

	// ---- persons and small things

	private String adult(Doc doc, String p, int[] next, String sex, String family, int born, String[] identity, double lat,
			double lon) {
		String id = p + "p" + next[0]++;
		boolean deceased = born < 1945 || (born < 1960 && random.nextInt(3) == 0);
		boolean risk = born > 1970 && random.nextInt(40) == 0;
		return person(doc, id, pick(sex.equals("female") ? GIVEN_F : GIVEN_M), family, sex, born, identity, jitter(lat),
				jitter(lon), deceased, risk);
	}

	private String person(Doc doc, String id, String given, String family, String sex, int born, String[] identity,
			double lat, double lon) {
		return person(doc, id, given, family, sex, born, identity, lat, lon, false, false);
	}

	private String person(Doc doc, String id, String given, String family, String sex, int born, String[] identity,
			double lat, double lon, boolean deceased, boolean risk) {
		doc.persons.add(new PersonDoc(id, null, given, family, null, sex, null, String.valueOf(born), deceased, null,
				identity[0], identity[1], identity[2], null, deceased ? null : postcode(), deceased ? null : lat,
				deceased ? null : lon, null, risk, risk ? "Synthetic risk note." : null));
		doc.births.put(id, born);
		persons++;
		return id;
	}

	private void birth(Doc doc, String parent, String child) {
		doc.parentLinks.add(new ParentLinkDoc(parent, child, "birth", null, null, null));
	}

	private static int bornIn(Doc doc, String id) {
		return doc.births.getOrDefault(id, 0);
	}

	private void flush(Doc doc, Consumer<NetworkDocument> sink) {
		if (doc.persons.isEmpty() && doc.households.isEmpty()) {
			return;
		}
		documents++;
		sink.accept(new NetworkDocument("synthetic authority, document " + documents, List.copyOf(doc.persons),
				List.copyOf(doc.parentLinks), List.copyOf(doc.partnerships), List.copyOf(doc.multipleBirths),
				List.copyOf(doc.siblingLinks), List.of(), List.copyOf(doc.connectedPersons), List.copyOf(doc.households),
				List.copyOf(doc.children), List.copyOf(doc.placements), List.copyOf(doc.assessments), List.copyOf(doc.needs),
				List.copyOf(doc.contacts), List.copyOf(doc.reviews), List.copyOf(doc.plans), List.copyOf(doc.meetings),
				List.copyOf(doc.panels), List.copyOf(doc.proceedings), List.copyOf(doc.allocations), List.of()));
		doc.clear();
	}

	private double lat() {
		return round(centreLat + (random.nextDouble() - 0.5) * spread * 2);
	}

	private double lon() {
		return round(centreLon + (random.nextDouble() - 0.5) * spread * 3);
	}

	private double jitter(double value) {
		return round(value + (random.nextDouble() - 0.5) * 0.02);
	}

	private static double round(double value) {
		return Math.round(value * 100_000) / 100_000.0;
	}

	private String postcode() {
		return "SY" + (1 + random.nextInt(40)) + " " + (1 + random.nextInt(9)) + (char) ('A' + random.nextInt(26))
				+ (char) ('A' + random.nextInt(26));
	}

	private int year(int from, int to) {
		return from + random.nextInt(to - from + 1);
	}

	private String date(int fromYear, int toYear) {
		LocalDate day = LocalDate.of(year(fromYear, toYear), 1 + random.nextInt(12), 1 + random.nextInt(28));
		return (day.isAfter(TODAY) && toYear <= TODAY.getYear() ? TODAY.minusDays(1 + random.nextInt(300)) : day).toString();
	}

	private static String two(int n) {
		return n < 10 ? "0" + n : String.valueOf(n);
	}

	private <T> T pick(T[] values) {
		return values[random.nextInt(values.length)];
	}

	/** One document being filled. */
	private static final class Doc {
		final List<PersonDoc> persons = new ArrayList<>();
		final List<ParentLinkDoc> parentLinks = new ArrayList<>();
		final List<PartnershipDoc> partnerships = new ArrayList<>();
		final List<MultipleBirthDoc> multipleBirths = new ArrayList<>();
		final List<SiblingLinkDoc> siblingLinks = new ArrayList<>();
		final List<ConnectedPersonDoc> connectedPersons = new ArrayList<>();
		final List<HouseholdDoc> households = new ArrayList<>();
		final List<ChildInCareDoc> children = new ArrayList<>();
		final List<PlacementDoc> placements = new ArrayList<>();
		final List<AssessmentDoc> assessments = new ArrayList<>();
		final List<NeedsDoc> needs = new ArrayList<>();
		final List<ContactDoc> contacts = new ArrayList<>();
		final List<ReviewDoc> reviews = new ArrayList<>();
		final List<PlanDoc> plans = new ArrayList<>();
		final List<MeetingDoc> meetings = new ArrayList<>();
		final List<PanelDoc> panels = new ArrayList<>();
		final List<ProceedingsDoc> proceedings = new ArrayList<>();
		final List<AllocationDoc> allocations = new ArrayList<>();
		final Map<String, Integer> births = new java.util.HashMap<>();

		void clear() {
			persons.clear();
			parentLinks.clear();
			partnerships.clear();
			multipleBirths.clear();
			siblingLinks.clear();
			connectedPersons.clear();
			households.clear();
			children.clear();
			placements.clear();
			assessments.clear();
			needs.clear();
			contacts.clear();
			reviews.clear();
			plans.clear();
			meetings.clear();
			panels.clear();
			proceedings.clear();
			allocations.clear();
			births.clear();
		}
	}
}
