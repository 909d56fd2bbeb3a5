package org.kinmap.network;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.kinmap.network.PersonRef.People;
import org.kinmap.network.PersonView.ContactDetails;
import org.kinmap.network.PersonView.HouseholdLink;
import org.kinmap.network.PersonView.Link;
import org.kinmap.system.CypherQueries;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads persons and their links. */
@Service
@Transactional(readOnly = true)
class PersonQueries {

	private final Neo4jClient neo4j;
	private final String personQuery;
	private final String personsNamedQuery;
	private final Clock clock;
	private final List<ContactWithholding> withholding;

	PersonQueries(Neo4jClient neo4j, CypherQueries queries, Clock clock, List<ContactWithholding> withholding) {
		this.neo4j = neo4j;
		this.personQuery = queries.require("network/person");
		this.personsNamedQuery = queries.require("network/persons-named");
		this.clock = clock;
		this.withholding = List.copyOf(withholding);
	}

	Optional<PersonView> person(String id) {
		return neo4j.query(personQuery).bind(id).to("id").fetch().one().map(this::toView);
	}

	/** The persons with this family name, whatever its case, by given name. */
	List<PersonRef> named(String familyName) {
		return neo4j.query(personsNamedQuery).bind(familyName).to("familyName").fetch().all().stream()
			.map(PersonRef::of)
			.toList();
	}

	@SuppressWarnings("unchecked")
	private PersonView toView(Map<String, Object> row) {
		Map<String, Object> p = (Map<String, Object>) row.get("person");
		LocalDate today = LocalDate.now(clock);
		ContactDetails contact = p.get("phone") == null && p.get("email") == null && p.get("address") == null ? null
				: new ContactDetails((String) p.get("phone"), (String) p.get("email"), (String) p.get("address"));
		var withheld = withholding.stream().map(w -> w.withheld((String) p.get("id"))).flatMap(Optional::stream).findFirst();
		boolean hidden = withheld.map(ContactWithholding.Withheld::hidden).orElse(false);
		return new PersonView((String) p.get("id"), (String) p.get("sourceId"), People.name(p), (String) p.get("givenName"),
				(String) p.get("familyName"), strings(p.get("alsoKnownAs")), (String) p.get("sex"), (String) p.get("gender"),
				(String) p.get("birthDate"), People.age(p, today), Boolean.TRUE.equals(p.get("deceased")),
				(String) p.get("deathDate"), (String) p.get("ethnicity"), (String) p.get("religion"),
				(String) p.get("firstLanguage"), strings(p.get("otherLanguages")), hidden ? null : (String) p.get("postcode"),
				hidden ? null : LatLong.latitudeOf(p.get("latitude"), p.get("longitude")),
				hidden ? null : LatLong.longitudeOf(p.get("latitude"), p.get("longitude")), hidden ? null : contact,
				Boolean.TRUE.equals(p.get("riskToChildren")), (String) p.get("riskNote"),
				Boolean.TRUE.equals(row.get("lookedAfter")), links(row.get("parents")), links(row.get("children")),
				links(row.get("partners")), links(row.get("siblingLinks")), links(row.get("raisedWith")),
				links(row.get("multipleBirth")), links(row.get("connectedTo")), links(row.get("connectedPersons")),
				links(row.get("contacts")), households(row.get("households")),
				withheld.map(ContactWithholding.Withheld::note).orElse(null),
				p.get("version") instanceof Number n ? n.longValue() : 1L);
	}

	@SuppressWarnings("unchecked")
	static List<String> strings(Object value) {
		return value == null ? null : (List<String>) value;
	}

	@SuppressWarnings("unchecked")
	private static List<Link> links(Object value) {
		return ((List<Map<String, Object>>) value).stream()
			.map(m -> new Link((String) m.get("personId"), People.name(m), (String) m.get("type"), (String) m.get("detail"),
					(String) m.get("from"), (String) m.get("to"),
					m.get("version") instanceof Number n ? n.longValue() : m.containsKey("version") ? 1L : null))
			.sorted(java.util.Comparator.comparing(Link::name))
			.toList();
	}

	@SuppressWarnings("unchecked")
	private static List<HouseholdLink> households(Object value) {
		return ((List<Map<String, Object>>) value).stream()
			.map(m -> new HouseholdLink((String) m.get("householdId"), (String) m.get("name"), (String) m.get("role"),
					Boolean.TRUE.equals(m.get("carerHousehold"))))
			.toList();
	}
}
