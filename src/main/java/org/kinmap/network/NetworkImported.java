package org.kinmap.network;

import java.util.Set;

/**
 * Published by the exchange module's {@code NetworkImporter} inside the import's transaction; listeners that keep a
 * projection of the graph refresh it once the transaction has committed (a refused import publishes nothing that is
 * heard). The importer is kinmap's only writer of persons, family ties, households, approvals, memberships and
 * placements. The event lives here, in the module of the data it names, so that every module that keeps a projection
 * (kinship, matching, siblings) may hear it without depending on the exchange module.
 *
 * @param source  the document's source, as the import report names it
 * @param persons every person the document wrote, or whose parent, partner, sibling, raised-together or
 *                multiple-birth ties it wrote: the kinship module's family graph re-reads exactly these
 */
public record NetworkImported(String source, Set<String> persons) {
}
