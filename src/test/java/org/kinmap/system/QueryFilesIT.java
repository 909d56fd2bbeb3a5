package org.kinmap.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.kinmap.KinmapIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Every file under cypher/queries parses and runs on the real database (in a transaction rolled back). */
@KinmapIntegrationTest
class QueryFilesIT {

	static final Pattern PARAMETER = Pattern.compile("\\$([A-Za-z][A-Za-z0-9_]*)");

	@Autowired
	CypherQueries queries;

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void everyQueryFileRuns() {
		assertThat(queries.names()).hasSizeGreaterThan(15);
		for (String name : queries.names()) {
			String statement = queries.require(name);
			Map<String, Object> parameters = new HashMap<>();
			Matcher m = PARAMETER.matcher(statement);
			while (m.find()) {
				parameters.put(m.group(1), null);
			}
			assertThatCode(() -> transactions.executeWithoutResult(tx -> {
				neo4j.query(statement).bindAll(parameters).run();
				tx.setRollbackOnly();
			})).as(name).doesNotThrowAnyException();
		}
	}

	@Test
	void theSchemaMigrationsAreApplied() {
		var constraints = neo4j.query("SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names").fetchAs(Object.class)
			.one().orElseThrow().toString();
		assertThat(constraints).contains("person_id_unique", "household_id_unique", "placement_id_unique",
				"assessment_id_unique", "care_record_child_unique", "change_sequence_id", "change_sequence_number");
		var indexes = neo4j.query("SHOW INDEXES YIELD name RETURN collect(name) AS names").fetchAs(Object.class)
			.one().orElseThrow().toString();
		assertThat(indexes).contains("person_source_id", "person_name", "parent_of_type");
		assertThat(neo4j.query("MATCH (m:__Neo4jMigration) WHERE m.version IS NOT NULL AND m.version <> 'BASELINE' RETURN max(m.version)")
			.fetchAs(String.class).one()).contains("006");
	}
}
