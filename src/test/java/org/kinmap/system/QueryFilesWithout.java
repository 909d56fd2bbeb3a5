package org.kinmap.system;

import java.io.IOException;
import java.util.Arrays;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The query files as kinmap packages them, but one: to prove that a missing file fails its holder's construction. */
public final class QueryFilesWithout {

	private QueryFilesWithout() {
	}

	/** Every query file except {@code module/name}. */
	public static CypherQueries without(String name) {
		CypherQueries queries = new CypherQueries(new PathMatchingResourcePatternResolver() {
			@Override
			public Resource[] getResources(String pattern) throws IOException {
				return Arrays.stream(super.getResources(pattern))
					.filter(r -> !url(r).endsWith(CypherQueries.LOCATION + name + ".cypher"))
					.toArray(Resource[]::new);
			}
		});
		if (queries.names().contains(name) || queries.names().size() != new CypherQueries().names().size() - 1) {
			throw new IllegalStateException("Could not leave out exactly the query file " + name);
		}
		return queries;
	}

	private static String url(Resource r) {
		try {
			return r.getURL().toString();
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}
}
