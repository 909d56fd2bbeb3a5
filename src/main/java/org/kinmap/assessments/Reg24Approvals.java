package org.kinmap.assessments;

import java.util.List;
import java.util.Map;

import org.kinmap.network.PersonRef;
import org.kinmap.system.CypherQueries;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Regulation 24 temporary approvals for a child and their end dates, for other modules (the permanence tracker
 * warns of approvals that end soon). No access check: the caller checks the child's record.
 */
@Component
public class Reg24Approvals {

	private final Neo4jClient neo4j;
	private final String approvalsQuery;

	Reg24Approvals(Neo4jClient neo4j, CypherQueries queries) {
		this.neo4j = neo4j;
		this.approvalsQuery = queries.require("assessments/reg24-approvals");
	}

	/** Every Regulation 24 approval for the child, earliest first, each with its last day. */
	@Transactional(readOnly = true)
	public List<Reg24Approval> forChild(String childId) {
		return neo4j.query(approvalsQuery)
			.bindAll(Map.of("childId", childId, "type", AssessmentType.CONNECTED_PERSON_REG24.code(), "positive",
					AssessmentStatus.POSITIVE.code()))
			.fetch().all().stream()
			.map(r -> {
				java.time.LocalDate start = (java.time.LocalDate) r.get("startsOn");
				boolean extended = Boolean.TRUE.equals(r.get("extended"));
				return new Reg24Approval((String) r.get("id"), new PersonRef((String) r.get("relativeId"),
						PersonRef.People.name((String) r.get("givenName"), (String) r.get("familyName"))), start,
						Regulation24.endOf(start, (java.time.LocalDate) r.get("endsOn"), extended), extended);
			})
			.toList();
	}
}
