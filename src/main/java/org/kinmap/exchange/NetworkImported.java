package org.kinmap.exchange;

/**
 * Published by {@link NetworkImporter} inside the import's transaction; listeners that keep a projection of the graph
 * (the matching module's carer households) refresh it once the transaction has committed. The importer is kinmap's
 * only writer of persons, households, approvals, memberships and placements.
 *
 * @param source the document's source, as the import report names it
 */
public record NetworkImported(String source) {
}
