package org.kinmap.exchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

/**
 * Fuzzes the way a network document comes in: bytes read as JSON by {@link NetworkDocumentReader} with the
 * application's settings (unknown properties refused), then checked by {@link NetworkValidator}.
 *
 * <p>The contract: any input is either refused while reading with an IOException (Jackson's exceptions for
 * malformed JSON or JSON that is not a network document, and its CharConversionException for bytes that are not in
 * the encoding it detected; the API answers 400), or it is a document and the validator answers with a list of problems,
 * each with a JSON Pointer and a sentence, from which an {@link InvalidNetworkException} can be built. Anything
 * else (NullPointerException, ClassCastException, IndexOutOfBoundsException, StackOverflowError, a null
 * document) is a finding.
 *
 * <p>In {@code mvn verify} these run over {@code NetworkDocumentFuzzTestsInputs/<method>/}; with {@code -Pfuzz}
 * Jazzer fuzzes one of them (docs/fuzzing.md).
 */
class NetworkDocumentFuzzTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

	/** As the application builds its mapper: Spring's defaults plus spring.jackson.* from application.properties. */
	private static final NetworkDocumentReader READER = new NetworkDocumentReader(
			Jackson2ObjectMapperBuilder.json().failOnUnknownProperties(true).build());

	@FuzzTest(maxDuration = "5m")
	@DictionaryFile(resourcePath = "/org/kinmap/exchange/network-document.dict")
	void readAndValidate(byte[] json) {
		NetworkDocument doc;
		try {
			doc = READER.read(new ByteArrayInputStream(json));
		}
		catch (IOException refused) {
			return;
		}
		if (doc == null) {
			throw new AssertionError("NetworkDocumentReader.read gave null instead of a document or a refusal");
		}
		validate(doc);
	}

	/**
	 * The validator alone, on documents built field by field ({@link FuzzedDocuments}): what Jackson can hand it,
	 * {@code null} in any list included, with ids that refer to one another. Same contract as above.
	 */
	@FuzzTest(maxDuration = "5m")
	void validateBuiltDocument(FuzzedDataProvider data) {
		validate(FuzzedDocuments.build(data));
	}

	private static void validate(NetworkDocument doc) {
		List<DocumentProblem> problems = NetworkValidator.validate(doc, ExistingIds.NONE, TODAY);
		for (DocumentProblem p : problems) {
			if (p.pointer() == null || !p.pointer().startsWith("/") || p.message() == null || p.message().isBlank()) {
				throw new AssertionError("A problem without a JSON Pointer or a sentence: " + p);
			}
		}
		if (!problems.isEmpty()) {
			new InvalidNetworkException(problems).getMessage();
		}
	}
}
