package org.kinmap.genogram;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kinmap.genogram.GenogramView.HouseholdBoundary;
import org.kinmap.genogram.GenogramView.Symbol;
import org.kinmap.genogram.Layout.Placed;
import org.kinmap.kinship.ChildRelationships;
import org.kinmap.kinship.ChildRelationships.Relationship;
import org.kinmap.network.PersonRef.People;
import org.kinmap.system.BadRequestException;
import org.kinmap.system.CypherQueries;
import org.kinmap.system.NotFoundException;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Gathers a child's family from the graph and lays it out as a genogram. */
@Service
@Transactional(readOnly = true)
class GenogramService {

	/** How far the walk goes by default: enough for great-grandparents, great-aunts and first cousins' partners. */
	static final int DEFAULT_HOPS = 5;
	static final int MAX_HOPS = 10;
	/** The most persons one drawing holds; the walk stops adding generations beyond it. */
	static final int MAX_PERSONS = 400;

	private final Neo4jClient neo4j;
	private final String familyQuery;
	private final String neighboursQuery;
	private final ChildRelationships relationships;
	private final Clock clock;

	GenogramService(Neo4jClient neo4j, CypherQueries queries, ChildRelationships relationships, Clock clock) {
		this.neo4j = neo4j;
		this.familyQuery = queries.require("genogram/family");
		this.neighboursQuery = queries.require("genogram/neighbours");
		this.relationships = relationships;
		this.clock = clock;
	}

	GenogramView genogram(String childId, int hops) {
		if (hops < 1 || hops > MAX_HOPS) {
			throw new BadRequestException("hops must be from 1 to " + MAX_HOPS + ", not " + hops);
		}
		Set<String> family = walk(childId, hops);
		Map<String, Object> row = neo4j.query(familyQuery)
			.bindAll(Map.of("child", childId, "ids", List.copyOf(family)))
			.fetch().one()
			.orElseThrow(() -> new NotFoundException("No person has the id '" + childId + "'"));
		return view(childId, row, relationships.of(childId, Integer.MAX_VALUE));
	}

	/** Breadth-first out from the child, one query per step, until {@code hops} steps or the size cap. */
	private Set<String> walk(String childId, int hops) {
		Set<String> family = new LinkedHashSet<>(List.of(childId));
		List<String> frontier = List.of(childId);
		for (int step = 0; step < hops && !frontier.isEmpty(); step++) {
			List<String> next = new ArrayList<>();
			for (String id : neo4j.query(neighboursQuery).bind(frontier).to("ids")
				.fetchAs(String.class).mappedBy((t, r) -> r.get("id").asString()).all()) {
				if (!family.contains(id)) {
					next.add(id);
				}
			}
			if (family.size() + next.size() > MAX_PERSONS) {
				break;
			}
			next.sort(Comparator.naturalOrder());
			family.addAll(next);
			frontier = next;
		}
		return family;
	}

	@SuppressWarnings("unchecked")
	private GenogramView view(String childId, Map<String, Object> row, Map<String, Relationship> related) {
		LocalDate today = LocalDate.now(clock);
		List<Map<String, Object>> persons = (List<Map<String, Object>>) row.get("persons");
		if (persons.stream().noneMatch(p -> childId.equals(p.get("id")))) {
			throw new NotFoundException("No person has the id '" + childId + "'");
		}
		Family family = new Family(childId,
				persons.stream().map(p -> new Family.Member((String) p.get("id"), (LocalDate) p.get("birthDateEstimate"))).toList(),
				((List<Map<String, Object>>) row.get("parentLinks")).stream()
					.map(l -> new Family.ParentLink((String) l.get("parent"), (String) l.get("child"), (String) l.get("type")))
					.toList(),
				((List<Map<String, Object>>) row.get("partnerships")).stream()
					.map(p -> new Family.Partnership((String) p.get("a"), (String) p.get("b"), (String) p.get("type"),
							(String) p.get("status"), (String) p.get("from")))
					.toList(),
				((List<Map<String, Object>>) row.get("siblingLinks")).stream()
					.map(s -> new Family.SiblingLink((String) s.get("a"), (String) s.get("b"), (String) s.get("type")))
					.toList(),
				((List<Map<String, Object>>) row.get("multipleBirths")).stream()
					.map(m -> new Family.MultipleBirth((String) m.get("birth"), (String) m.get("person")))
					.toList());
		Layout layout = GenogramLayout.layout(family);

		Map<String, Map<String, Object>> latestAssessment = latestAssessments((List<Map<String, Object>>) row.get("assessments"));
		Map<String, Map<String, Object>> byId = new HashMap<>();
		persons.forEach(p -> byId.put((String) p.get("id"), p));
		List<Symbol> symbols = new ArrayList<>();
		for (Placed placed : layout.persons()) {
			symbols.add(symbol(byId.get(placed.id()), childId, latestAssessment, null, related.get(placed.id()), today,
					placed.row(), placed.x(), placed.y()));
		}
		List<Symbol> connected = new ArrayList<>();
		double connectedY = layout.height() + GenogramLayout.ROW_HEIGHT * 0.6;
		double cx = GenogramLayout.MARGIN;
		List<Map<String, Object>> connectedRows = new ArrayList<>((List<Map<String, Object>>) row.get("connected"));
		connectedRows.sort(Comparator.comparing(c -> (String) c.get("id")));
		for (Map<String, Object> c : connectedRows) {
			if (byId.containsKey(c.get("id"))) {
				continue;
			}
			connected.add(symbol(c, childId, latestAssessment, (String) c.get("nature"), related.get(c.get("id")), today, -1, cx,
					connectedY));
			cx += GenogramLayout.SPACING * 1.6;
		}
		double width = Math.max(layout.width(), cx);
		double height = connected.isEmpty() ? layout.height() : connectedY + GenogramLayout.MARGIN + Layout.SYMBOL;
		List<Symbol> all = new ArrayList<>(symbols);
		all.addAll(connected);
		return new GenogramView(childId, People.name(byId.get(childId)), width, height, symbols, layout.partnerLines(),
				layout.sibships(), layout.extraLinks(), connected,
				households((List<Map<String, Object>>) row.get("households"), all));
	}

	private static Symbol symbol(Map<String, Object> p, String childId, Map<String, Map<String, Object>> assessments,
			String connection, Relationship relationship, LocalDate today, int row, double x, double y) {
		String id = (String) p.get("id");
		Map<String, Object> a = assessments.get(id);
		return new Symbol(id, People.name(p), (String) p.get("sex"), (String) p.get("birthDate"), People.age(p, today),
				Boolean.TRUE.equals(p.get("deceased")), id.equals(childId), Boolean.TRUE.equals(p.get("riskToChildren")),
				a == null ? "none" : (String) a.get("status"), a == null ? null : (String) a.get("type"), connection,
				relationship == null ? null : relationship.label(), relationship != null && relationship.closeRelative(), row, x, y);
	}

	/** Each assessed person's most recent assessment for the child (by date requested, then concluded). */
	@SuppressWarnings("unchecked")
	private static Map<String, Map<String, Object>> latestAssessments(List<Map<String, Object>> assessments) {
		Comparator<Map<String, Object>> byDate = Comparator
			.comparing((Map<String, Object> a) -> (LocalDate) a.get("requestedOn"), Comparator.nullsFirst(Comparator.naturalOrder()))
			.thenComparing(a -> (LocalDate) a.get("concludedOn"), Comparator.nullsFirst(Comparator.naturalOrder()))
			.thenComparing(a -> (String) a.get("id"));
		Map<String, Map<String, Object>> latest = new HashMap<>();
		for (Map<String, Object> a : assessments) {
			for (String subject : (List<String>) a.get("subjects")) {
				latest.merge(subject, a, (old, now) -> byDate.compare(now, old) > 0 ? now : old);
			}
		}
		return latest;
	}

	private static List<HouseholdBoundary> households(List<Map<String, Object>> memberships, List<Symbol> symbols) {
		Map<String, Symbol> at = new HashMap<>();
		symbols.forEach(s -> at.put(s.id(), s));
		Map<String, List<Map<String, Object>>> byHousehold = new LinkedHashMap<>();
		memberships.stream().sorted(Comparator.comparing(m -> (String) m.get("household")))
			.forEach(m -> byHousehold.computeIfAbsent((String) m.get("household"), k -> new ArrayList<>()).add(m));
		List<HouseholdBoundary> boundaries = new ArrayList<>();
		double pad = Layout.SYMBOL / 2 + 10;
		byHousehold.forEach((household, rows) -> {
			List<String> members = rows.stream().map(m -> (String) m.get("person")).filter(at::containsKey).sorted().toList();
			if (members.isEmpty()) {
				return;
			}
			double x1 = members.stream().mapToDouble(id -> at.get(id).x()).min().orElseThrow() - pad;
			double x2 = members.stream().mapToDouble(id -> at.get(id).x()).max().orElseThrow() + pad;
			double y1 = members.stream().mapToDouble(id -> at.get(id).y()).min().orElseThrow() - pad;
			double y2 = members.stream().mapToDouble(id -> at.get(id).y()).max().orElseThrow() + pad;
			boolean holdsOthers = symbols.stream().anyMatch(s -> !members.contains(s.id()) && s.x() > x1 && s.x() < x2
					&& s.y() > y1 && s.y() < y2);
			Map<String, Object> first = rows.get(0);
			boundaries.add(new HouseholdBoundary(household, (String) first.get("name"), Boolean.TRUE.equals(first.get("carer")),
					members, !holdsOthers, x1, y1, x2, y2));
		});
		return boundaries;
	}
}
