package org.kinmap.kinship;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.kinmap.assessments.AssessmentStatus;
import org.kinmap.assessments.AssessmentType;
import org.kinmap.kinship.KinshipViews.Gap;

/** The gaps in a child's network, found by the {@link #RULES}, each a small named rule. */
final class NetworkGaps {

	static final List<GapRule> RULES = List.of(new ParentNotRecorded(), new NoGrandparentsOnASide(),
			new NobodyBeyondTheParent(), new NoConnectedPersons(), new NoWayToContact(), new Reg24Expiring());

	private NetworkGaps() {
	}

	static List<Gap> find(GapRule.Facts facts) {
		return RULES.stream().flatMap(r -> r.find(facts).stream()).toList();
	}

	/** The child's mother or father is not recorded. */
	static final class ParentNotRecorded implements GapRule {

		@Override
		public List<Gap> find(Facts f) {
			List<Gap> gaps = new ArrayList<>();
			if (f.parent("female") == null) {
				gaps.add(new Gap("mother_not_recorded", "The child's mother is not recorded.",
						"Record the mother from the birth certificate or the case history; without her the maternal side "
								+ "of the family cannot be explored.", List.of()));
			}
			if (f.parent("male") == null) {
				gaps.add(new Gap("father_not_recorded", "The child's father is not recorded.",
						"Ask the mother and the family who the father is and check the birth certificate; if he is "
								+ "known, record him and explore the paternal family.", List.of()));
			}
			return gaps;
		}
	}

	/** A recorded parent whose own parents are not recorded. */
	static final class NoGrandparentsOnASide implements GapRule {

		@Override
		public List<Gap> find(Facts f) {
			List<Gap> gaps = new ArrayList<>();
			for (String sex : List.of("female", "male")) {
				KinPerson parent = f.parent(sex);
				if (parent != null && f.genogram().lineageParents(parent.id()).isEmpty()) {
					String side = "female".equals(sex) ? "maternal" : "paternal";
					String who = "female".equals(sex) ? "mother" : "father";
					gaps.add(new Gap("no_" + side + "_grandparents", "No grandparents are recorded on the " + side + " side.",
							"Ask the " + who + " who her or his parents are, whether they are alive and where they live; "
									+ "grandparents are close relatives (s105) to consider early.", List.of(parent.id())));
				}
			}
			return gaps;
		}
	}

	/** A side of the family with nobody recorded beyond the parent: no grandparent, aunt, uncle or cousin on it. */
	static final class NobodyBeyondTheParent implements GapRule {

		@Override
		public List<Gap> find(Facts f) {
			List<Gap> gaps = new ArrayList<>();
			for (Side side : List.of(Side.MATERNAL, Side.PATERNAL)) {
				KinPerson parent = f.parent(side == Side.MATERNAL ? "female" : "male");
				if (parent == null) {
					continue;
				}
				boolean anyone = f.relatives().entrySet().stream().anyMatch(e -> !e.getKey().equals(parent.id())
						&& e.getValue().stream().anyMatch(k -> (k.side() == side || k.side() == Side.BOTH)
								&& k.kind() != Kind.PARTNER && k.generationsUp() != null && k.generationsUp() >= 2));
				if (!anyone) {
					String who = side == Side.MATERNAL ? "mother" : "father";
					gaps.add(new Gap("nobody_beyond_" + who, "Nobody is recorded on the " + side.code() + " side beyond the "
							+ who + ".", "Draw the " + side.code() + " family tree with the " + who
									+ " and invite the " + side.code() + " family to a family group conference.",
							List.of(parent.id())));
				}
			}
			return gaps;
		}
	}

	/** Nobody recorded as a connected person (family friend, neighbour, godparent, teacher, former carer). */
	static final class NoConnectedPersons implements GapRule {

		@Override
		public List<Gap> find(Facts f) {
			if (!f.child().connected().isEmpty()) {
				return List.of();
			}
			return List.of(new Gap("no_connected_persons", "No connected persons are recorded.",
					"Ask the child, the family and the school who matters to the child (family friends, neighbours, "
							+ "godparents, former carers) and record them; a family group conference can propose them.",
					List.of()));
		}
	}

	/** Living adult relatives (within the third degree) and connected persons with no phone, email or address. */
	static final class NoWayToContact implements GapRule {

		@Override
		public List<Gap> find(Facts f) {
			List<String> ids = f.relatives().entrySet().stream().filter(e -> {
				KinPerson p = f.genogram().get(e.getKey());
				Integer age = p.ageOn(f.today());
				Kinship k = e.getValue().get(0);
				return !p.contactable() && p.livingOn(f.today()) && (age == null || age >= 18) && !p.riskToChildren()
						&& (k.degree() <= 3 || k.kind() == Kind.CONNECTED_PERSON);
			}).map(e -> e.getKey()).sorted().toList();
			if (ids.isEmpty()) {
				return List.of();
			}
			return List.of(new Gap("no_way_to_contact", ids.size() == 1 ? "One relative or connected person has no phone, "
					+ "email or address recorded." : ids.size() + " relatives or connected persons have no phone, email or "
							+ "address recorded.",
					"Ask the family for their details, or trace them, so that they can be approached.", ids));
		}
	}

	/**
	 * A Regulation 24 temporary approval for the child that has expired or expires within four weeks, without
	 * a positive full connected-person assessment of the same person.
	 */
	static final class Reg24Expiring implements GapRule {

		static final int WARNING_DAYS = 28;

		@Override
		public List<Gap> find(Facts f) {
			List<Gap> gaps = new ArrayList<>();
			LocalDate today = f.today();
			for (AssessmentSummary a : f.child().assessments()) {
				if (!a.is(AssessmentType.CONNECTED_PERSON_REG24) || !a.is(AssessmentStatus.POSITIVE) || a.expiresOn() == null
						|| a.expiresOn().isAfter(today.plusDays(WARNING_DAYS))) {
					continue;
				}
				Set<String> subjects = Set.copyOf(a.subjects());
				boolean full = f.child().assessments().stream().anyMatch(o -> o.is(AssessmentType.CONNECTED_PERSON_FULL)
						&& o.is(AssessmentStatus.POSITIVE) && o.subjects().stream().anyMatch(subjects::contains));
				if (full) {
					continue;
				}
				long days = ChronoUnit.DAYS.between(today, a.expiresOn());
				String when = days < 0 ? "expired on " + a.expiresOn() : days == 0 ? "expires today"
						: "expires on " + a.expiresOn() + " (in " + days + (days == 1 ? " day)" : " days)");
				gaps.add(new Gap(days < 0 ? "reg24_expired" : "reg24_expiring",
						"The Regulation 24 temporary approval " + when + " and no full connected-person assessment has "
								+ "been approved.",
						days < 0 ? "The child is placed without approval: take the full assessment to the fostering panel "
								+ "now, or agree another plan with the manager today."
								: "Complete the full connected-person assessment and take it to the fostering panel before "
										+ a.expiresOn() + ", or ask for the one extension of up to 8 weeks (Regulation 25).",
						a.subjects()));
			}
			return gaps;
		}
	}
}
