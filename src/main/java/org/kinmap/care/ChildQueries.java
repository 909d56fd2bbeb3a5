package org.kinmap.care;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.kinmap.assessments.AssessmentView;
import org.kinmap.care.ChildViews.CareRecordView;
import org.kinmap.care.ChildViews.ChildDetail;
import org.kinmap.care.ChildViews.ChildSummary;
import org.kinmap.care.ChildViews.ContactView;
import org.kinmap.care.ChildViews.PlacementView;
import org.kinmap.network.ContactFrequency;
import org.kinmap.network.PersonRef;
import org.kinmap.network.PersonRef.People;
import org.kinmap.system.Coded;
import org.kinmap.system.CypherQueries;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads looked-after children, their placements, needs and assessments. */
@Service
@Transactional(readOnly = true)
class ChildQueries {

	private final Neo4jClient neo4j;
	private final String childrenInCareQuery;
	private final String childQuery;
	private final Clock clock;

	ChildQueries(Neo4jClient neo4j, CypherQueries queries, Clock clock) {
		this.neo4j = neo4j;
		this.childrenInCareQuery = queries.require("care/children-in-care");
		this.childQuery = queries.require("care/child");
		this.clock = clock;
	}

	@SuppressWarnings("unchecked")
	List<ChildSummary> childrenInCare() {
		LocalDate today = LocalDate.now(clock);
		return neo4j.query(childrenInCareQuery).fetch().all().stream().map(row -> {
			Map<String, Object> c = (Map<String, Object>) row.get("child");
			Map<String, Object> care = (Map<String, Object>) row.get("care");
			String status = (String) care.get("legalStatus");
			return new ChildSummary((String) c.get("id"), People.name(c), (String) c.get("sex"), (String) c.get("birthDate"),
					People.age(c, today), status, Coded.label(LegalStatus.class, status),
					(LocalDate) care.get("lookedAfterSince"), (String) care.get("permanencePlan"),
					(String) care.get("contingencyPlan"),
					placement((Map<String, Object>) row.get("placement"), (Map<String, Object>) row.get("household")));
		}).toList();
	}

	/** The child with this id, if they are or were looked after. */
	@SuppressWarnings("unchecked")
	Optional<ChildDetail> child(String id) {
		LocalDate today = LocalDate.now(clock);
		return neo4j.query(childQuery).bind(id).to("id").fetch().one()
			.filter(row -> row.get("care") != null)
			.map(row -> {
				Map<String, Object> c = (Map<String, Object>) row.get("child");
				List<PlacementView> placements = ((List<Map<String, Object>>) row.get("placements")).stream()
					.map(p -> placement(p, (Map<String, Object>) p.get("household")))
					.sorted(Comparator.comparing(PlacementView::start, Comparator.nullsLast(Comparator.reverseOrder())))
					.toList();
				PlacementView current = placements.stream().filter(p -> p.end() == null).findFirst().orElse(null);
				List<AssessmentView> assessments = ((List<Map<String, Object>>) row.get("assessments")).stream()
					.map(AssessmentView::of)
					.sorted(Comparator.comparing(AssessmentView::requestedOn, Comparator.nullsLast(Comparator.reverseOrder())))
					.toList();
				List<ContactView> contacts = ((List<Map<String, Object>>) row.get("contacts")).stream()
					.map(k -> new ContactView(PersonRef.of(k), (String) k.get("mode"), (String) k.get("frequency"),
							Coded.label(ContactFrequency.class, (String) k.get("frequency")),
							(Boolean) k.get("supervised"), (String) k.get("note")))
					.toList();
				return new ChildDetail((String) c.get("id"), People.name(c), (String) c.get("sex"), (String) c.get("birthDate"),
						People.age(c, today), (String) c.get("ethnicity"), (String) c.get("religion"),
						(String) c.get("firstLanguage"), (String) c.get("postcode"),
						care((Map<String, Object>) row.get("care")), current, placements,
						needs((List<Map<String, Object>>) row.get("needs")), assessments, contacts);
			});
	}

	@SuppressWarnings("unchecked")
	private static CareRecordView care(Map<String, Object> r) {
		String status = (String) r.get("legalStatus");
		String plan = (String) r.get("permanencePlan");
		String contingency = (String) r.get("contingencyPlan");
		return new CareRecordView(status, Coded.label(LegalStatus.class, status),
				(LocalDate) r.get("lookedAfterSince"), (List<LocalDate>) r.get("reviewDates"), (LocalDate) r.get("nextReviewDue"),
				plan, Coded.label(PermanencePlan.class, plan), contingency,
				Coded.label(PermanencePlan.class, contingency), (LocalDate) r.get("planAgreedOn"),
				(String) r.get("socialWorker"), (LocalDate) r.get("ceasedOn"), (String) r.get("ceasedReason"));
	}

	static PlacementView placement(Map<String, Object> p, Map<String, Object> h) {
		if (p == null) {
			return null;
		}
		String type = (String) p.get("type");
		return new PlacementView((String) p.get("id"), type,
				Coded.label(PlacementType.class, type),
				h == null ? null : (String) h.get("id"), h == null ? null : (String) h.get("name"),
				h == null ? null : (String) h.get("postcode"), h != null && Boolean.TRUE.equals(h.get("carer")),
				(String) p.get("provider"), (LocalDate) p.get("start"), (LocalDate) p.get("end"), (String) p.get("endReason"));
	}

	/** Needs by domain, in the order of the matching record; stored bookkeeping (ids) left out. */
	private static Map<String, Map<String, Object>> needs(List<Map<String, Object>> nodes) {
		Map<String, Map<String, Object>> byDomain = new LinkedHashMap<>();
		for (NeedDomain domain : NeedDomain.values()) {
			nodes.stream().filter(n -> domain.code().equals(n.get("domain"))).findFirst().ifPresent(n -> {
				Map<String, Object> fields = new LinkedHashMap<>(n);
				fields.remove("id");
				fields.remove("childId");
				fields.remove("domain");
				byDomain.put(domain.code(), fields);
			});
		}
		return byDomain;
	}
}
