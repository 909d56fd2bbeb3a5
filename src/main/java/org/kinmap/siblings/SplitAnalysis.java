package org.kinmap.siblings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.kinmap.assessments.Recommendation;
import org.kinmap.network.ContactFrequency;
import org.kinmap.network.PersonRef;
import org.kinmap.siblings.SiblingViews.AssessmentSummary;
import org.kinmap.siblings.SiblingViews.ContactView;
import org.kinmap.siblings.SiblingViews.DistanceView;
import org.kinmap.siblings.SiblingViews.HouseholdView;
import org.kinmap.siblings.SiblingViews.ReunificationOption;
import org.kinmap.siblings.SiblingViews.SeparatedPair;
import org.kinmap.siblings.SiblingViews.SplitView;
import org.kinmap.system.Coded;

/**
 * Whether a sibling group is split and, if so, how: the homes and the distances between them, each separated pair's
 * contact and when they parted, whether a together-or-apart assessment backs the split, and what has changed
 * since it concluded.
 *
 * <p>A group is <em>split</em> when its looked-after members under 18 live in more than one home; it is
 * <em>split including home or adopted</em> when its children who are looked after, at home or adopted do. The
 * assessment state looks at each separated pair with a looked-after child: contrary when the latest concluded
 * together-or-apart assessment recommended that pair live together (together, or some together with the pair
 * named as together), unassessed when no concluded assessment covers the pair, as assessed otherwise. For a split
 * group only pairs of two looked-after children count; for a group split only with a child at home or adopted,
 * pairs with one looked-after child do.
 */
final class SplitAnalysis {

	/** The answer for one group. */
	record Result(boolean split, boolean splitIncludingHomeOrAdopted, AssessmentState state, SplitView view) {

		static final Result NOT_SPLIT = new Result(false, false, null, null);
	}

	private SplitAnalysis() {
	}

	static Result analyse(SiblingGroup group, Map<String, Member> members, List<TogetherOrApart> assessments,
			List<Contact> contacts, List<ReunificationOption> options, LocalDate today) {
		List<Member> wide = group.members().stream().map(members::get).filter(m -> m != null && m.countsForWiderSplit()).toList();
		List<Member> narrow = wide.stream().filter(Member::countsForSplit).toList();
		boolean split = narrow.stream().map(m -> m.home().key()).distinct().count() > 1;
		boolean wider = wide.stream().map(m -> m.home().key()).distinct().count() > 1;
		if (!split && !wider) {
			return Result.NOT_SPLIT;
		}
		// Homes and distances.
		Map<String, List<Member>> byHome = new LinkedHashMap<>();
		wide.forEach(m -> byHome.computeIfAbsent(m.home().key(), k -> new ArrayList<>()).add(m));
		List<HouseholdView> households = byHome.values().stream().map(list -> {
			Member.Home h = list.get(0).home();
			return new HouseholdView(h.key(), h.householdId(), h.name(), h.postcode(), h.carerHousehold(), h.provider(),
					list.stream().map(SplitAnalysis::ref).toList());
		}).toList();
		List<Member.Home> homes = byHome.values().stream().map(l -> l.get(0).home()).toList();
		List<DistanceView> distances = new ArrayList<>();
		for (int i = 0; i < homes.size(); i++) {
			for (int j = i + 1; j < homes.size(); j++) {
				Member.Home x = homes.get(i);
				Member.Home y = homes.get(j);
				distances.add(new DistanceView(label(x), label(y),
						Distance.km(x.latitude(), x.longitude(), y.latitude(), y.longitude())));
			}
		}
		// The assessment that speaks for the group now: the latest concluded one covering two or more members.
		List<TogetherOrApart> relevant = assessments.stream()
			.filter(a -> !"withdrawn".equals(a.status()))
			.filter(a -> a.children().stream().filter(group::contains).count() >= 2)
			.toList();
		Optional<TogetherOrApart> concluded = relevant.stream().filter(TogetherOrApart::concluded)
			.max(Comparator.comparing(TogetherOrApart::concludedOn).thenComparing(TogetherOrApart::id));
		Optional<TogetherOrApart> shown = concluded.or(() -> relevant.stream()
			.max(Comparator.comparing(TogetherOrApart::requestedOn, Comparator.nullsFirst(Comparator.naturalOrder()))
				.thenComparing(TogetherOrApart::id)));
		// Separated pairs.
		List<SeparatedPair> pairs = new ArrayList<>();
		boolean contrary = false;
		boolean uncovered = false;
		List<String> reviewReasons = new ArrayList<>();
		for (int i = 0; i < wide.size(); i++) {
			for (int j = i + 1; j < wide.size(); j++) {
				Member x = wide.get(i);
				Member y = wide.get(j);
				if (x.home().key().equals(y.home().key())) {
					continue;
				}
				Optional<Contact> contact = contacts.stream().filter(c -> c.between(x.id(), y.id())).findFirst();
				LocalDate together = parted(x, y);
				LocalDate parted = together != null ? together : apartFromTheStart(x, y);
				String assessed = concluded.filter(a -> a.covers(x.id(), y.id())).map(a -> pairAdvice(a, x.id(), y.id())).orElse(null);
				if (split ? x.lookedAfter() && y.lookedAfter() : x.lookedAfter() || y.lookedAfter()) {
					if (assessed == null) {
						uncovered = true;
					}
					else if ("together".equals(assessed)) {
						contrary = true;
						reviewReasons.add(x.name() + " and " + y.name()
								+ " live apart although the assessment recommended they live together.");
					}
				}
				pairs.add(new SeparatedPair(ref(x), ref(y), x.lookedAfter() && y.lookedAfter(),
						contact.map(SplitAnalysis::contactView).orElse(null), contact.isEmpty(), parted,
						together != null, assessed));
			}
		}
		AssessmentState state = contrary ? AssessmentState.CONTRARY_TO_ASSESSMENT
				: uncovered ? AssessmentState.UNASSESSED : AssessmentState.AS_ASSESSED;
		boolean pending = state == AssessmentState.UNASSESSED && relevant.stream()
			.anyMatch(a -> "requested".equals(a.status()) || "in_progress".equals(a.status()));
		if (uncovered) {
			reviewReasons.add((concluded.isEmpty() ? "No concluded together-or-apart assessment covers the split"
					: "The assessment of " + concluded.get().concludedOn() + " does not cover every separated pair")
					+ (pending ? "; one is requested or in progress." : "."));
		}
		List<String> changes = concluded.map(a -> changes(a, narrow, options)).orElse(List.of());
		reviewReasons.addAll(changes);
		LocalDate separatedOn = pairs.stream().filter(SeparatedPair::bothLookedAfter).map(SeparatedPair::separatedOn)
			.filter(d -> d != null).min(Comparator.naturalOrder()).orElse(null);
		AssessmentSummary summary = shown.map(a -> new AssessmentSummary(a.id(), a.status(), a.recommendation(),
				Coded.parse(Recommendation.class, a.recommendation()).map(Coded::label).orElse(null), a.concludedOn(),
				a.children().stream().sorted().map(id -> members.containsKey(id) ? ref(members.get(id)) : new PersonRef(id, null)).toList(),
				a.reasons(), a.assessor())).orElse(null);
		SplitView view = new SplitView(households, List.copyOf(distances), summary, state.code(), state.label(), pending,
				List.copyOf(pairs), separatedOn, changes, !reviewReasons.isEmpty(), List.copyOf(reviewReasons));
		return new Result(split, wider, state, view);
	}

	/** What the assessment said of one pair: "together" or "apart". */
	private static String pairAdvice(TogetherOrApart a, String x, String y) {
		Optional<Boolean> named = a.pairs().stream()
			.filter(p -> (p.a().equals(x) && p.b().equals(y)) || (p.a().equals(y) && p.b().equals(x)))
			.map(TogetherOrApart.PairAssessment::placeTogether).filter(t -> t != null).findFirst();
		if (named.isPresent()) {
			return named.get() ? "together" : "apart";
		}
		return "together".equals(a.recommendation()) ? "together" : "apart";
	}

	/** Placement moves, new arrivals in care and new room with a carer since the assessment concluded. */
	private static List<String> changes(TogetherOrApart a, List<Member> children, List<ReunificationOption> options) {
		LocalDate since = a.concludedOn();
		List<String> changes = new ArrayList<>();
		Map<String, List<String>> moves = new LinkedHashMap<>();
		for (Member c : children) {
			if (c.lookedAfterSince() != null && c.lookedAfterSince().isAfter(since)) {
				changes.add(c.name() + " became looked after on " + c.lookedAfterSince() + ", after the assessment.");
			}
			else if (c.arrivedOn() != null && c.arrivedOn().isAfter(since)) {
				moves.computeIfAbsent(label(c.home()) + " on " + c.arrivedOn(), k -> new ArrayList<>()).add(c.name());
			}
		}
		moves.forEach((where, who) -> changes.add(Words.list(who) + " moved to " + where + ", after the assessment."));
		String all = children.size() == 2 ? "both children" : "all " + children.size() + " children";
		for (ReunificationOption o : options) {
			if (o.roomSince() != null && o.roomSince().isAfter(since)) {
				changes.add(o.name() + " could now take " + all + " together (room since " + o.roomSince() + ").");
			}
		}
		return List.copyOf(changes);
	}

	/** When two people last stopped living at the same home, from their recorded stays; null if never on record. */
	static LocalDate parted(Member x, Member y) {
		LocalDate last = null;
		for (Member.Stay s : x.stays()) {
			for (Member.Stay t : y.stays()) {
				if (!s.homeKey().equals(t.homeKey()) || (s.end() == null && t.end() == null)) {
					continue;
				}
				LocalDate start = max(s.start(), t.start());
				LocalDate end = s.end() == null ? t.end() : t.end() == null ? s.end() : s.end().isBefore(t.end()) ? s.end() : t.end();
				if (start != null && start.isAfter(end)) {
					continue;
				}
				if (last == null || end.isAfter(last)) {
					last = end;
				}
			}
		}
		return last;
	}

	/**
	 * For two looked-after children never recorded in one home: the day the later of them was first placed, since
	 * when they have lived apart. Null when either is not looked after or has no dated stay.
	 */
	static LocalDate apartFromTheStart(Member x, Member y) {
		if (!x.lookedAfter() || !y.lookedAfter()) {
			return null;
		}
		LocalDate a = x.stays().stream().map(Member.Stay::start).filter(d -> d != null).min(Comparator.naturalOrder()).orElse(null);
		LocalDate b = y.stays().stream().map(Member.Stay::start).filter(d -> d != null).min(Comparator.naturalOrder()).orElse(null);
		return a == null || b == null ? null : max(a, b);
	}

	private static LocalDate max(LocalDate a, LocalDate b) {
		if (a == null) {
			return b;
		}
		return b == null || a.isAfter(b) ? a : b;
	}

	static ContactView contactView(Contact c) {
		return new ContactView(c.mode(), c.frequency(),
				Coded.parse(ContactFrequency.class, c.frequency()).map(Coded::label).orElse(null), c.supervised());
	}

	static PersonRef ref(Member m) {
		return new PersonRef(m.id(), m.name());
	}

	static String label(Member.Home h) {
		if (h == null) {
			return "an unrecorded home";
		}
		if (h.name() != null) {
			return h.name();
		}
		return h.provider() != null ? h.provider() : "an adoptive home";
	}
}
