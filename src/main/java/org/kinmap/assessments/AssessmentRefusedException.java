package org.kinmap.assessments;

import java.net.URI;
import java.util.List;

import org.kinmap.system.ProblemException;
import org.springframework.http.HttpStatus;

/**
 * A request about an assessment that kinmap will not carry out, with every problem found, each naming its field.
 * Nothing was written. Answered 422 when the request is wrong (a code, a date, a missing reason), 409 when the step
 * conflicts with where the assessments stand (a concluded assessment started again, a second open one).
 */
class AssessmentRefusedException extends ProblemException {

	static final URI INVALID = URI.create("https://kinmap.org/problems/invalid-assessment");
	static final URI REFUSED = URI.create("https://kinmap.org/problems/assessment-step-refused");

	AssessmentRefusedException(boolean conflict, List<FieldProblem> problems) {
		super(conflict ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_ENTITY, conflict ? REFUSED : INVALID,
				conflict ? "The assessment cannot take this step" : "The assessment was not recorded",
				problems.size() == 1 ? problems.get(0).message()
						: problems.size() + " problems; nothing was recorded. The first: " + problems.get(0).message());
		getBody().setProperty("errors", List.copyOf(problems));
	}

	static AssessmentRefusedException of(Verdict refused) {
		return new AssessmentRefusedException(refused.conflict(), List.of(new FieldProblem(refused.pointer(), refused.reason())));
	}

	static AssessmentRefusedException invalid(List<FieldProblem> problems) {
		return new AssessmentRefusedException(false, problems);
	}
}
