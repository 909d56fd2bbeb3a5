package org.kinmap.carers;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.kinmap.system.CypherQueries;
import org.kinmap.system.QueryFilesWithout;

/** A query holder resolves its statements when it is built: a missing file fails start-up, not a later request. */
class CarerQueriesTests {

	@Test
	void aMissingQueryFileFailsConstructionNamingTheFile() {
		assertThatThrownBy(() -> new CarerQueries(null, QueryFilesWithout.without("carers/carer"), Clock.systemUTC()))
			.isInstanceOf(org.kinmap.system.MissingQueryFileException.class)
			.hasMessage("Missing Cypher query file cypher/queries/carers/carer.cypher: kinmap cannot start without it.");
	}

	@Test
	void withEveryFileItIsBuilt() {
		assertThatCode(() -> new CarerQueries(null, new CypherQueries(), Clock.systemUTC())).doesNotThrowAnyException();
	}
}
