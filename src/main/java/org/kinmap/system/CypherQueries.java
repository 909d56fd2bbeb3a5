package org.kinmap.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The Cypher statements under {@code cypher/queries/<module>/<name>.cypher}, read once at start-up.
 * A module asks for {@code "module/name"}; a name with no file throws at its first use (see {@link #require}),
 * not at start-up. Each file holds one statement, a header comment naming its parameters and columns, and only
 * {@code $parameters} for values.
 */
@Component
public class CypherQueries {

	private static final Logger log = LoggerFactory.getLogger(CypherQueries.class);

	private final Map<String, String> statements;

	public CypherQueries() {
		this(new PathMatchingResourcePatternResolver());
	}

	CypherQueries(PathMatchingResourcePatternResolver resolver) {
		Map<String, String> loaded = new TreeMap<>();
		try {
			for (Resource r : resolver.getResources("classpath*:cypher/queries/**/*.cypher")) {
				String url = r.getURL().toString();
				int at = url.lastIndexOf("cypher/queries/");
				String key = url.substring(at + "cypher/queries/".length(), url.length() - ".cypher".length());
				loaded.put(key, r.getContentAsString(StandardCharsets.UTF_8));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the Cypher query files under cypher/queries", ex);
		}
		this.statements = Map.copyOf(loaded);
		log.info("Loaded {} Cypher query files", statements.size());
	}

	/** The statement {@code module/name}; throws at once if the file does not exist. */
	public String require(String name) {
		String statement = statements.get(name);
		if (statement == null) {
			throw new IllegalStateException("Missing Cypher query file cypher/queries/" + name + ".cypher");
		}
		return statement;
	}

	/** The names of every loaded statement, for tests that run each one. */
	public java.util.Set<String> names() {
		return statements.keySet();
	}
}
