package org.kinmap.tracker;

import java.util.List;

/**
 * What a social worker records for a child from the tracker (docs/tracker.md, "Recording from kinmap"): the fields of
 * the network document's {@code reviews}, {@code plans}, {@code meetings}, {@code panels}, {@code proceedings} and
 * {@code allocations} records, less the child (the path names it). An {@code id} left out is made by kinmap; the
 * answer is the record as written, with its id. Dates are ISO dates (yyyy-MM-dd).
 */
public final class RecordRequests {

	private RecordRequests() {
	}

	/** A statutory review: when due, when held, who chaired it (the IRO), what it decided. */
	public record Review(String id, String due, String held, String chair, String outcome) {
	}

	/** A care plan or permanence plan (kind care_plan or permanence_plan) with its contingency and the review that agreed it. */
	public record Plan(String id, String kind, String plan, String contingency, String agreedOn, String atReview) {
	}

	/** A care planning or permanence planning meeting held. */
	public record Meeting(String id, String kind, String held, String note) {
	}

	/** The agency decision maker's decision on a panel's recommendation. */
	public record Decision(String decidedOn, String decision, String decisionMaker) {
	}

	/** The child presented to a panel (permanence, adoption, fostering), its recommendation and the decision. */
	public record Panel(String id, String kind, String date, String presented, String recommendation, Decision decision) {
	}

	/** A hearing of care proceedings. */
	public record Hearing(String date, String kind) {
	}

	/** Care proceedings: issued, the 26-week date (issued + 26 weeks when left out), hearings, the final order. */
	public record Proceedings(String id, String issuedOn, String week26, List<Hearing> hearings, String finalOrder,
			String finalOrderOn) {
	}

	/** Who works with the child: team, allocated social worker, team manager, IRO (names). Replaces the last one. */
	public record Allocation(String team, String socialWorker, String teamManager, String iro) {
	}
}
