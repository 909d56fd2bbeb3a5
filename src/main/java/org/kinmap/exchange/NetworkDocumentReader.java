package org.kinmap.exchange;

import java.io.IOException;
import java.io.InputStream;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import org.springframework.stereotype.Component;

/**
 * Reads network documents from files and resources with the application's JSON settings, strictly: unknown fields
 * and anything after the document (a second document) are errors.
 */
@Component
public class NetworkDocumentReader {

	private final ObjectMapper mapper;

	NetworkDocumentReader(ObjectMapper mapper) {
		this.mapper = mapper.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
				DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
	}

	/**
	 * The document in the stream; refuses with an {@link IOException} (a Jackson exception naming where) what is not
	 * one document: broken JSON, unknown fields, a second value after the first, or the JSON {@code null}.
	 */
	public NetworkDocument read(InputStream in) throws IOException {
		NetworkDocument document = mapper.readValue(in, NetworkDocument.class);
		if (document == null) {
			throw MismatchedInputException.from(null, NetworkDocument.class,
					"The file holds the JSON value null, not a network document");
		}
		return document;
	}
}
