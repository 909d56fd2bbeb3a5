package org.kinmap.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The Cypher statements under {@code cypher/queries/<module>/<name>.cypher}, read once at start-up. Each module's
 * query holder asks for the statements it runs, by their fixed names ({@code "module/name"}), in its constructor and
 * keeps them in final fields: a name with no file fails the holder's construction, and so kinmap's start-up, with
 * one sentence naming the file. Each file holds one statement, a header comment naming its parameters and columns,
 * and only {@code $parameters} for values. {@link #unused()} names the files no caller has asked for (a test
 * requires there be none).
 */
@Component
public class CypherQueries {

	private static final Logger log = LoggerFactory.getLogger(CypherQueries.class);

	static final String LOCATION = "cypher/queries/";

	private final Map<String, String> statements;

	private final Set<String> required = ConcurrentHashMap.newKeySet();

	public CypherQueries() {
		this(new PathMatchingResourcePatternResolver());
	}

	/** The query files the given resolver finds under {@code classpath*:cypher/queries/**}. */
	public CypherQueries(ResourcePatternResolver resolver) {
		Map<String, String> loaded = new TreeMap<>();
		try {
			for (Resource r : resolver.getResources("classpath*:" + LOCATION + "**/*.cypher")) {
				String url = r.getURL().toString();
				int at = url.lastIndexOf(LOCATION);
				String key = url.substring(at + LOCATION.length(), url.length() - ".cypher".length());
				loaded.put(key, r.getContentAsString(StandardCharsets.UTF_8));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the Cypher query files under " + LOCATION, ex);
		}
		this.statements = Map.copyOf(loaded);
		log.debug("Loaded {} Cypher query files", statements.size());
	}

	/**
	 * The statement {@code module/name}, for a query holder's constructor; throws at once if the file does not
	 * exist, so that a missing file stops start-up rather than the first request that needs it.
	 */
	public String require(String name) {
		String statement = statements.get(name);
		if (statement == null) {
			throw new MissingQueryFileException(name, null);
		}
		required.add(name);
		return statement;
	}

	/** The statement {@code module/name} without counting it as used: for tests that run every file. */
	public String text(String name) {
		String statement = statements.get(name);
		if (statement == null) {
			throw new MissingQueryFileException(name, null);
		}
		return statement;
	}

	/** The names of every loaded statement, for tests that run each one. */
	public Set<String> names() {
		return statements.keySet();
	}

	/** The loaded statements no caller has asked for so far (once every bean is built: files no code runs). */
	public Set<String> unused() {
		Set<String> unused = new TreeSet<>(statements.keySet());
		unused.removeAll(required);
		return unused;
	}
}
