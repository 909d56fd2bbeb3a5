package org.kinmap.assessments;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A request is checked whole, and every problem names its field. */
class RequestChecksTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

	static List<String> pointers(List<FieldProblem> problems) {
		return problems.stream().map(FieldProblem::pointer).toList();
	}

	@Test
	void aGoodRequestHasNoProblem() {
		assertThat(RequestChecks.request(new AssessmentRequest("p-1", null, "2026-11-22", "Paul", null), TODAY)).isEmpty();
		assertThat(RequestChecks.request(new AssessmentRequest("p-1", "SPECIAL_GUARDIANSHIP", "2026-01-01", null, "n"), TODAY)).isEmpty();
		assertThat(RequestChecks.step(new StepRequest("in_progress", "2026-11-22", null, null), TODAY)).isEmpty();
		assertThat(RequestChecks.reg24(new Reg24Request("p-1", "2026-11-01", null, null), TODAY)).isEmpty();
		assertThat(RequestChecks.reg25(new Reg25Request(new BigDecimal("4"), "2026-11-01", "Panel"), TODAY)).isEmpty();
		assertThat(RequestChecks.reg25(new Reg25Request(new BigDecimal("4.0"), "2026-11-01", "Panel"), TODAY)).isEmpty();
	}

	@Test
	void everyProblemIsNamed() {
		List<FieldProblem> problems = RequestChecks.request(new AssessmentRequest(" ", "fostering", "2026-11-23",
				"a".repeat(201), "b".repeat(4001)), TODAY);
		assertThat(pointers(problems)).containsExactly("/relative", "/type", "/requestedOn", "/assessor", "/notes");
		assertThat(problems.get(1).message()).isEqualTo("type 'fostering' is not one of viability, connected_person_reg24, "
				+ "connected_person_full, special_guardianship, adopter, together_or_apart");
		assertThat(problems.get(2).message()).isEqualTo("2026-11-23 is in the future");
		assertThat(pointers(RequestChecks.request(new AssessmentRequest("p-1", "adopter", "2026-11-01", null, null), TODAY)))
			.containsExactly("/type");
		assertThat(pointers(RequestChecks.request(new AssessmentRequest("x".repeat(201), null, "1 Nov", null, null), TODAY)))
			.containsExactly("/relative", "/requestedOn");
		assertThat(pointers(RequestChecks.request(null, TODAY))).containsExactly("");
	}

	@Test
	void aStepNamesItsStatusDateAndReason() {
		assertThat(pointers(RequestChecks.step(new StepRequest(null, null, null, null), TODAY))).containsExactly("/status", "/on");
		assertThat(pointers(RequestChecks.step(new StepRequest("done", "2026-13-01", "z".repeat(201), "r".repeat(1_000_000)), TODAY)))
			.containsExactly("/status", "/on", "/assessor", "/reason");
		assertThat(RequestChecks.step(new StepRequest("s".repeat(5000), "2026-11-01", null, null), TODAY).get(0).message())
			.as("a long code is not repeated whole").hasSizeLessThan(200);
	}

	@Test
	void anExtensionIsAWholeNumberOfWeeksWithItsReason() {
		assertThat(pointers(RequestChecks.reg25(new Reg25Request(null, null, null), TODAY)))
			.containsExactly("/weeks", "/decidedOn", "/reason");
		assertThat(pointers(RequestChecks.reg25(new Reg25Request(new BigDecimal("2.5"), "2026-11-01", "r"), TODAY)))
			.containsExactly("/weeks");
		assertThat(pointers(RequestChecks.reg25(new Reg25Request(new BigDecimal("1e400"), "2026-11-01", "r"), TODAY)))
			.containsExactly("/weeks");
		assertThat(pointers(RequestChecks.reg25(new Reg25Request(new BigDecimal("4"), "2026-11-01", "\t"), TODAY)))
			.containsExactly("/reason");
	}
}
