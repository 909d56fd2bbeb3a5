package org.kinmap.assessments;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ClientException;
import org.springframework.dao.DataIntegrityViolationException;

/** A second open assessment meeting the unique open key is told apart from every other failure. */
class OpenKeyTakenTests {

	@Test
	void theUniqueOpenKeyIsRecognisedHoweverItIsWrapped() {
		assertThat(AssessmentController.openKeyTaken(new DataIntegrityViolationException("taken"))).isTrue();
		ClientException neo4j = new ClientException("Neo.ClientError.Schema.ConstraintValidationFailed", "exists");
		assertThat(AssessmentController.openKeyTaken(new IllegalStateException("commit failed", neo4j))).isTrue();
		assertThat(AssessmentController.openKeyTaken(new IllegalStateException("other",
				new ClientException("Neo.ClientError.Statement.SyntaxError", "bad")))).isFalse();
		assertThat(AssessmentController.openKeyTaken(new RuntimeException("nothing"))).isFalse();
	}
}
