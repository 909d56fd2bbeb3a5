package org.kinmap.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kinmap.exchange.NetworkDocument.AllocationDoc;
import org.kinmap.exchange.NetworkDocument.ChildInCareDoc;
import org.kinmap.exchange.NetworkDocument.DecisionDoc;
import org.kinmap.exchange.NetworkDocument.HearingDoc;
import org.kinmap.exchange.NetworkDocument.MeetingDoc;
import org.kinmap.exchange.NetworkDocument.PanelDoc;
import org.kinmap.exchange.NetworkDocument.PersonDoc;
import org.kinmap.exchange.NetworkDocument.PlanDoc;
import org.kinmap.exchange.NetworkDocument.ProceedingsDoc;
import org.kinmap.exchange.NetworkDocument.ReviewDoc;

/** The permanence tracker's sections of a network document: what is refused, with a pointer and a sentence. */
class PermanenceChecksTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

	static final PersonDoc CHILD = new PersonDoc("t-child", null, "Tia", "Test", null, "female", null, "2018-05-01", null,
			null, null, null, null, null, null, null, null, null, null, null);
	static final ChildInCareDoc CARE = new ChildInCareDoc("t-child", "C1", "2026-03-10", null, null, null, null, null, null,
			null, null);

	static NetworkDocument doc(List<ReviewDoc> reviews, List<PlanDoc> plans, List<MeetingDoc> meetings, List<PanelDoc> panels,
			List<ProceedingsDoc> proceedings, List<AllocationDoc> allocations) {
		return new NetworkDocument(null, List.of(CHILD), null, null, null, null, null, null, null, List.of(CARE), null, null,
				null, null, reviews, plans, meetings, panels, proceedings, allocations, null);
	}

	static List<DocumentProblem> problems(NetworkDocument doc) {
		return NetworkValidator.validate(doc, ExistingIds.NONE, TODAY);
	}

	@Test
	void aCompleteRecordIsValid() {
		NetworkDocument doc = doc(
				List.of(new ReviewDoc("t-rv-1", "t-child", "2026-04-07", "2026-04-07", "Erin Shaw", "Plan endorsed."),
						new ReviewDoc("t-rv-2", "t-child", "2026-12-30", null, null, null)),
				List.of(new PlanDoc("t-cp-1", "t-child", "care_plan", null, null, "2026-03-12", null),
						new PlanDoc("t-pp-1", "t-child", "permanence_plan", "adoption", "long_term_fostering", "2026-06-30", "t-rv-1")),
				List.of(new MeetingDoc("t-cpm-1", "t-child", "care_planning", "2026-05-01", null)),
				List.of(new PanelDoc("t-pn-1", "t-child", "adoption", "2026-07-09", "adoption_plan", "agreed",
						new DecisionDoc("2026-07-16", "agreed", "Agency decision maker")),
						new PanelDoc("t-pn-2", "t-child", "permanence", "2026-12-03", "review", null, null)),
				List.of(new ProceedingsDoc("t-cc-1", "t-child", "2026-03-09", null,
						List.of(new HearingDoc("2026-03-31", "case management hearing"), new HearingDoc("2026-12-15", "final hearing")),
						null, null)),
				List.of(new AllocationDoc("t-child", "North", "Amy Lewis", "Priya Natarajan", "Erin Shaw")));
		assertThat(problems(doc)).isEmpty();
	}

	@Test
	void aReviewBeforeBecomingLookedAfterAndAPlanAgreedInTheFutureAreRefused() {
		NetworkDocument doc = doc(List.of(new ReviewDoc("t-rv-1", "t-child", null, "2026-03-01", null, null)),
				List.of(new PlanDoc("t-pp-1", "t-child", "permanence_plan", "adoption", null, "2026-12-01", null)),
				null, null, null, null);
		assertThat(problems(doc)).extracting(DocumentProblem::pointer, DocumentProblem::message).containsExactlyInAnyOrder(
				tuple("/reviews/0/held", "review t-rv-1 was held on 2026-03-01, before child t-child became looked after on 2026-03-10"),
				tuple("/plans/0/agreedOn", "plan t-pp-1: agreedOn 2026-12-01 is in the future"));
	}

	@Test
	void namesMissingDatesUnknownCodesAndImpossibleOrders() {
		NetworkDocument doc = doc(List.of(new ReviewDoc("t-rv-1", "t-child", null, null, null, null)),
				List.of(new PlanDoc("t-pp-1", "t-child", "permanence_plan", null, null, "2026-06-30", null),
						new PlanDoc("t-cp-1", "t-child", "care_plan", "adoption", null, "2026-06-30", null),
						new PlanDoc("t-pp-1", "t-child", "plan_b", null, null, null, null)),
				List.of(new MeetingDoc("t-m-1", "t-child", "coffee", "2026-05-01", null)),
				List.of(new PanelDoc("t-pn-1", "t-child", "permanence", "2026-12-03", "permanence_plan", "agreed", null),
						new PanelDoc("t-pn-2", "t-child", "adoption", "2026-07-09", "match", null,
								new DecisionDoc("2026-07-01", "agreed", null))),
				List.of(new ProceedingsDoc("t-cc-1", "t-child", "2026-03-09", "2026-03-01",
						List.of(new HearingDoc("2026-03-02", null)), "care_order", null)),
				List.of(new AllocationDoc("t-child", null, null, null, null), new AllocationDoc("t-child", null, null, null, null)));
		assertThat(problems(doc)).extracting(DocumentProblem::pointer).containsExactlyInAnyOrder(
				"/reviews/0", "/plans/0/plan", "/plans/1/plan", "/plans/2/id", "/plans/2/kind", "/plans/2/agreedOn",
				"/meetings/0/kind", "/panels/0/recommendation", "/panels/1/decision/decidedOn", "/panels/1/recommendation",
				"/proceedings/0/week26", "/proceedings/0/hearings/0/date", "/proceedings/0/finalOrderOn", "/allocations/1/child");
	}

	@Test
	void aChildNeitherInTheDocumentNorInKinmapIsNamed() {
		NetworkDocument doc = new NetworkDocument(null, null, null, null, null, null, null, null, null, null, null, null,
				null, null, List.of(new ReviewDoc("t-rv-1", "t-nobody", "2026-04-07", null, null, null)), null, null, null,
				null, null, null);
		assertThat(problems(doc)).extracting(DocumentProblem::pointer, DocumentProblem::message).containsExactly(
				tuple("/reviews/0/child", "review t-rv-1: refers to person 't-nobody', which is neither in this document nor in kinmap"));
	}
}
