package org.kinmap.tracker;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.kinmap.changes.ChangeLog;
import org.kinmap.exchange.InvalidNetworkException;
import org.kinmap.exchange.NetworkDocument;
import org.kinmap.exchange.NetworkDocument.AllocationDoc;
import org.kinmap.exchange.NetworkDocument.DecisionDoc;
import org.kinmap.exchange.NetworkDocument.HearingDoc;
import org.kinmap.exchange.NetworkDocument.MeetingDoc;
import org.kinmap.exchange.NetworkDocument.PanelDoc;
import org.kinmap.exchange.NetworkDocument.PlanDoc;
import org.kinmap.exchange.NetworkDocument.ProceedingsDoc;
import org.kinmap.exchange.NetworkDocument.ReviewDoc;
import org.kinmap.exchange.NetworkImporter;
import org.kinmap.exchange.NetworkRules;
import org.kinmap.system.CypherQueries;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

/**
 * Records a child's reviews, plans, meetings, panels, care proceedings and allocation from kinmap itself. Each write
 * is a network document of one section and one record, imported by {@link NetworkImporter} in one transaction: the
 * same rules as an imported document ({@link NetworkRules}, the permanence checks and the whole-graph check of dates
 * against the child's care record), the same revision stamp (the person signed in), and one entry of kind
 * {@link ChangeLog#PERMANENCE_RECORD} in the change sequence. The document's problems come back as problems of the
 * request: {@code /reviews/0/held} becomes {@code /held}.
 */
@Service
class PermanenceRecords {

	/** The source the one-record documents name (it is not stored on the records). */
	static final String SOURCE = "kinmap casework";

	private static final RecordRules.IdOfThisChild ID_OF_THIS_CHILD = new RecordRules.IdOfThisChild();

	private final NetworkImporter importer;
	private final Neo4jClient neo4j;
	private final String ownerQuery;

	PermanenceRecords(NetworkImporter importer, Neo4jClient neo4j, CypherQueries queries) {
		this.importer = importer;
		this.neo4j = neo4j;
		this.ownerQuery = queries.require("tracker/record-owner");
	}

	RecordRequests.Review review(String childId, RecordRequests.Review r) {
		String id = idOr(r.id(), "rev");
		write(childId, "reviews", "review", id,
				doc(List.of(new ReviewDoc(id, childId, r.due(), r.held(), r.chair(), r.outcome())), null, null, null, null, null));
		return new RecordRequests.Review(id, r.due(), r.held(), r.chair(), r.outcome());
	}

	RecordRequests.Plan plan(String childId, RecordRequests.Plan r) {
		String id = idOr(r.id(), "plan");
		write(childId, "plans", "plan", id, doc(null, List.of(new PlanDoc(id, childId, r.kind(), r.plan(), r.contingency(),
				r.agreedOn(), r.atReview())), null, null, null, null));
		return new RecordRequests.Plan(id, r.kind(), r.plan(), r.contingency(), r.agreedOn(), r.atReview());
	}

	RecordRequests.Meeting meeting(String childId, RecordRequests.Meeting r) {
		String id = idOr(r.id(), "mtg");
		write(childId, "meetings", "meeting", id,
				doc(null, null, List.of(new MeetingDoc(id, childId, r.kind(), r.held(), r.note())), null, null, null));
		return new RecordRequests.Meeting(id, r.kind(), r.held(), r.note());
	}

	RecordRequests.Panel panel(String childId, RecordRequests.Panel r) {
		String id = idOr(r.id(), "pnl");
		DecisionDoc decision = r.decision() == null ? null
				: new DecisionDoc(r.decision().decidedOn(), r.decision().decision(), r.decision().decisionMaker());
		write(childId, "panels", "panel", id, doc(null, null, null, List.of(new PanelDoc(id, childId, r.kind(), r.date(),
				r.presented(), r.recommendation(), decision)), null, null));
		return new RecordRequests.Panel(id, r.kind(), r.date(), r.presented(), r.recommendation(), r.decision());
	}

	RecordRequests.Proceedings proceedings(String childId, RecordRequests.Proceedings r) {
		String id = idOr(r.id(), "crt");
		List<HearingDoc> hearings = null;
		if (r.hearings() != null) {
			hearings = new ArrayList<>();
			for (RecordRequests.Hearing h : r.hearings()) {
				hearings.add(h == null ? null : new HearingDoc(h.date(), h.kind()));
			}
		}
		write(childId, "proceedings", "proceedings", id, doc(null, null, null, null, List.of(new ProceedingsDoc(id, childId,
				r.issuedOn(), r.week26(), hearings, r.finalOrder(), r.finalOrderOn())), null));
		return new RecordRequests.Proceedings(id, r.issuedOn(), r.week26(), r.hearings(), r.finalOrder(), r.finalOrderOn());
	}

	RecordRequests.Allocation allocation(String childId, RecordRequests.Allocation r) {
		write(childId, "allocations", null, null, doc(null, null, null, null, null,
				List.of(new AllocationDoc(childId, r.team(), r.socialWorker(), r.teamManager(), r.iro()))));
		return r;
	}

	/**
	 * Imports the one-record document in one transaction; inside it, before the import's checks, refuses an id that
	 * names another child's record or a record of another kind.
	 */
	private void write(String childId, String section, String kind, String id, NetworkDocument doc) {
		try {
			importer.importNetwork(ChangeLog.PERMANENCE_RECORD, () -> {
				if (kind != null) {
					ID_OF_THIS_CHILD.refusal(kind, childId, owner(id))
						.ifPresent(s -> { throw new InvalidRecordException(List.of(new InvalidRecordException.Problem("/id", s))); });
				}
				return doc;
			});
		}
		catch (InvalidNetworkException e) {
			throw new InvalidRecordException(requestProblems(section, e.pointedProblems()));
		}
	}

	/** The document's pointers as the request's: {@code /reviews/0/held} is {@code /held}; the child is the path's. */
	static List<InvalidRecordException.Problem> requestProblems(String section, List<NetworkRules.Problem> problems) {
		String record = "/" + section + "/0";
		return problems.stream().map(p -> {
			String pointer = p.pointer();
			if (pointer.equals(record + "/child") || pointer.equals(record) || pointer.equals("/" + section)) {
				pointer = "";
			}
			else if (pointer.startsWith(record + "/")) {
				pointer = pointer.substring(record.length());
			}
			return new InvalidRecordException.Problem(pointer, p.message());
		}).toList();
	}

	private Optional<RecordRules.Owner> owner(String id) {
		return neo4j.query(ownerQuery).bindAll(Map.of("id", id)).fetch().first()
			.map(r -> new RecordRules.Owner((String) r.get("kind"), (String) r.get("childId")));
	}

	private static String idOr(String given, String prefix) {
		return given == null || given.isBlank() ? prefix + "-" + UUID.randomUUID() : given;
	}

	private static NetworkDocument doc(List<ReviewDoc> reviews, List<PlanDoc> plans, List<MeetingDoc> meetings,
			List<PanelDoc> panels, List<ProceedingsDoc> proceedings, List<AllocationDoc> allocations) {
		return new NetworkDocument(SOURCE, null, null, null, null, null, null, null, null, null, null, null, null, null,
				reviews, plans, meetings, panels, proceedings, allocations, null);
	}
}
