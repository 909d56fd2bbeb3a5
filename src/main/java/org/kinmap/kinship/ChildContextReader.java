package org.kinmap.kinship;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.kinmap.care.NeedDomain;
import org.kinmap.kinship.ChildContext.Connection;
import org.kinmap.kinship.ChildContext.Place;
import org.kinmap.network.LatLong;
import org.kinmap.network.PersonRef.People;
import org.kinmap.system.CypherQueries;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/** Reads a {@link ChildContext} with {@code kinship/child-context}. */
@Component
class ChildContextReader {

	private final Neo4jClient neo4j;
	private final String childContextQuery;

	ChildContextReader(Neo4jClient neo4j, CypherQueries queries) {
		this.neo4j = neo4j;
		this.childContextQuery = queries.require("kinship/child-context");
	}

	/** The child's context; empty when no person has the id. */
	@SuppressWarnings("unchecked")
	Optional<ChildContext> read(String id) {
		return neo4j.query(childContextQuery)
			.bindAll(Map.of("id", id, "educationDomain", NeedDomain.EDUCATION.code()))
			.fetch()
			.one()
			.map(row -> {
				Map<String, Object> c = NeighbourhoodReader.map(row.get("child"));
				Place home = place("home", c);
				if (home == null && row.get("home") != null) {
					home = place("home", NeighbourhoodReader.map(row.get("home")));
				}
				Place school = row.get("school") == null ? null
						: place("the school", NeighbourhoodReader.map(row.get("school")));
				Map<String, Connection> connected = new HashMap<>();
				NeighbourhoodReader.list(row.get("connected")).forEach(k -> connected.put((String) k.get("personId"),
						new Connection((String) k.get("nature"), (String) k.get("identifiedBy"))));
				List<AssessmentSummary> assessments = NeighbourhoodReader.list(row.get("assessments")).stream()
					.map(AssessmentSummary::of)
					.toList();
				Map<String, String> contact = new HashMap<>();
				NeighbourhoodReader.list(row.get("contacts"))
					.forEach(k -> contact.put((String) k.get("personId"), (String) k.get("frequency")));
				Set<String> raisedWith = new HashSet<>((List<String>) row.get("raisedWith"));
				return new ChildContext((String) c.get("id"), People.name(c), (LocalDate) c.get("birthDateEstimate"),
						Boolean.TRUE.equals(row.get("inCare")), home, school, connected, assessments, contact, raisedWith);
			});
	}

	private static Place place(String fallbackName, Map<String, Object> m) {
		var at = LatLong.of(m.get("latitude"), m.get("longitude"));
		if (at.isEmpty()) {
			return null;
		}
		String name = m.get("name") instanceof String n ? n : fallbackName;
		return new Place(name, at.get().latitude(), at.get().longitude());
	}
}
