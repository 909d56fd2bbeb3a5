package org.kinmap.exchange;

import java.util.Set;

/**
 * Published inside an import's transaction, and heard by listeners after it commits: the persons whose
 * properties or family ties (parents, children, partners, siblings, multiple births) a network document wrote.
 * Projections of the family graph held in memory refresh exactly these persons.
 */
public record NetworkChanged(Set<String> persons) {
}
