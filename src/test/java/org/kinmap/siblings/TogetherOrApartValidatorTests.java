package org.kinmap.siblings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.kinmap.siblings.TogetherOrApartRequest.ChildViewsDoc;
import org.kinmap.siblings.TogetherOrApartRequest.PairDoc;

class TogetherOrApartValidatorTests {

	static final Set<String> KNOWN = Set.of("amy", "ben", "cal", "zed");

	static List<RequestProblem> validate(TogetherOrApartRequest r) {
		return TogetherOrApartValidator.validate(r, KNOWN, children -> !children.contains("zed"), Families.TODAY);
	}

	@Test
	void aCompleteAssessmentHasNoProblem() {
		TogetherOrApartRequest r = new TogetherOrApartRequest(List.of("amy", "ben", "cal"), null, "some_together",
				"Amy needs a home of her own for now", "2026-09-01", "2026-10-15", "K. Patel",
				List.of(new ChildViewsDoc("amy", "Wants to see Ben every week")),
				List.of(new PairDoc(List.of("ben", "cal"), "close", true, null),
						new PairDoc(List.of("amy", "ben"), "difficult", false, "Rivalry")));
		assertThat(validate(r)).isEmpty();
	}

	@Test
	void everyProblemIsNamedWithWhereItIs() {
		TogetherOrApartRequest r = new TogetherOrApartRequest(List.of("amy", "amy", "nobody"), "done", "apart", " ",
				"2026-10-01", "2027-01-01", null, List.of(new ChildViewsDoc("cal", "x")),
				List.of(new PairDoc(List.of("amy"), "close", null, null), new PairDoc(List.of("amy", "ben"), "loving", null, null)));
		assertThat(validate(r)).containsExactly(
				new RequestProblem("/children/1", "child amy is listed twice"),
				new RequestProblem("/children/2", "no person has the id 'nobody'"),
				new RequestProblem("/status", "status 'done' is not one of requested, in_progress, positive, negative, withdrawn"),
				new RequestProblem("/concludedOn", "2027-01-01 is in the future"),
				new RequestProblem("/reasons", "a recommendation to place children apart needs its reasons"),
				new RequestProblem("/views/0/child", "views must belong to one of the children assessed"),
				new RequestProblem("/pairs/0/children", "a pair is two children"),
				new RequestProblem("/pairs/1/children", "pair amy and ben is not two of the children assessed"),
				new RequestProblem("/pairs/1/quality",
						"quality 'loving' is not one of close, warm, mixed, distant, difficult, harmful"));
	}

	@Test
	void childrenMustBeSiblingsAndAConcludedAssessmentMustRecommendOnADate() {
		assertThat(validate(new TogetherOrApartRequest(List.of("amy", "zed"), "in_progress", null, null, null, null, null,
				null, null)))
			.containsExactly(new RequestProblem("/children", "the children are not all brothers and sisters of one another in kinmap"));
		assertThat(validate(new TogetherOrApartRequest(List.of("amy"), "positive", null, null, null, null, null, null, null)))
			.containsExactly(new RequestProblem("/children", "a together-or-apart assessment is about two or more children"),
					new RequestProblem("/recommendation", "a concluded assessment needs a recommendation: together, apart or some_together"),
					new RequestProblem("/concludedOn", "a concluded assessment needs the date it concluded"));
		assertThat(validate(new TogetherOrApartRequest(List.of("amy", "ben"), null, "together", null, "2026-10-01",
				"2026-09-01", null, null, null)))
			.containsExactly(new RequestProblem("/concludedOn", "concluded before it was requested"));
		assertThat(validate(new TogetherOrApartRequest(List.of("amy", "ben"), null, "together", null, null, "2026-09-01",
				null, null, List.of(new PairDoc(List.of("amy", "ben"), "warm", false, null)))))
			.containsExactly(new RequestProblem("/pairs/0/placeTogether",
					"pair amy and ben is marked apart but the recommendation is together"));
	}
}
