package org.kinmap.familyfinding;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The family-finding log's time limits ({@code kinmap.family-finding.*}), in Spring's period notation
 * ({@code 28d}, {@code 6m}).
 *
 * @param notContactedAfter  a relative last contacted this long ago or longer is marked "not contacted for 28 days"
 * @param reSearchAfter      a network last searched longer ago than this is due to be searched again
 * @param planDecisionWithin a network is also due a search when the child's next review is this close
 */
@ConfigurationProperties("kinmap.family-finding")
record FamilyFindingProperties(@DefaultValue("28d") Period notContactedAfter, @DefaultValue("6m") Period reSearchAfter,
		@DefaultValue("28d") Period planDecisionWithin) {
}
