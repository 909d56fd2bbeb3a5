package org.kinmap.system;

/**
 * Published once the fictional sample authority in {@code fixtures/} has been loaded into an empty graph (never when
 * the graph already held persons): what belongs only to a demonstration, such as its accounts, follows it.
 */
public record FixturesLoaded(int files) {
}
