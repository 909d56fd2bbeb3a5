package org.kinmap.changes;

import java.util.Set;

/**
 * One write through kinmap (or one write found to have bypassed it), as the change sequence records it.
 *
 * @param sequence   its number: every write gets the next one, in commit order, without gaps
 * @param kind       what wrote it ({@link ChangeLog#NETWORK_IMPORT}, {@link ChangeLog#TOGETHER_OR_APART},
 *                   {@link ChangeLog#OUTSIDE_KINMAP})
 * @param persons    every person whose properties or family links it wrote
 * @param households every household it wrote, or whose members or placements it changed
 * @param placements every placement it wrote
 * @param everything too much to list, or not known (a write that bypassed kinmap): every copy is read again
 */
public record Change(long sequence, String kind, Set<String> persons, Set<String> households, Set<String> placements,
		boolean everything) {
}
