package org.kinmap.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The network document's familyFinding section is checked as the API checks a log entry, each problem by pointer. */
class FamilyFindingSectionTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

	static List<DocumentProblem> problems(String json) throws Exception {
		NetworkDocument doc = new ObjectMapper().findAndRegisterModules().readValue(json, NetworkDocument.class);
		return NetworkValidator.validate(doc, ExistingIds.NONE, TODAY);
	}

	static final String PERSONS = """
			"persons": [{"id": "c", "givenName": "C"}, {"id": "g", "givenName": "G"}, {"id": "u", "givenName": "U"}]""";

	@Test
	void aRealisticLogIsValid() throws Exception {
		assertThat(problems("{" + PERSONS + """
				, "familyFinding": [{"child": "c",
				   "searches": [{"id": "ns-1", "kind": "genogram_session", "on": "2026-07-28"}],
				   "relatives": [
				     {"person": "g", "foundThrough": "named_by_parent", "foundOn": "2026-07-28", "wish": "To care",
				      "contacts": [{"id": "ca-1", "on": "2026-11-01", "mode": "phone", "outcome": "declined",
				                    "nextStep": "Write", "nextStepOn": "2026-11-01"}]},
				     {"person": "u", "doNotContact": true, "doNotContactReason": "Domestic abuse risk to the mother"}]}]}
				""")).isEmpty();
	}

	@Test
	void everyProblemIsNamedByItsPointer() throws Exception {
		List<DocumentProblem> found = problems("{" + PERSONS + """
				, "familyFinding": [{"child": "c",
				   "searches": [{"id": "ca-1", "kind": "web", "on": "2026-12-01"}],
				   "relatives": [
				     {"person": "c"},
				     {"person": "g", "foundThrough": "rumour",
				      "contacts": [{"id": "ca-1", "on": "2026-11-01", "mode": "fax", "outcome": "reached",
				                    "nextStep": "Write", "nextStepOn": "2026-10-01"},
				                   {"id": "ca-2", "on": "2026-11-02", "mode": "visit", "outcome": "no_answer", "nextStep": "Call"}]},
				     {"person": "u", "doNotContact": true},
				     {"person": "g"},
				     {"person": "nobody"}]},
				   {"child": "c"}]}
				""");
		assertThat(found).extracting(DocumentProblem::pointer).containsExactlyInAnyOrder(
				"/familyFinding/0/searches/0/kind", "/familyFinding/0/searches/0/on",
				"/familyFinding/0/relatives/0/person",
				"/familyFinding/0/relatives/1/foundThrough",
				"/familyFinding/0/relatives/1/contacts/0/id", "/familyFinding/0/relatives/1/contacts/0/mode",
				"/familyFinding/0/relatives/1/contacts/0/nextStepOn", "/familyFinding/0/relatives/1/contacts/1/nextStepOn",
				"/familyFinding/0/relatives/2/doNotContactReason", "/familyFinding/0/relatives/3/person",
				"/familyFinding/0/relatives/4/person", "/familyFinding/1/child");
	}

	@Test
	void aNullRelativeIsAProblemBeforeAnyOther() throws Exception {
		assertThat(problems("{" + PERSONS + ", \"familyFinding\": [{\"child\": \"c\", \"relatives\": [null]}]}"))
			.extracting(DocumentProblem::pointer).containsExactly("/familyFinding/0/relatives/0");
	}
}
