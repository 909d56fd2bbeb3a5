package org.kinmap.exchange;

import java.util.Set;

/**
 * Published by {@link NetworkImporter} inside the import's transaction; listeners that keep a projection of the graph
 * refresh it once the transaction has committed (a refused import publishes nothing that is heard). The importer is
 * kinmap's only writer of persons, family ties, households, approvals, memberships and placements.
 *
 * @param source  the document's source, as the import report names it
 * @param persons every person the document wrote, or whose parent, partner, sibling, raised-together or
 *                multiple-birth ties it wrote: the kinship module's family graph re-reads exactly these
 */
public record NetworkImported(String source, Set<String> persons) {
}
