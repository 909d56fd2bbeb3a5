package org.kinmap.matching;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.kinmap.care.PermanencePlan;
import org.kinmap.carers.ApprovalKind;
import org.kinmap.carers.CarerSkill;
import org.kinmap.network.ConnectionNature;
import org.kinmap.network.ContactFrequency;
import org.kinmap.network.PersonRef.People;
import org.kinmap.system.Coded;
import org.kinmap.system.CypherQueries;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/** Loads child and household profiles with the two queries in {@code cypher/queries/matching}. */
@Component
class MatchingQueries {

	private final Neo4jClient neo4j;
	private final String childProfileQuery;
	private final String childrenWithPlansQuery;
	private final String householdsQuery;
	private final String householdsOfQuery;
	private final Clock clock;

	MatchingQueries(Neo4jClient neo4j, CypherQueries queries, Clock clock) {
		this.neo4j = neo4j;
		this.childProfileQuery = queries.require("matching/child-profile");
		this.childrenWithPlansQuery = queries.require("matching/children-with-plans");
		this.householdsQuery = queries.require("matching/households");
		this.householdsOfQuery = queries.require("matching/households-of");
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	/** The looked-after child with this id, if there is one. */
	Optional<ChildProfile> child(String id) {
		return Optional.ofNullable(children(List.of(id)).get(id));
	}

	/** The looked-after children among these ids, by id (one query for them all); ids of no looked-after child are left out. */
	Map<String, ChildProfile> children(Collection<String> ids) {
		Map<String, ChildProfile> found = new LinkedHashMap<>();
		if (ids.isEmpty()) {
			return found;
		}
		LocalDate today = today();
		for (Map<String, Object> row : neo4j.query(childProfileQuery).bind(List.copyOf(ids)).to("ids")
			.fetch().all()) {
			ChildProfile child = child(row, today);
			found.putIfAbsent(child.id(), child);
		}
		return found;
	}

	@SuppressWarnings("unchecked")
	private static ChildProfile child(Map<String, Object> row, LocalDate today) {
		Map<String, Object> c = (Map<String, Object>) row.get("child");
		Map<String, Object> care = (Map<String, Object>) row.get("care");
		Map<String, Object> household = (Map<String, Object>) row.get("household");
		Map<String, Map<String, Object>> needs = new LinkedHashMap<>();
		for (Map<String, Object> n : (List<Map<String, Object>>) row.get("needs")) {
			Map<String, Object> fields = new LinkedHashMap<>(n);
			fields.remove("id");
			fields.remove("childId");
			needs.put((String) fields.remove("domain"), fields);
		}
		Coordinates home = household == null ? null : Coordinates.of(household.get("latitude"), household.get("longitude"));
		if (home == null) {
			home = Coordinates.of(c.get("latitude"), c.get("longitude"));
		}
		List<ChildProfile.Relation> siblings = ((List<Map<String, Object>>) row.get("siblings")).stream()
			.map(s -> relation(s, sibling(s))).toList();
		List<ChildProfile.Relation> connected = ((List<Map<String, Object>>) row.get("connected")).stream()
			.map(p -> relation(p, Coded.parse(ConnectionNature.class, (String) p.get("nature"))
				.map(ConnectionNature::label).orElse("connected person")))
			.toList();
		List<ChildProfile.FamilyTime> familyTime = ((List<Map<String, Object>>) row.get("familyTime")).stream()
			.map(o -> new ChildProfile.FamilyTime((String) o.get("id"), People.name(o), contactWord(o, connected),
					Coded.parse(ContactFrequency.class, (String) o.get("frequency")).orElse(null), where(o)))
			.toList();
		return new ChildProfile((String) c.get("id"), given(c), People.name(c), People.age(c, today),
				Coded.parse(PermanencePlan.class, (String) care.get("permanencePlan")).orElse(null), home,
				household == null ? null : (String) household.get("id"), (LocalDate) row.get("placedSince"), new Needs(needs),
				(String) c.get("firstLanguage"), (List<String>) c.get("otherLanguages"), (String) c.get("ethnicity"),
				(String) c.get("religion"), siblings, connected, familyTime);
	}

	/** The ids of looked-after children whose permanence plan is one of these, in id order. */
	List<String> childrenWithPlans(Collection<PermanencePlan> plans) {
		List<String> codes = plans.stream().map(PermanencePlan::code).toList();
		return neo4j.query(childrenWithPlansQuery).bind(codes).to("plans")
			.fetchAs(String.class).mappedBy((types, record) -> record.get("id").asString()).all().stream().toList();
	}

	/** Carer households: all of them ({@code ids} null), or those named. */
	@SuppressWarnings("unchecked")
	List<HouseholdProfile> households(List<String> ids) {
		List<HouseholdProfile> result = new ArrayList<>();
		var rows = ids == null ? neo4j.query(householdsQuery).fetch().all()
				: neo4j.query(householdsOfQuery).bind(List.copyOf(ids)).to("ids").fetch().all();
		for (Map<String, Object> row : rows) {
			Map<String, Object> h = (Map<String, Object>) row.get("household");
			List<HouseholdProfile.ApprovalFacts> approvals = ((List<Map<String, Object>>) row.get("approvals")).stream()
				.flatMap(a -> Coded.parse(ApprovalKind.class, (String) a.get("kind")).stream()
					.map(kind -> new HouseholdProfile.ApprovalFacts(kind, integer(a.get("minAge")), integer(a.get("maxAge")),
							a.get("maxChildren") == null ? 0 : ((Number) a.get("maxChildren")).intValue(),
							Boolean.TRUE.equals(a.get("siblingGroupsConsidered")), (LocalDate) a.get("approvedOn"),
							(LocalDate) a.get("expiresOn"))))
				.toList();
			Set<CarerSkill> skills = EnumSet.noneOf(CarerSkill.class);
			List<String> codes = (List<String>) h.get("skills");
			if (codes != null) {
				codes.forEach(code -> Coded.parse(CarerSkill.class, code).ifPresent(skills::add));
			}
			result.add(new HouseholdProfile((String) h.get("id"), (String) h.get("name"), (String) h.get("postcode"),
					Coordinates.of(h.get("latitude"), h.get("longitude")), approvals, number(h.get("dogs")),
					number(h.get("cats")), (Boolean) h.get("smoking"), (Boolean) h.get("wheelchairAccessible"),
					(Boolean) h.get("groundFloorBedroom"), (List<String>) h.get("languages"), (String) h.get("religion"),
					(String) h.get("ethnicity"), skills,
					((List<Map<String, Object>>) row.get("members")).stream()
						.map(m -> new HouseholdProfile.Member((String) m.get("id"), People.name(m),
								Boolean.TRUE.equals(m.get("riskToChildren"))))
						.toList(),
					((List<Map<String, Object>>) row.get("placed")).stream()
						.map(p -> new HouseholdProfile.PlacedChild((String) p.get("id"), People.name(p)))
						.toList(),
					(String) h.get("notes")));
		}
		return result;
	}

	private static String given(Map<String, Object> person) {
		String given = (String) person.get("givenName");
		return given != null ? given : People.name(person);
	}

	@SuppressWarnings("unchecked")
	private static ChildProfile.Relation relation(Map<String, Object> p, String word) {
		List<String> households = new ArrayList<>();
		for (String key : List.of("placed", "homes")) {
			List<Map<String, Object>> hs = (List<Map<String, Object>>) p.get(key);
			if (hs != null) {
				hs.forEach(x -> households.add((String) x.get("id")));
			}
		}
		return new ChildProfile.Relation((String) p.get("id"), People.name(p), word, households, where(p));
	}

	/** Where a person lives: their placement's household, else their home household, else their own address. */
	@SuppressWarnings("unchecked")
	private static Coordinates where(Map<String, Object> p) {
		for (String key : List.of("placed", "homes")) {
			List<Map<String, Object>> hs = (List<Map<String, Object>>) p.get(key);
			if (hs != null) {
				for (Map<String, Object> x : hs) {
					Coordinates at = Coordinates.of(x.get("latitude"), x.get("longitude"));
					if (at != null) {
						return at;
					}
				}
			}
		}
		return Coordinates.of(p.get("latitude"), p.get("longitude"));
	}

	private static String sibling(Map<String, Object> p) {
		return bySex(p, "sister", "brother", "sibling");
	}

	private static String contactWord(Map<String, Object> o, List<ChildProfile.Relation> connected) {
		if (Boolean.TRUE.equals(o.get("parent"))) {
			return bySex(o, "mother", "father", "parent");
		}
		if (Boolean.TRUE.equals(o.get("grandparent"))) {
			return bySex(o, "grandmother", "grandfather", "grandparent");
		}
		if (Boolean.TRUE.equals(o.get("sibling"))) {
			return sibling(o);
		}
		return connected.stream().filter(r -> r.personId().equals(o.get("id"))).map(ChildProfile.Relation::word).findFirst()
			.orElse(null);
	}

	private static String bySex(Map<String, Object> p, String female, String male, String other) {
		Object sex = p.get("sex");
		return "female".equals(sex) ? female : "male".equals(sex) ? male : other;
	}

	private static int number(Object value) {
		return value == null ? 0 : ((Number) value).intValue();
	}

	private static Integer integer(Object value) {
		return value == null ? null : ((Number) value).intValue();
	}
}
