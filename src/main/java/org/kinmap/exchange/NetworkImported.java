package org.kinmap.exchange;

/**
 * Published by {@link NetworkImporter} inside the import's transaction; listeners that must only hear of what was
 * committed use {@code @TransactionalEventListener} (after commit).
 *
 * @param source the document's {@code source}
 * @param persons how many persons the document holds
 */
public record NetworkImported(String source, int persons) {
}
