package org.kinmap.exchange;

import java.util.List;
import java.util.Map;

/**
 * What an import wrote: how many records of each section the document had, and what changed in the graph.
 * A second import of the same document creates and deletes nothing.
 *
 * @param source               the document's {@code source}, if it named one
 * @param records              records per section of the document (persons, parentLinks, ...)
 * @param nodesCreated         nodes the import created
 * @param relationshipsCreated relationships the import created
 * @param nodesDeleted         nodes the import removed (approvals a carer household no longer has)
 * @param relationshipsDeleted relationships the import removed (members, subjects no longer listed)
 * @param warnings             what was imported but needs a look: a postcode without coordinates that the postcode
 *                             directory does not have (docs/postcodes.md)
 */
public record ImportReport(String source, Map<String, Integer> records, int nodesCreated, int relationshipsCreated,
		int nodesDeleted, int relationshipsDeleted, List<DocumentProblem> warnings) {

	/** Counts only, for the audit trail. */
	public String summary() {
		return "records " + records + "; " + nodesCreated + " nodes and " + relationshipsCreated + " relationships created, "
				+ nodesDeleted + " nodes and " + relationshipsDeleted + " relationships deleted"
				+ (warnings.isEmpty() ? "" : "; " + warnings.size() + " warning(s)");
	}
}
