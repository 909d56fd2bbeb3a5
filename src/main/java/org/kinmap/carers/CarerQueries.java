package org.kinmap.carers;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.kinmap.carers.CarerViews.ApprovalView;
import org.kinmap.carers.CarerViews.CarerDetail;
import org.kinmap.carers.CarerViews.CarerSummary;
import org.kinmap.carers.CarerViews.Member;
import org.kinmap.carers.CarerViews.PlacedChild;
import org.kinmap.network.LatLong;
import org.kinmap.network.PersonRef.People;
import org.kinmap.system.Coded;
import org.kinmap.system.CypherQueries;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads carer households, their approvals and who is placed with them; vacancies by {@link Capacity}. */
@Service
@Transactional(readOnly = true)
class CarerQueries {

	private final Neo4jClient neo4j;
	private final String carersQuery;
	private final String carerQuery;
	private final Clock clock;

	CarerQueries(Neo4jClient neo4j, CypherQueries queries, Clock clock) {
		this.neo4j = neo4j;
		this.carersQuery = queries.require("carers/carers");
		this.carerQuery = queries.require("carers/carer");
		this.clock = clock;
	}

	List<CarerSummary> carers() {
		return rows(null).stream().map(this::summary).toList();
	}

	Optional<CarerDetail> carer(String id) {
		return rows(id).stream().findFirst().map(this::detail);
	}

	private List<Map<String, Object>> rows(String id) {
		return List.copyOf(id == null ? neo4j.query(carersQuery).fetch().all()
				: neo4j.query(carerQuery).bind(id).to("id").fetch().all());
	}

	@SuppressWarnings("unchecked")
	private CarerSummary summary(Map<String, Object> row) {
		Map<String, Object> h = (Map<String, Object>) row.get("household");
		List<ApprovalView> approvals = approvals(row);
		Capacity capacity = capacity(approvals, row);
		return new CarerSummary((String) h.get("id"), (String) h.get("name"), (String) h.get("postcode"),
				(String) h.get("agency"), (String) h.get("agencyType"),
				approvals.stream().filter(ApprovalView::current).map(ApprovalView::kind).distinct().toList(),
				capacity.capacity(), capacity.placed(), capacity.vacancies(), number(h.get("dogs")), number(h.get("cats")),
				(List<String>) h.get("skills"));
	}

	@SuppressWarnings("unchecked")
	private CarerDetail detail(Map<String, Object> row) {
		LocalDate today = LocalDate.now(clock);
		Map<String, Object> h = (Map<String, Object>) row.get("household");
		List<ApprovalView> approvals = approvals(row);
		List<Member> members = ((List<Map<String, Object>>) row.get("members")).stream()
			.map(m -> new Member((String) m.get("id"), People.name(m), (String) m.get("role"), People.age(m, today),
					Boolean.TRUE.equals(m.get("riskToChildren"))))
			.toList();
		List<PlacedChild> placed = ((List<Map<String, Object>>) row.get("placements")).stream()
			.map(p -> new PlacedChild((String) p.get("id"), People.name(p), People.age(p, today),
					(String) p.get("placementId"), (String) p.get("type"), (LocalDate) p.get("start")))
			.toList();
		return new CarerDetail((String) h.get("id"), (String) h.get("name"), (String) h.get("postcode"),
				LatLong.latitudeOf(h.get("latitude"), h.get("longitude")), LatLong.longitudeOf(h.get("latitude"), h.get("longitude")),
				(String) h.get("agency"),
				(String) h.get("agencyType"), members, approvals, capacity(approvals, row), placed,
				longsToInts((List<Object>) h.get("otherChildrenAges")), number(h.get("dogs")),
				number(h.get("cats")), (List<String>) h.get("otherPets"), (Boolean) h.get("smoking"),
				(Boolean) h.get("wheelchairAccessible"), (Boolean) h.get("groundFloorBedroom"),
				(List<String>) h.get("languages"), (String) h.get("religion"), (String) h.get("ethnicity"),
				(List<String>) h.get("skills"), (String) h.get("notes"));
	}

	@SuppressWarnings("unchecked")
	private List<ApprovalView> approvals(Map<String, Object> row) {
		LocalDate today = LocalDate.now(clock);
		return ((List<Map<String, Object>>) row.get("approvals")).stream().map(a -> {
			String kind = (String) a.get("kind");
			LocalDate expires = (LocalDate) a.get("expiresOn");
			return new ApprovalView((String) a.get("id"), kind,
					Coded.label(ApprovalKind.class, kind), integer(a.get("minAge")),
					integer(a.get("maxAge")), integer(a.get("maxChildren")),
					Boolean.TRUE.equals(a.get("siblingGroupsConsidered")), (LocalDate) a.get("approvedOn"), expires,
					expires == null || !expires.isBefore(today), (String) a.get("terms"));
		}).sorted(java.util.Comparator.comparing(ApprovalView::id)).toList();
	}

	@SuppressWarnings("unchecked")
	private Capacity capacity(List<ApprovalView> approvals, Map<String, Object> row) {
		List<Capacity.Approval> figures = approvals.stream()
			.map(a -> new Capacity.Approval(Coded.parse(ApprovalKind.class, a.kind()).orElseThrow(),
					a.maxChildren() == null ? 0 : a.maxChildren(), a.expiresOn()))
			.toList();
		return Capacity.of(figures, ((List<Object>) row.get("placements")).size(), LocalDate.now(clock));
	}

	private static int number(Object value) {
		return value == null ? 0 : ((Number) value).intValue();
	}

	private static Integer integer(Object value) {
		return value == null ? null : ((Number) value).intValue();
	}

	private static List<Integer> longsToInts(List<Object> values) {
		return values == null ? null : values.stream().map(v -> ((Number) v).intValue()).toList();
	}
}
