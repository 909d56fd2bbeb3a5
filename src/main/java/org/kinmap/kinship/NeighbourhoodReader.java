package org.kinmap.kinship;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kinmap.network.LatLong;
import org.kinmap.network.ParentLinkType;
import org.kinmap.network.PartialDate;
import org.kinmap.network.PersonRef.People;
import org.kinmap.system.Coded;
import org.kinmap.system.CypherQueries;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Reads the family around one person into a {@link Genogram}: everyone within ten parent, partner or sibling
 * ties, with their ties, plus any persons named by the caller (connected persons, people in contact with the
 * child) wherever they are. Served from the {@link FamilyGraphProjection} in memory once it is loaded; before
 * that with one query ({@code kinship/neighbourhood}) and {@code kinship/ties}. The labeller keeps to the degree
 * asked for; reading a little more than it needs costs less than a round trip per generation (measured: see
 * docs/decisions/002-one-neighbourhood-query.md).
 */
@Component
class NeighbourhoodReader {

	private final Neo4jClient neo4j;
	private final String neighbourhoodQuery;
	private final String tiesQuery;
	private final String riskNotesQuery;
	private final FamilyGraphProjection projection;

	NeighbourhoodReader(Neo4jClient neo4j, CypherQueries queries, FamilyGraphProjection projection) {
		this.neo4j = neo4j;
		this.neighbourhoodQuery = queries.require("kinship/neighbourhood");
		this.tiesQuery = queries.require("kinship/ties");
		this.riskNotesQuery = queries.require("kinship/risk-notes");
		this.projection = projection;
	}

	/**
	 * The genogram with the risk notes of these persons (those shown) filled in where they are flagged and have none:
	 * the family graph in memory holds only the flag, and the note is read from Neo4j (one query, and only when someone
	 * shown is flagged). Rule: a note is free text about one person, read where it is shown rather than held for
	 * everyone in memory.
	 */
	Genogram withRiskNotes(Genogram genogram, Collection<String> shown) {
		List<String> flagged = shown.stream().map(genogram::get)
			.filter(p -> p != null && p.riskToChildren() && p.riskNote() == null).map(KinPerson::id).toList();
		if (!flagged.isEmpty()) {
			neo4j.query(riskNotesQuery).bind(flagged).to("ids").fetch().all().forEach(row ->
					genogram.person(genogram.get((String) row.get("id")).withRiskNote((String) row.get("note"))));
		}
		return genogram;
	}

	/**
	 * The family around {@code index}: from the in-memory projection once it is loaded, from Neo4j until then, and
	 * from Neo4j when the projection does not hold {@code index} yet (a person written a moment ago, on this instance
	 * by another person's session or on another instance, whom the follower has not applied yet).
	 */
	Genogram read(String index, Collection<String> alsoInclude) {
		if (projection.ready()) {
			Genogram copied = projection.neighbourhood(index, alsoInclude);
			if (copied.contains(index)) {
				return copied;
			}
		}
		return query(index, alsoInclude);
	}

	/** The same, always with the Cypher neighbourhood query. */
	Genogram query(String index, Collection<String> alsoInclude) {
		List<Map<String, Object>> rows = new ArrayList<>(
				neo4j.query(neighbourhoodQuery).bind(index).to("id").fetch().all());
		Set<String> seen = new HashSet<>();
		rows.forEach(row -> seen.add((String) map(row.get("person")).get("id")));
		Set<String> extra = new LinkedHashSet<>(alsoInclude);
		extra.removeAll(seen);
		if (!extra.isEmpty()) {
			rows.addAll(fetch(extra));
		}
		return genogram(rows);
	}

	/**
	 * The genogram of rows shaped as {@code kinship/neighbourhood} returns them: {@code person} (a map of the
	 * person's properties), {@code parents}, {@code children}, {@code partners}, {@code siblings} (lists of
	 * {@code {id, type[, status]}}) and {@code multipleBirth}. Ties to persons outside the rows are dropped. Public
	 * to the package so that the benchmarks' in-memory and SQL baselines build theirs with the same code.
	 */
	static Genogram genogram(List<Map<String, Object>> rows) {
		Genogram genogram = new Genogram();
		for (Map<String, Object> row : rows) {
			genogram.person(person(map(row.get("person"))));
		}
		for (Map<String, Object> row : rows) {
			String id = (String) map(row.get("person")).get("id");
			for (Map<String, Object> tie : list(row.get("parents"))) {
				String parent = (String) tie.get("id");
				if (genogram.contains(parent)) {
					genogram.parent(parent, id, Coded.parse(ParentLinkType.class, (String) tie.get("type"))
						.orElse(ParentLinkType.OTHER));
				}
			}
			for (Map<String, Object> tie : list(row.get("partners"))) {
				String other = (String) tie.get("id");
				if (genogram.contains(other)) {
					genogram.partners(id, other, (String) tie.get("type"), (String) tie.get("status"));
				}
			}
			for (Map<String, Object> tie : list(row.get("siblings"))) {
				String other = (String) tie.get("id");
				if (genogram.contains(other) && id.compareTo(other) < 0) {
					genogram.siblings(id, other, (String) tie.get("type"));
				}
			}
			if (row.get("multipleBirth") instanceof String birth) {
				genogram.bornTogether(birth, id);
			}
		}
		return genogram;
	}

	private Collection<Map<String, Object>> fetch(Collection<String> ids) {
		return neo4j.query(tiesQuery).bind(List.copyOf(ids)).to("ids").fetch().all();
	}

	static KinPerson person(Map<String, Object> p) {
		return new KinPerson((String) p.get("id"), People.name(p), (String) p.get("sex"), (LocalDate) p.get("birthDateEstimate"),
				Boolean.TRUE.equals(p.get("deceased")), Boolean.TRUE.equals(p.get("riskToChildren")), (String) p.get("riskNote"),
				p.get("phone") != null || p.get("email") != null || p.get("address") != null, LatLong.latitudeOf(p.get("latitude"), p.get("longitude")),
				LatLong.longitudeOf(p.get("latitude"), p.get("longitude")),
				p.get("deathDate") instanceof String died ? PartialDate.parse(died).map(PartialDate::estimate).orElse(null) : null);
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> map(Object value) {
		return (Map<String, Object>) value;
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> list(Object value) {
		return value == null ? List.of() : (List<Map<String, Object>>) value;
	}
}
