package org.kinmap.exchange;

import java.io.IOException;
import java.io.InputStream;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
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

	public NetworkDocument read(InputStream in) throws IOException {
		return mapper.readValue(in, NetworkDocument.class);
	}
}
