package org.kinmap.exchange;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kinmap.exchange.NetworkDocument.MultipleBirthDoc;
import org.kinmap.exchange.NetworkDocument.ParentLinkDoc;
import org.kinmap.exchange.NetworkDocument.PartnershipDoc;
import org.kinmap.exchange.NetworkDocument.PersonDoc;
import org.kinmap.system.BadRequestException;
import org.kinmap.system.CypherQueries;
import org.kinmap.system.NotFoundException;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * A person's family as a GEDCOM 5.5.1 file ({@link GedcomWriter}): everyone within {@code hops} parent, partner or
 * multiple-birth links, walked out one step at a time as the genogram is, up to {@link #MAX_PERSONS}.
 */
@Service
class GedcomExport {

	static final int DEFAULT_HOPS = 5;
	static final int MAX_HOPS = 20;
	/** The most persons one file holds: a walk that would pass it stops at the step before. */
	static final int MAX_PERSONS = 5000;

	/** The file and what it holds. */
	record Exported(String gedcom, int persons, boolean truncated) {
	}

	private final Neo4jClient neo4j;
	private final String neighboursQuery;
	private final String networkQuery;

	GedcomExport(Neo4jClient neo4j, CypherQueries queries) {
		this.neo4j = neo4j;
		this.neighboursQuery = queries.require("exchange/gedcom-neighbours");
		this.networkQuery = queries.require("exchange/gedcom-network");
	}

	Exported export(String personId, int hops) {
		if (hops < 0 || hops > MAX_HOPS) {
			throw new BadRequestException("hops must be from 0 to " + MAX_HOPS + ", not " + hops);
		}
		Set<String> ids = new LinkedHashSet<>(List.of(personId));
		List<String> frontier = List.of(personId);
		boolean truncated = false;
		for (int step = 0; step < hops && !frontier.isEmpty(); step++) {
			List<String> next = new ArrayList<>();
			for (String id : neo4j.query(neighboursQuery).bind(frontier).to("ids").fetchAs(String.class)
				.mappedBy((t, r) -> r.get("id").asString()).all()) {
				if (!ids.contains(id)) {
					next.add(id);
				}
			}
			if (ids.size() + next.size() > MAX_PERSONS) {
				truncated = true;
				break;
			}
			next.sort(Comparator.naturalOrder());
			ids.addAll(next);
			frontier = next;
		}
		NetworkDocument doc = network(List.copyOf(ids));
		if (doc.persons().stream().noneMatch(p -> p.id().equals(personId))) {
			throw new NotFoundException("No person has the id '" + personId + "'");
		}
		String note = "kinmap: the family within " + hops + " links of " + personId + ", " + doc.persons().size()
				+ " persons" + (truncated ? " (the walk stopped before passing " + MAX_PERSONS + " persons)" : "");
		return new Exported(GedcomWriter.write(doc, note), doc.persons().size(), truncated);
	}

	@SuppressWarnings("unchecked")
	private NetworkDocument network(List<String> ids) {
		Map<String, Object> row = neo4j.query(networkQuery).bind(ids).to("ids").fetch().one().orElseThrow();
		List<PersonDoc> persons = ((List<Map<String, Object>>) row.get("persons")).stream()
			.map(p -> new PersonDoc((String) p.get("id"), (String) p.get("sourceId"), (String) p.get("givenName"),
					(String) p.get("familyName"), null, (String) p.get("sex"), null, (String) p.get("birthDate"),
					(Boolean) p.get("deceased"), (String) p.get("deathDate"), null, null, null, null, null, null, null, null,
					null, null))
			.toList();
		List<ParentLinkDoc> links = ((List<Map<String, Object>>) row.get("parentLinks")).stream()
			.map(l -> new ParentLinkDoc((String) l.get("parent"), (String) l.get("child"), (String) l.get("type"), null, null,
					null))
			.toList();
		List<PartnershipDoc> partnerships = ((List<Map<String, Object>>) row.get("partnerships")).stream()
			.map(p -> new PartnershipDoc(List.of((String) p.get("a"), (String) p.get("b")), (String) p.get("type"),
					(String) p.get("status"), (String) p.get("from"), (String) p.get("to")))
			.toList();
		Map<String, List<String>> members = new LinkedHashMap<>();
		Map<String, String> zygosity = new LinkedHashMap<>();
		for (Map<String, Object> m : (List<Map<String, Object>>) row.get("multipleBirths")) {
			members.computeIfAbsent((String) m.get("birth"), k -> new ArrayList<>()).add((String) m.get("person"));
			zygosity.put((String) m.get("birth"), (String) m.get("zygosity"));
		}
		List<MultipleBirthDoc> births = members.entrySet().stream().filter(e -> e.getValue().size() >= 2)
			.map(e -> new MultipleBirthDoc(e.getKey(), e.getValue().stream().sorted().toList(), zygosity.get(e.getKey())))
			.toList();
		return new NetworkDocument("kinmap", persons, links, partnerships, births, null, null, null, null, null, null, null,
				null, null);
	}
}
