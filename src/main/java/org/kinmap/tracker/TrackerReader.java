package org.kinmap.tracker;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.kinmap.care.PlanKind;
import org.kinmap.kinship.ChildRelationships;
import org.kinmap.siblings.SplitSiblings;
import org.kinmap.system.CypherQueries;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Reads {@link ChildFacts} from the graph ({@code cypher/queries/tracker/}), with the split sibling groups from the
 * siblings module and the close relatives never contacted from the kinship work list and the family-finding log (asked only for a child whose
 * plan or contingency is a connected person, and only when a rule asks).
 */
@Component
class TrackerReader {

	private final Neo4jClient neo4j;
	private final String childrenQuery;
	private final String childQuery;
	private final String panelsOnQuery;
	private final SplitSiblings splits;
	private final ChildRelationships relationships;

	TrackerReader(Neo4jClient neo4j, CypherQueries queries, SplitSiblings splits, ChildRelationships relationships) {
		this.neo4j = neo4j;
		this.childrenQuery = queries.require("tracker/children");
		this.childQuery = queries.require("tracker/child");
		this.panelsOnQuery = queries.require("tracker/panels-on");
		this.splits = splits;
		this.relationships = relationships;
	}

	/** Every child looked after now. */
	List<ChildFacts> everyChild() {
		Map<String, SplitSiblings.Split> split = splits.ofLookedAfterChildren();
		return neo4j.query(childrenQuery).fetch().all().stream().map(r -> facts(r, split::get)).toList();
	}

	/** One child (looked after now or before), with the raw record for the timeline. */
	Optional<Map<String, Object>> child(String id) {
		return neo4j.query(childQuery).bind(id).to("id").fetch().one();
	}

	/** One child's facts: the siblings module walks out from this child alone for their split group. */
	ChildFacts facts(Map<String, Object> row) {
		return facts(row, id -> splits.of(id).orElse(null));
	}

	/** The panels that sit on a date, by child id. */
	Collection<Map<String, Object>> panelsOn(LocalDate date) {
		return neo4j.query(panelsOnQuery).bind(date).to("date").fetch().all();
	}

	@SuppressWarnings("unchecked")
	private ChildFacts facts(Map<String, Object> r, Function<String, SplitSiblings.Split> split) {
		String id = (String) r.get("id");
		Map<String, Object> care = (Map<String, Object>) r.get("care");
		Map<String, Object> al = r.get("allocation") == null ? Map.of() : (Map<String, Object>) r.get("allocation");
		List<Map<String, Object>> reviews = list(r, "reviews");
		List<Map<String, Object>> plans = list(r, "plans");
		List<LocalDate> held = new ArrayList<>();
		reviews.stream().map(m -> (LocalDate) m.get("held")).filter(d -> d != null).forEach(held::add);
		if (care.get("reviewDates") instanceof List<?> dates) {
			dates.forEach(d -> held.add((LocalDate) d));
		}
		List<LocalDate> carePlans = new ArrayList<>();
		plans.stream().map(m -> (LocalDate) m.get("agreedOn")).filter(d -> d != null).forEach(carePlans::add);
		if (care.get("planAgreedOn") instanceof LocalDate d) {
			carePlans.add(d);
		}
		ChildFacts.Plan permanence = plans.stream().filter(p -> PlanKind.PERMANENCE_PLAN.code().equals(p.get("kind")))
			.max(java.util.Comparator.comparing(p -> (LocalDate) p.get("agreedOn")))
			.map(p -> new ChildFacts.Plan((String) p.get("plan"), (String) p.get("contingency"), (LocalDate) p.get("agreedOn")))
			.orElse(care.get("permanencePlan") == null ? null
					: new ChildFacts.Plan((String) care.get("permanencePlan"), (String) care.get("contingencyPlan"),
							(LocalDate) care.get("planAgreedOn")));
		var staff = new ChildFacts.Staff((String) al.get("team"),
				al.get("socialWorker") != null ? (String) al.get("socialWorker") : (String) care.get("socialWorker"),
				(String) al.get("teamManager"), (String) al.get("iro"));
		return new ChildFacts(id, (String) r.get("name"), (String) care.get("legalStatus"),
				(LocalDate) care.get("lookedAfterSince"), staff, held, carePlans, permanence,
				list(r, "meetings").stream().map(m -> new ChildFacts.Meeting((String) m.get("id"), (String) m.get("kind"),
						(LocalDate) m.get("held"))).toList(),
				list(r, "panels").stream().map(p -> new ChildFacts.Panel((String) p.get("id"), (String) p.get("kind"),
						(LocalDate) p.get("date"), (String) p.get("presented"), (String) p.get("recommendation"),
						(LocalDate) p.get("decidedOn"), (String) p.get("decision"), (String) p.get("decisionMaker"))).toList(),
				list(r, "proceedings").stream().map(p -> new ChildFacts.Proceedings((String) p.get("id"),
						(LocalDate) p.get("issuedOn"), (LocalDate) p.get("week26"), dates(p.get("hearingDates")),
						strings(p.get("hearingKinds")), (String) p.get("finalOrder"), (LocalDate) p.get("finalOrderOn"))).toList(),
				list(r, "placements").stream().map(p -> new ChildFacts.Placement((String) p.get("id"), (String) p.get("type"),
						(LocalDate) p.get("start"), (LocalDate) p.get("end"),
						p.get("household") != null ? (String) p.get("household") : (String) p.get("provider"))).toList(),
				list(r, "approvals").stream().map(a -> new ChildFacts.Approval((String) a.get("id"), (String) a.get("type"),
						(String) a.get("status"), (LocalDate) a.get("requestedOn"), (LocalDate) a.get("concludedOn"), (LocalDate) a.get("expiresOn"),
						strings(a.get("subjects")), strings(a.get("subjectNames")))).toList(),
				split.apply(id), () -> relationships.closeRelativesNeverContacted(id));
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> list(Map<String, Object> r, String key) {
		Object v = r.get(key);
		return v == null ? List.of() : (List<Map<String, Object>>) v;
	}

	private static List<LocalDate> dates(Object v) {
		return v instanceof List<?> l ? l.stream().map(LocalDate.class::cast).toList() : List.of();
	}

	private static List<String> strings(Object v) {
		return v instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of();
	}
}
