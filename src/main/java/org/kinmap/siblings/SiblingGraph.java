package org.kinmap.siblings;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.kinmap.assessments.AssessmentType;
import org.kinmap.kinship.FamilyGraph;
import org.kinmap.network.LatLong;
import org.kinmap.network.PartialDate;
import org.kinmap.network.PersonRef.People;
import org.kinmap.system.CypherQueries;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Reads what the sibling analyses need from the graph, through the query files in {@code cypher/queries/siblings}.
 * The walk out to a group's members and their family links come from the kinship module's {@link FamilyGraph} in
 * memory once it is loaded (the same links, without a round trip per step), and from Neo4j until then or when it
 * differs from the database ({@link #inMemory()}).
 */
@Component
class SiblingGraph {

	private final Neo4jClient neo4j;
	private final String familyLinksQuery;
	private final String familyLinksOfQuery;
	private final String splitSeedsQuery;
	private final String siblingNeighboursQuery;
	private final String membersQuery;
	private final String togetherOrApartQuery;
	private final String contactsQuery;
	private final String carerHomesQuery;
	private final FamilyGraph family;

	SiblingGraph(Neo4jClient neo4j, CypherQueries queries, FamilyGraph family) {
		this.neo4j = neo4j;
		this.familyLinksQuery = queries.require("siblings/family-links");
		this.familyLinksOfQuery = queries.require("siblings/family-links-of");
		this.splitSeedsQuery = queries.require("siblings/split-seeds");
		this.siblingNeighboursQuery = queries.require("siblings/sibling-neighbours");
		this.membersQuery = queries.require("siblings/members");
		this.togetherOrApartQuery = queries.require("siblings/together-or-apart");
		this.contactsQuery = queries.require("siblings/contacts");
		this.carerHomesQuery = queries.require("siblings/carer-homes");
		this.family = family;
	}

	/** The family graph's own copy of this person id (see {@link FamilyGraph#canonicalId}). */
	String canonicalId(String id) {
		return family.canonicalId(id);
	}

	/**
	 * Every family link in the graph (for the census of every group, and the lists of every group), read row by row
	 * straight into the links.
	 */
	@SuppressWarnings("unchecked")
	FamilyLinks familyLinks() {
		List<FamilyLinks.ParentLink> parents = new ArrayList<>();
		List<FamilyLinks.Partnership> partnerships = new ArrayList<>();
		List<FamilyLinks.SiblingLink> siblings = new ArrayList<>();
		List<FamilyLinks.Pair> raised = new ArrayList<>();
		List<FamilyLinks.MultipleBirth> births = new ArrayList<>();
		neo4j.query(familyLinksQuery).fetchAs(Boolean.class).mappedBy((types, r) -> {
			String a = r.get("a").asString(null);
			String b = r.get("b").asString(null);
			String type = r.get("type").asString(null);
			switch (r.get("link").asString()) {
				case "parent" -> parents.add(new FamilyLinks.ParentLink(a, b, type, r.get("parentSex").asString(null),
						People.name(r.get("givenName").asString(null), r.get("familyName").asString(null))));
				case "partnership" -> partnerships.add(new FamilyLinks.Partnership(a, b, type));
				case "sibling" -> siblings.add(new FamilyLinks.SiblingLink(a, b, type));
				case "raised" -> raised.add(new FamilyLinks.Pair(a, b));
				default -> births.add(new FamilyLinks.MultipleBirth(a, type,
						r.get("members").asList(v -> v.asString()).stream().sorted().toList()));
			}
			return Boolean.TRUE;
		}).all();
		return new FamilyLinks(parents, partnerships, siblings, raised, births);
	}

	/**
	 * The family links of everyone in these people's sibling groups: the walk out to them through the links
	 * {@link SiblingReach} names for these kinds, until no one new is found, and then the links of everyone reached.
	 * Both come from one source, chosen once ({@link #inMemory()}): the family graph in memory, or Neo4j.
	 */
	FamilyLinks linksAround(Collection<String> people, Set<SiblingKind> kinds) {
		return inMemory() ? familyLinksInMemory(aroundInMemory(people, kinds))
				: familyLinksInDatabase(aroundInDatabase(people, kinds));
	}

	/**
	 * The family links of the given people only, from Neo4j: every parent link to them, their parents'
	 * partnerships, their sibling and raised-together links and multiple births. For people closed under
	 * {@link SiblingReach} this derives the same relations among them as the whole graph.
	 */
	FamilyLinks familyLinksInDatabase(Collection<String> ids) {
		return links(neo4j.query(familyLinksOfQuery).bind(List.copyOf(ids)).to("ids").fetch().one()
			.orElseThrow());
	}

	/** The people whose groups a split question needs ({@link SplitSeeds}). */
	Set<String> splitSeeds(LocalDate today) {
		return new HashSet<>(neo4j.query(splitSeedsQuery).bind(SplitSeeds.bornAfter(today)).to("bornAfter")
			.fetchAs(String.class).mappedBy((t, r) -> r.get("id").asString()).all());
	}

	/**
	 * Whether the family graph in memory can answer: it is loaded and follows the change sequence, so it holds every
	 * write committed through any kinmap instance up to a moment ago and the caller's own ({@link FamilyGraph#inMemory()});
	 * a write that bypassed kinmap has it read again, meanwhile the questions are asked of Neo4j. No database round
	 * trip.
	 */
	boolean inMemory() {
		return family.inMemory();
	}

	/**
	 * The given people and everyone reached from them through the links {@link SiblingReach} names for these kinds,
	 * from Neo4j, one query per step ({@code siblings/sibling-neighbours}), until no one new is found: every member
	 * of their sibling groups.
	 */
	Set<String> aroundInDatabase(Collection<String> people, Set<SiblingKind> kinds) {
		Set<String> reached = new HashSet<>(people);
		List<String> frontier = List.copyOf(reached);
		while (!frontier.isEmpty()) {
			List<String> next = new ArrayList<>();
			for (String id : neo4j.query(siblingNeighboursQuery)
				.bindAll(Map.of("ids", frontier, "parentTypes", SiblingReach.parentTypes(kinds), "partners",
						SiblingReach.steps(kinds)))
				.fetchAs(String.class).mappedBy((t, r) -> r.get("id").asString()).all()) {
				if (reached.add(id)) {
					next.add(id);
				}
			}
			frontier = next;
		}
		return reached;
	}

	/** {@link #aroundInDatabase}, walking the {@link FamilyGraph} in memory instead. */
	Set<String> aroundInMemory(Collection<String> people, Set<SiblingKind> kinds) {
		List<String> parentTypes = SiblingReach.parentTypes(kinds);
		boolean partners = SiblingReach.steps(kinds);
		Set<String> reached = new HashSet<>(people);
		ArrayDeque<String> frontier = new ArrayDeque<>(reached);
		while (!frontier.isEmpty()) {
			FamilyGraph.Person x = family.person(frontier.poll()).orElse(null);
			if (x == null) {
				continue;
			}
			List<String> next = new ArrayList<>();
			for (FamilyGraph.Tie up : x.parents()) {
				if (!parentTypes.contains(up.type())) {
					continue;
				}
				FamilyGraph.Person parent = family.person(up.other()).orElse(null);
				if (parent == null) {
					continue;
				}
				childrenOf(parent, parentTypes, next);
				if (partners) {
					for (FamilyGraph.Tie partner : parent.partners()) {
						family.person(partner.other()).ifPresent(q -> childrenOf(q, parentTypes, next));
					}
				}
			}
			x.siblings().forEach(t -> next.add(t.other()));
			next.addAll(x.raisedWith());
			if (x.multipleBirth() != null) {
				next.addAll(family.bornAt(x.multipleBirth()));
			}
			for (String id : next) {
				if (reached.add(id)) {
					frontier.add(id);
				}
			}
		}
		return reached;
	}

	private static void childrenOf(FamilyGraph.Person parent, List<String> parentTypes, List<String> into) {
		for (FamilyGraph.Tie down : parent.children()) {
			if (parentTypes.contains(down.type())) {
				into.add(down.other());
			}
		}
	}

	/**
	 * {@link #familyLinksInDatabase} from the {@link FamilyGraph} in memory: the same links as {@code siblings/family-links-of}
	 * (a link met from both its ends is given once; which end comes first does not matter to the derivation).
	 */
	FamilyLinks familyLinksInMemory(Collection<String> ids) {
		List<FamilyLinks.ParentLink> parents = new ArrayList<>();
		Set<FamilyLinks.Partnership> partnerships = new LinkedHashSet<>();
		Set<FamilyLinks.SiblingLink> siblings = new LinkedHashSet<>();
		Set<FamilyLinks.Pair> raised = new LinkedHashSet<>();
		List<FamilyLinks.MultipleBirth> births = new ArrayList<>();
		Set<String> parentsSeen = new HashSet<>();
		Set<String> birthsSeen = new HashSet<>();
		for (String id : new LinkedHashSet<>(ids)) {
			FamilyGraph.Person x = family.person(id).orElse(null);
			if (x == null) {
				continue;
			}
			for (FamilyGraph.Tie up : x.parents()) {
				FamilyGraph.Person parent = family.person(up.other()).orElse(null);
				if (parent == null) {
					continue;
				}
				parents.add(new FamilyLinks.ParentLink(parent.id(), id, up.type(), parent.sex(), parent.name()));
				if (parentsSeen.add(parent.id())) {
					for (FamilyGraph.Tie partner : parent.partners()) {
						String[] pair = ordered(parent.id(), partner.other());
						partnerships.add(new FamilyLinks.Partnership(pair[0], pair[1], partner.status()));
					}
				}
			}
			for (FamilyGraph.Tie sibling : x.siblings()) {
				String[] pair = ordered(id, sibling.other());
				siblings.add(new FamilyLinks.SiblingLink(pair[0], pair[1], sibling.type()));
			}
			for (String other : x.raisedWith()) {
				String[] pair = ordered(id, other);
				raised.add(new FamilyLinks.Pair(pair[0], pair[1]));
			}
			if (x.multipleBirth() != null && birthsSeen.add(x.multipleBirth())) {
				births.add(new FamilyLinks.MultipleBirth(x.multipleBirth(), x.zygosity(),
						family.bornAt(x.multipleBirth()).stream().sorted().toList()));
			}
		}
		return new FamilyLinks(parents, List.copyOf(partnerships), List.copyOf(siblings), List.copyOf(raised), births);
	}

	private static String[] ordered(String a, String b) {
		return a.compareTo(b) <= 0 ? new String[] { a, b } : new String[] { b, a };
	}

	@SuppressWarnings("unchecked")
	private static FamilyLinks links(Map<String, Object> row) {
		List<FamilyLinks.ParentLink> parents = ((List<Map<String, Object>>) row.get("parentLinks")).stream()
			.map(m -> new FamilyLinks.ParentLink((String) m.get("parent"), (String) m.get("child"), (String) m.get("type"),
					(String) m.get("parentSex"), People.name(m)))
			.toList();
		List<FamilyLinks.Partnership> partnerships = ((List<Map<String, Object>>) row.get("partnerships")).stream()
			.map(m -> new FamilyLinks.Partnership((String) m.get("a"), (String) m.get("b"), (String) m.get("status")))
			.toList();
		List<FamilyLinks.SiblingLink> siblings = ((List<Map<String, Object>>) row.get("siblingLinks")).stream()
			.map(m -> new FamilyLinks.SiblingLink((String) m.get("a"), (String) m.get("b"), (String) m.get("type")))
			.toList();
		List<FamilyLinks.Pair> raised = ((List<Map<String, Object>>) row.get("raisedTogether")).stream()
			.map(m -> new FamilyLinks.Pair((String) m.get("a"), (String) m.get("b")))
			.toList();
		List<FamilyLinks.MultipleBirth> births = ((List<Map<String, Object>>) row.get("multipleBirths")).stream()
			.map(m -> new FamilyLinks.MultipleBirth((String) m.get("id"), (String) m.get("zygosity"),
					((List<String>) m.get("members")).stream().sorted().toList()))
			.toList();
		return new FamilyLinks(parents, partnerships, siblings, raised, births);
	}

	List<Member> members(Collection<String> ids, LocalDate today) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return neo4j.query(membersQuery).bind(List.copyOf(ids)).to("ids").fetch().all().stream()
			.map(row -> member(row, today))
			.toList();
	}

	@SuppressWarnings("unchecked")
	List<TogetherOrApart> assessments(Collection<String> ids) {
		return neo4j.query(togetherOrApartQuery)
			.bind(List.copyOf(ids)).to("ids")
			.bind(AssessmentType.TOGETHER_OR_APART.code()).to("type")
			.fetch().all().stream().map(row -> {
				Map<String, Object> a = (Map<String, Object>) row.get("assessment");
				List<TogetherOrApart.ChildViews> views = ((List<Map<String, Object>>) row.get("views")).stream()
					.map(v -> new TogetherOrApart.ChildViews((String) v.get("child"), (String) v.get("views")))
					.sorted(Comparator.comparing(TogetherOrApart.ChildViews::child))
					.toList();
				List<TogetherOrApart.PairAssessment> pairs = ((List<Map<String, Object>>) row.get("pairs")).stream()
					.map(p -> new TogetherOrApart.PairAssessment((String) p.get("a"), (String) p.get("b"),
							(String) p.get("quality"), (Boolean) p.get("placeTogether"), (String) p.get("note")))
					.sorted(Comparator.comparing(TogetherOrApart.PairAssessment::a).thenComparing(TogetherOrApart.PairAssessment::b))
					.toList();
				return new TogetherOrApart((String) a.get("id"), (String) a.get("status"), (String) a.get("recommendation"),
						(LocalDate) a.get("requestedOn"), (LocalDate) a.get("concludedOn"),
						Set.copyOf((List<String>) row.get("children")), (String) a.get("outcomeReason"),
						(String) a.get("assessor"), views, pairs);
			}).toList();
	}

	List<Contact> contacts(Collection<String> ids) {
		return neo4j.query(contactsQuery).bind(List.copyOf(ids)).to("ids").fetch().all().stream()
			.map(r -> new Contact((String) r.get("a"), (String) r.get("b"), (String) r.get("mode"), (String) r.get("frequency"),
					(Boolean) r.get("supervised")))
			.toList();
	}

	/** The given carer households, as reunification options show them. */
	@SuppressWarnings("unchecked")
	List<CarerHome> carerHomes(Collection<String> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return neo4j.query(carerHomesQuery).bind(List.copyOf(ids)).to("ids").fetch().all().stream().map(row -> {
			Map<String, Object> h = (Map<String, Object>) row.get("household");
			List<LocalDate> approvedOn = ((List<LocalDate>) row.get("approvedOn")).stream().filter(Objects::nonNull).sorted().toList();
			LocalDate ended = ((List<LocalDate>) row.get("ended")).stream().filter(Objects::nonNull)
				.max(Comparator.naturalOrder()).orElse(null);
			return new CarerHome((String) h.get("id"), (String) h.get("name"), (String) h.get("postcode"),
					LatLong.latitudeOf(h.get("latitude"), h.get("longitude")),
					LatLong.longitudeOf(h.get("latitude"), h.get("longitude")), approvedOn,
					Set.copyOf((List<String>) row.get("placed")), ended);
		}).toList();
	}

	/** A member from a row of {@code siblings/members}: where they live now is read as {@link #living} says. */
	@SuppressWarnings("unchecked")
	static Member member(Map<String, Object> row, LocalDate today) {
		Map<String, Object> p = (Map<String, Object>) row.get("person");
		Map<String, Object> care = (Map<String, Object>) row.get("care");
		List<Map<String, Object>> placements = (List<Map<String, Object>>) row.get("placements");
		List<Map<String, Object>> households = (List<Map<String, Object>>) row.get("households");
		List<String> parentTypes = (List<String>) row.get("parentTypes");
		String id = (String) p.get("id");
		Integer age = People.age(p, today);
		boolean deceased = Boolean.TRUE.equals(p.get("deceased"));
		boolean lookedAfter = care != null && care.get("ceasedOn") == null && !deceased;
		List<Member.Stay> stays = new ArrayList<>();
		Map<String, Object> current = null;
		for (Map<String, Object> pl : placements) {
			Member.Home home = placementHome(pl);
			stays.add(new Member.Stay(home.key(), (LocalDate) pl.get("start"), (LocalDate) pl.get("end")));
			if (pl.get("end") == null) {
				current = pl;
			}
		}
		Map<String, Object> membership = null;
		for (Map<String, Object> m : households) {
			Map<String, Object> h = (Map<String, Object>) m.get("household");
			LocalDate from = PartialDate.parse((String) m.get("from")).map(PartialDate::earliest).orElse(null);
			LocalDate to = PartialDate.parse((String) m.get("to")).map(PartialDate::earliest).orElse(null);
			stays.add(new Member.Stay((String) h.get("id"), from, to));
			if (to == null && (membership == null || later(m, membership))) {
				membership = m;
			}
		}
		String ceasedReason = care == null ? null : (String) care.get("ceasedReason");
		boolean adopted = parentTypes.contains("adoptive")
				|| (ceasedReason != null && ceasedReason.toLowerCase(Locale.ROOT).contains("adopt"));
		Living living;
		Member.Home home = null;
		if (deceased) {
			living = Living.DECEASED;
		}
		else if (lookedAfter && current != null) {
			home = placementHome(current);
			String type = String.valueOf(current.get("type"));
			if (home.householdId() != null) {
				living = type.startsWith("P") ? Living.AT_HOME : Living.CARER_HOUSEHOLD;
			}
			else {
				living = type.equals("H5") || type.equals("P2") ? Living.INDEPENDENT : Living.RESIDENTIAL;
			}
		}
		else if (lookedAfter) {
			living = Living.NOT_RECORDED;
		}
		else if (adopted) {
			living = Living.ADOPTED;
			home = membership != null ? householdHome((Map<String, Object>) membership.get("household"))
					: new Member.Home("adopted:" + id, null, null, null, null, null, false, null);
		}
		else if (membership != null) {
			home = householdHome((Map<String, Object>) membership.get("household"));
			String role = (String) membership.get("role");
			boolean adult = age != null && age >= 18;
			living = adult && !"child".equals(role) ? Living.INDEPENDENT : Living.AT_HOME;
		}
		else {
			living = Living.NOT_RECORDED;
		}
		return new Member(id, People.name(p), (String) p.get("sex"), (String) p.get("birthDate"), age, lookedAfter,
				care == null ? null : (String) care.get("legalStatus"), care == null ? null : (String) care.get("permanencePlan"),
				care == null ? null : (LocalDate) care.get("lookedAfterSince"), living, home,
				lookedAfter && current != null ? arrived(placements, current) : null,
				stays.stream().sorted(Comparator.comparing(Member.Stay::start, Comparator.nullsFirst(Comparator.naturalOrder()))).toList());
	}

	/**
	 * When the child arrived at the home of the current placement: the start of the earliest placement in the
	 * unbroken run of placements there (a change of placement type with the same carers is not a move).
	 */
	private static LocalDate arrived(List<Map<String, Object>> placements, Map<String, Object> current) {
		String home = placementHome(current).key();
		List<Map<String, Object>> byStart = placements.stream()
			.filter(p -> p.get("start") != null)
			.sorted(Comparator.comparing((Map<String, Object> p) -> (LocalDate) p.get("start")).reversed())
			.toList();
		LocalDate arrived = (LocalDate) current.get("start");
		for (Map<String, Object> p : byStart) {
			LocalDate start = (LocalDate) p.get("start");
			if (arrived != null && !start.isBefore(arrived)) {
				continue;
			}
			if (!placementHome(p).key().equals(home)) {
				break;
			}
			arrived = start;
		}
		return arrived;
	}

	private static boolean later(Map<String, Object> m, Map<String, Object> than) {
		String a = (String) m.get("from");
		String b = (String) than.get("from");
		return a != null && (b == null || a.compareTo(b) > 0);
	}

	@SuppressWarnings("unchecked")
	private static Member.Home placementHome(Map<String, Object> pl) {
		Map<String, Object> h = (Map<String, Object>) pl.get("household");
		if (h != null) {
			return householdHome(h);
		}
		String provider = (String) pl.get("provider");
		String name = provider == null ? "placement " + pl.get("id") : provider;
		return new Member.Home("provider:" + name, null, name, null, null, null, false, provider);
	}

	private static Member.Home householdHome(Map<String, Object> h) {
		return new Member.Home((String) h.get("id"), (String) h.get("id"), (String) h.get("name"), (String) h.get("postcode"),
				LatLong.latitudeOf(h.get("latitude"), h.get("longitude")), LatLong.longitudeOf(h.get("latitude"), h.get("longitude")),
				Boolean.TRUE.equals(h.get("carer")), null);
	}



	static Set<String> ids(Collection<SiblingGroup> groups) {
		Set<String> ids = new HashSet<>();
		groups.forEach(g -> ids.addAll(g.members()));
		return ids;
	}
}
