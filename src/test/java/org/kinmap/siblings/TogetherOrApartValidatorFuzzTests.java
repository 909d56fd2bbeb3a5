package org.kinmap.siblings;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

/**
 * Fuzzes a together-or-apart request as it arrives ({@code POST /api/together-or-apart-assessments}): JSON read
 * into a {@link TogetherOrApartRequest} with the application's settings, then {@link TogetherOrApartValidator}.
 *
 * <p>The contract: JSON that is malformed, not a request, in bytes that are not the encoding Jackson detected
 * (its CharConversionException), or {@code null} is refused while reading with an IOException or as no body
 * (Spring answers 400); any request that is read gets a list of problems, each with a JSON Pointer and a sentence, never an
 * exception.
 */
class TogetherOrApartValidatorFuzzTests {

	/** The children kinmap knows; {@code zed} is in none of the others' sibling groups. */
	static final Set<String> KNOWN = Set.of("amy", "ben", "cal", "zed");

	private static final ObjectMapper JSON = Jackson2ObjectMapperBuilder.json().failOnUnknownProperties(true).build();

	@FuzzTest(maxDuration = "2m")
	@DictionaryEntries({ "{", "}", "[", "]", ",", ":", "null", "true", "false", "\"", "\"children\"", "\"status\"",
			"\"recommendation\"", "\"reasons\"", "\"requestedOn\"", "\"concludedOn\"", "\"assessor\"", "\"views\"",
			"\"pairs\"", "\"child\"", "\"quality\"", "\"placeTogether\"", "\"note\"", "\"amy\"", "\"ben\"", "\"cal\"",
			"\"zed\"", "\"positive\"", "\"negative\"", "\"in_progress\"", "\"together\"", "\"apart\"",
			"\"some_together\"", "\"close\"", "\"harmful\"", "\"2026-10-01\"", "\"2027-01-01\"" })
	void validate(byte[] json) {
		TogetherOrApartRequest request;
		try {
			request = JSON.readValue(json, TogetherOrApartRequest.class);
		}
		catch (IOException refused) {
			return;
		}
		if (request == null) {
			return;
		}
		List<RequestProblem> problems = TogetherOrApartValidator.validate(request, KNOWN,
				children -> !children.contains("zed"), Families.TODAY);
		for (RequestProblem p : problems) {
			if (p.pointer() == null || !p.pointer().startsWith("/") || p.message() == null || p.message().isBlank()) {
				throw new AssertionError("A problem without a JSON Pointer or a sentence: " + p);
			}
		}
	}
}
