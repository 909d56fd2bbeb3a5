package org.kinmap.siblings;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.kinmap.care.LegalStatus;
import org.kinmap.care.PermanencePlan;
import org.kinmap.matching.GroupEligibility;
import org.kinmap.matching.HouseholdFit;
import org.kinmap.network.PersonRef;
import org.kinmap.siblings.SiblingViews.ChildSiblings;
import org.kinmap.siblings.SiblingViews.GroupDetail;
import org.kinmap.siblings.SiblingViews.GroupRow;
import org.kinmap.siblings.SiblingViews.HomeView;
import org.kinmap.siblings.SiblingViews.MemberRow;
import org.kinmap.siblings.SiblingViews.MemberView;
import org.kinmap.siblings.SiblingViews.RelationView;
import org.kinmap.siblings.SiblingViews.ReunificationOption;
import org.kinmap.siblings.SiblingViews.SiblingOf;
import org.kinmap.siblings.SiblingViews.Summary;
import org.kinmap.system.Coded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sibling groups computed from the graph on each request, with their splits, assessment state, contact and
 * reunification options. A question reads only the families it is about: the split lists and figures start from
 * the people a split can be about ({@link SplitSeeds}), one group or one person's siblings from that person, and
 * walk out to the rest of their groups ({@link SiblingReach}); only the lists of every group read every family. The
 * number of groups in the whole authority, and where to find a group by its id, come from the
 * {@link SiblingGroupCensus}.
 */
@Service
@Transactional(readOnly = true)
class SiblingGroups {

	private static final Logger log = LoggerFactory.getLogger(SiblingGroups.class);

	private final SiblingGraph graph;
	private final SiblingGroupCensus census;
	private final GroupEligibility eligibility;
	private final Clock clock;

	SiblingGroups(SiblingGraph graph, SiblingGroupCensus census, GroupEligibility eligibility, Clock clock) {
		this.graph = graph;
		this.census = census;
		this.eligibility = eligibility;
		this.clock = clock;
	}

	/** One group with everything known about it. */
	record Analysed(SiblingGroup group, Map<String, Member> members, SplitAnalysis.Result split,
			List<ReunificationOption> options, List<Contact> contacts) {
	}

	/** Every group in the authority (reads every family link). */
	List<SiblingGroup> groups(Set<SiblingKind> kinds) {
		return new SiblingGrouping(kinds).groups(SiblingRelations.derive(graph.familyLinks()).values());
	}

	/**
	 * The groups of these people, whole, and any other group the walk out to them met, as the whole graph would give
	 * them: largest first, then by id.
	 */
	List<SiblingGroup> groupsAround(Collection<String> people, Set<SiblingKind> kinds) {
		if (people.isEmpty()) {
			return List.of();
		}
		long start = System.nanoTime();
		FamilyLinks links = graph.linksAround(people, kinds);
		long read = System.nanoTime();
		List<SiblingGroup> groups = new SiblingGrouping(kinds).groups(SiblingRelations.derive(links).values());
		if (log.isDebugEnabled()) {
			log.debug("groups around {} people: walk and links read in {} ms, {} groups derived in {} ms", people.size(),
					(read - start) / 1_000_000, groups.size(), (System.nanoTime() - read) / 1_000_000);
		}
		return groups;
	}

	/** Every group a split can be about: those with a looked-after child, or an adopted child or a child at home. */
	List<SiblingGroup> splitScope(Set<SiblingKind> kinds) {
		return splitScope(kinds, graph.splitSeeds(LocalDate.now(clock)));
	}

	private List<SiblingGroup> splitScope(Set<SiblingKind> kinds, Set<String> seeds) {
		return groupsAround(seeds, kinds).stream().filter(g -> g.members().stream().anyMatch(seeds::contains)).toList();
	}

	/**
	 * The split scope analysed. Whether a group is split, and who in it is looked after, turns only on its
	 * {@link SplitSeeds}, so they are read first; only the groups that are split (or, with {@code lookedAfterWhole},
	 * have a looked-after child) are then read whole and analysed. The others are answered as not split, with only
	 * their seeds among the members.
	 */
	List<Analysed> analyseSplitScope(Set<SiblingKind> kinds, boolean lookedAfterWhole) {
		long start = System.nanoTime();
		LocalDate today = LocalDate.now(clock);
		Set<String> seeds = graph.splitSeeds(today);
		long seeded = System.nanoTime();
		List<SiblingGroup> scope = splitScope(kinds, seeds);
		long scoped = System.nanoTime();
		Map<String, Member> members = new HashMap<>();
		graph.members(SiblingGraph.ids(scope).stream().filter(seeds::contains).toList(), today)
			.forEach(m -> members.put(m.id(), m));
		long seedMembers = System.nanoTime();
		List<SiblingGroup> whole = scope.stream().filter(g -> {
			List<Member> known = g.members().stream().map(members::get).filter(m -> m != null).toList();
			return known.stream().filter(Member::countsForWiderSplit).map(m -> m.home().key()).distinct().count() > 1
					|| lookedAfterWhole && known.stream().anyMatch(Member::lookedAfter);
		}).toList();
		graph.members(SiblingGraph.ids(whole).stream().filter(id -> !members.containsKey(id)).toList(), today)
			.forEach(m -> members.put(m.id(), m));
		long wholeMembers = System.nanoTime();
		Map<String, Analysed> analysed = new HashMap<>();
		analyse(whole, members).forEach(a -> analysed.put(a.group().id(), a));
		if (log.isDebugEnabled()) {
			log.debug("split scope: {} seeds in {} ms, {} groups in {} ms, seeds' homes in {} ms, {} groups read whole in {} ms"
					+ " and analysed in {} ms", seeds.size(), (seeded - start) / 1_000_000, scope.size(),
					(scoped - seeded) / 1_000_000, (seedMembers - scoped) / 1_000_000, whole.size(),
					(wholeMembers - seedMembers) / 1_000_000, (System.nanoTime() - wholeMembers) / 1_000_000);
		}
		return scope.stream()
			.map(g -> analysed.getOrDefault(g.id(), new Analysed(g, members, SplitAnalysis.Result.NOT_SPLIT, List.of(), List.of())))
			.toList();
	}

	List<Analysed> analyse(List<SiblingGroup> groups) {
		if (groups.isEmpty()) {
			return List.of();
		}
		Map<String, Member> members = new HashMap<>();
		graph.members(SiblingGraph.ids(groups), LocalDate.now(clock)).forEach(m -> members.put(m.id(), m));
		return analyse(groups, members);
	}

	/** The groups analysed, given every member of them. */
	private List<Analysed> analyse(List<SiblingGroup> groups, Map<String, Member> members) {
		if (groups.isEmpty()) {
			return List.of();
		}
		long start = System.nanoTime();
		LocalDate today = LocalDate.now(clock);
		Set<String> ids = SiblingGraph.ids(groups);
		ByPerson<TogetherOrApart> assessments = new ByPerson<>(graph.assessments(ids), a -> a.children());
		ByPerson<Contact> contacts = new ByPerson<>(graph.contacts(ids), c -> List.of(c.a(), c.b()));
		long read = System.nanoTime();
		Map<SiblingGroup, List<Member>> apart = new HashMap<>();
		for (SiblingGroup group : groups) {
			List<Member> children = group.members().stream().map(members::get).filter(m -> m != null && m.movable()).toList();
			if (children.stream().map(m -> m.home().key()).distinct().count() > 1) {
				apart.put(group, children);
			}
		}
		Map<SiblingGroup, List<ReunificationOption>> options = reunificationOptions(apart);
		if (log.isDebugEnabled()) {
			log.debug("{} groups: assessments and contacts read in {} ms, reunification options for {} split in {} ms",
					groups.size(), (read - start) / 1_000_000, apart.size(), (System.nanoTime() - read) / 1_000_000);
		}
		List<Analysed> analysed = new ArrayList<>();
		for (SiblingGroup group : groups) {
			List<ReunificationOption> groupOptions = options.getOrDefault(group, List.of());
			Set<String> in = Set.copyOf(group.members());
			List<TogetherOrApart> touching = assessments.touching(group.members(), a -> a.children().stream().anyMatch(in::contains));
			List<Contact> within = contacts.touching(group.members(), c -> in.contains(c.a()) && in.contains(c.b()));
			SplitAnalysis.Result result = SplitAnalysis.analyse(group, members, touching, within, groupOptions, today);
			analysed.add(new Analysed(group, members, result, groupOptions, within));
		}
		return analysed;
	}

	/**
	 * Records found once for many groups, indexed by the people they are about, so that each group finds its own
	 * without going through all of them; in the order they were read.
	 */
	private static final class ByPerson<T> {

		private final List<T> all;
		private final Map<String, List<Integer>> byPerson = new HashMap<>();

		ByPerson(List<T> all, java.util.function.Function<T, Collection<String>> people) {
			this.all = all;
			for (int i = 0; i < all.size(); i++) {
				for (String p : people.apply(all.get(i))) {
					byPerson.computeIfAbsent(p, k -> new ArrayList<>()).add(i);
				}
			}
		}

		/** Those about any of these people that pass the test, in the order read, each once. */
		List<T> touching(Collection<String> people, java.util.function.Predicate<T> test) {
			java.util.TreeSet<Integer> found = new java.util.TreeSet<>();
			for (String p : people) {
				found.addAll(byPerson.getOrDefault(p, List.of()));
			}
			return found.stream().map(all::get).filter(test).toList();
		}
	}

	/**
	 * The reunification options of the groups whose looked-after children live apart: the matching module finds the
	 * carer households that could take each group's children together (its hard constraints and scores), in one
	 * call; only those households are read as homes.
	 */
	private Map<SiblingGroup, List<ReunificationOption>> reunificationOptions(Map<SiblingGroup, List<Member>> apart) {
		if (apart.isEmpty()) {
			return Map.of();
		}
		List<SiblingGroup> order = List.copyOf(apart.keySet());
		List<List<HouseholdFit>> fits = eligibility.eligibleForReunification(
				order.stream().map(g -> apart.get(g).stream().map(Member::id).toList()).toList());
		List<CarerHome> homes = graph.carerHomes(fits.stream().flatMap(List::stream).map(HouseholdFit::householdId).distinct().toList());
		Map<SiblingGroup, List<ReunificationOption>> options = new HashMap<>();
		for (int i = 0; i < order.size(); i++) {
			options.put(order.get(i), ReunificationFinder.options(apart.get(order.get(i)), homes, fits.get(i)));
		}
		return options;
	}

	/**
	 * Every group, optionally only split ones or only those with a looked-after member. Split groups and groups
	 * with a looked-after member are all among the {@link #splitScope}; the others can be anywhere.
	 */
	public List<GroupRow> list(Set<SiblingKind> kinds, Boolean split, Boolean inCare) {
		boolean scoped = Boolean.TRUE.equals(split) || Boolean.TRUE.equals(inCare);
		return (scoped ? analyseSplitScope(kinds, Boolean.TRUE.equals(inCare)) : analyse(groups(kinds))).stream()
			.filter(a -> split == null || a.split().split() == split)
			.filter(a -> inCare == null || lookedAfter(a) > 0 == inCare)
			.map(SiblingGroups::row)
			.toList();
	}

	/** The group with this id: the census names a member; the group is derived around them. */
	public Optional<GroupDetail> group(String id, Set<SiblingKind> kinds) {
		String member = census.of(kinds).memberOf(id);
		if (member == null) {
			return Optional.empty();
		}
		return groupsAround(List.of(member), kinds).stream().filter(g -> g.id().equals(id)).findFirst()
			.map(g -> detail(analyse(List.of(g)).get(0), kinds));
	}

	/** The siblings of one person, closest relation first; empty when the person has none. */
	public Optional<ChildSiblings> siblingsOf(String personId, Set<SiblingKind> kinds) {
		return groupsAround(List.of(personId), kinds).stream().filter(g -> g.contains(personId)).findFirst().map(g -> {
			Analysed a = analyse(List.of(g)).get(0);
			Member self = a.members().get(personId);
			List<SiblingOf> siblings = g.members().stream().filter(m -> !m.equals(personId)).map(other -> {
				Member m = a.members().get(other);
				Optional<SiblingRelation> direct = g.relations().stream()
					.filter(r -> r.a().equals(personId) && r.b().equals(other) || r.b().equals(personId) && r.a().equals(other))
					.findFirst();
				Optional<Contact> contact = a.contacts().stream().filter(c -> c.between(personId, other)).findFirst();
				return new SiblingOf(other, m.name(), m.age(), m.living().code(), m.living().label(), home(m.home()),
						direct.map(r -> r.kind().code()).orElse(null), direct.map(r -> r.kind().label()).orElse("sibling of a sibling"),
						direct.map(r -> r.kinds().stream().map(SiblingKind::code).toList()).orElse(List.of()),
						direct.map(SiblingRelation::via).orElse(null), direct.isPresent(),
						contact.map(SplitAnalysis::contactView).orElse(null));
			}).sorted(Comparator.comparing((SiblingOf s) -> s.kind() == null ? 99 : SiblingKind.valueOf(s.kind().toUpperCase(java.util.Locale.ROOT)).ordinal())
				.thenComparing(SiblingOf::personId)).toList();
			return new ChildSiblings(personId, self.name(), g.id(), siblings);
		});
	}

	/**
	 * The manager's figures: the groups and the people in them from the census of the whole authority; everything
	 * about looked-after children and splits from the {@link #splitScope}, where every such group is.
	 */
	public Summary summary(Set<SiblingKind> kinds) {
		List<Analysed> all = analyseSplitScope(kinds, false);
		SiblingGroupCensus.Census everyGroup = census.of(kinds);
		List<Analysed> split = all.stream().filter(a -> a.split().view() != null).toList();
		int pairs = 0;
		int noContact = 0;
		for (Analysed a : split) {
			for (var p : a.split().view().separatedPairs()) {
				pairs++;
				noContact += p.noContactRecorded() ? 1 : 0;
			}
		}
		return new Summary(everyGroup.groups(), everyGroup.persons(), (int) all.stream().filter(a -> lookedAfter(a) > 0).count(),
				(int) all.stream().filter(a -> a.split().split()).count(), split.size(),
				count(split, AssessmentState.AS_ASSESSED), count(split, AssessmentState.UNASSESSED),
				(int) split.stream().filter(a -> a.split().view().assessmentPending()).count(),
				count(split, AssessmentState.CONTRARY_TO_ASSESSMENT), pairs, noContact,
				(int) split.stream().filter(a -> !a.options().isEmpty()).count(),
				(int) split.stream().filter(a -> !a.options().isEmpty() && a.split().state() != AssessmentState.AS_ASSESSED).count(),
				(int) split.stream().filter(a -> a.split().view().reviewNeeded()).count(),
				kinds.stream().sorted().map(SiblingKind::code).toList());
	}

	private static int count(List<Analysed> split, AssessmentState state) {
		return (int) split.stream().filter(a -> a.split().state() == state).count();
	}

	private static long lookedAfter(Analysed a) {
		return a.group().members().stream().map(a.members()::get).filter(m -> m != null && m.lookedAfter()).count();
	}

	static GroupRow row(Analysed a) {
		List<MemberRow> members = a.group().members().stream().map(a.members()::get).filter(m -> m != null)
			.sorted(byAge())
			.map(m -> new MemberRow(m.id(), m.name(), m.age(), m.living().code(), m.home() == null ? null : SplitAnalysis.label(m.home())))
			.toList();
		SplitAnalysis.Result r = a.split();
		return new GroupRow(a.group().id(), a.group().members().size(), (int) lookedAfter(a), members, r.split(),
				r.splitIncludingHomeOrAdopted(), r.state() == null ? null : r.state().code(),
				r.view() != null && r.view().reviewNeeded(), a.options().size());
	}

	private static GroupDetail detail(Analysed a, Set<SiblingKind> kinds) {
		List<MemberView> members = a.group().members().stream().map(a.members()::get).filter(m -> m != null)
			.sorted(byAge())
			.map(m -> new MemberView(m.id(), m.name(), m.sex(), m.birthDate(), m.age(), m.lookedAfter(), m.legalStatus(),
					Coded.parse(LegalStatus.class, m.legalStatus()).map(Coded::label).orElse(null), m.permanencePlan(),
					Coded.parse(PermanencePlan.class, m.permanencePlan()).map(Coded::label).orElse(null),
					m.living().code(), m.living().label(), home(m.home())))
			.toList();
		List<RelationView> relations = a.group().relations().stream()
			.map(r -> new RelationView(ref(a, r.a()), ref(a, r.b()), r.kind().code(), r.kind().label(),
					r.kinds().stream().map(SiblingKind::code).toList(), r.multipleBirth(), r.zygosity(), r.via()))
			.toList();
		SplitAnalysis.Result s = a.split();
		return new GroupDetail(a.group().id(), kinds.stream().sorted().map(SiblingKind::code).toList(), members, relations,
				s.split(), s.splitIncludingHomeOrAdopted(), s.view(), a.options());
	}

	/** Oldest first; unknown ages last. */
	private static Comparator<Member> byAge() {
		return Comparator.comparing(Member::age, Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(Member::id);
	}

	private static PersonRef ref(Analysed a, String id) {
		Member m = a.members().get(id);
		return new PersonRef(id, m == null ? null : m.name());
	}

	static HomeView home(Member.Home h) {
		return h == null ? null : new HomeView(h.key(), h.householdId(), h.name(), h.postcode(), h.carerHousehold(), h.provider());
	}
}
