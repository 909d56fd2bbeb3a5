package org.kinmap.system;

/** A Cypher query file a module runs is not on the class path: kinmap does not start without it. */
public class MissingQueryFileException extends IllegalStateException {

	private final String name;

	MissingQueryFileException(String name, Throwable cause) {
		super("Missing Cypher query file " + CypherQueries.LOCATION + name + ".cypher: kinmap cannot start without it.",
				cause);
		this.name = name;
	}

	/** The file's {@code module/name}. */
	public String name() {
		return name;
	}
}
