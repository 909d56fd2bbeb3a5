package org.kinmap.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CypherQueriesTests {

	private final CypherQueries queries = new CypherQueries();

	@Test
	void loadsEveryQueryFileByModuleAndName() {
		assertThat(queries.names()).contains("exchange/upsert-persons", "care/children-in-care", "carers/carers",
				"network/person");
		assertThat(queries.require("network/person")).contains("MATCH (p:Person {id: $id})");
	}

	@Test
	void everyQueryFileSaysWhatItTakesAndNeverInlinesAValue() {
		for (String name : queries.names()) {
			String text = queries.require(name);
			assertThat(text).as(name).contains("// Parameters:").contains("Columns:");
			assertThat(text).as(name + " has no quoted values other than type names")
				.doesNotContainPattern("\\{id: '[^']*'\\}");
		}
	}

	@Test
	void aMissingFileFailsAtOnceWithItsPath() {
		assertThatThrownBy(() -> queries.require("network/nothing"))
			.hasMessage("Missing Cypher query file cypher/queries/network/nothing.cypher: kinmap cannot start without it.");
	}

	@Test
	void aFileCountsAsUsedOnceAskedForAndNotWhenOnlyRead() {
		CypherQueries fresh = new CypherQueries();
		assertThat(fresh.unused()).containsAll(fresh.names());
		fresh.text("network/person");
		assertThat(fresh.unused()).contains("network/person");
		fresh.require("network/person");
		assertThat(fresh.unused()).doesNotContain("network/person").contains("care/child");
	}

	@Test
	void aStartUpFailedByAMissingFileIsToldInOneSentence() {
		var failure = new org.springframework.beans.factory.BeanCreationException("carerQueries",
				"Failed to instantiate", new MissingQueryFileException("carers/carer", null));
		var analysis = new MissingQueryFileFailureAnalyzer().analyze(failure);
		assertThat(analysis.getDescription())
			.isEqualTo("Missing Cypher query file cypher/queries/carers/carer.cypher: kinmap cannot start without it.");
		assertThat(analysis.getAction()).startsWith("Restore cypher/queries/carers/carer.cypher");
	}

	@Test
	void aHolderWithoutOneOfItsFilesCannotBeBuilt() {
		CypherQueries withoutOne = QueryFilesWithout.without("genogram/neighbours");
		assertThat(withoutOne.names()).contains("genogram/family").doesNotContain("genogram/neighbours");
		assertThatThrownBy(() -> withoutOne.require("genogram/neighbours"))
			.hasMessage("Missing Cypher query file cypher/queries/genogram/neighbours.cypher: kinmap cannot start without it.");
	}
}
