package org.kinmap.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kinmap.KinmapIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.neo4j.core.Neo4jClient;

/** {@code java -jar kinmap.jar import FILE...}, run through the same bean the command line uses. */
@KinmapIntegrationTest
class ImportCommandIT {

	@Autowired
	ImportCommand command;

	@Autowired
	Neo4jClient neo4j;

	@Test
	void importsFilesAndReportsBadOnesWithoutWritingThem(@TempDir Path dir) throws Exception {
		Path good = dir.resolve("good.json");
		Files.writeString(good, """
				{"persons": [{"id": "cli-1", "givenName": "Cara", "familyName": "Line", "sex": "female", "birthDate": "1990"}]}
				""");
		Path bad = dir.resolve("bad.json");
		Files.writeString(bad, """
				{"persons": [{"id": "cli-2", "givenName": "Bad", "birthDate": "yesterday"}]}
				""");
		Path family = dir.resolve("family.json");
		Files.writeString(family, new ClassPathResource("networks/small-family.json").getContentAsString(java.nio.charset.StandardCharsets.UTF_8));

		command.run(new DefaultApplicationArguments("import", good.toString(), bad.toString(), family.toString()));

		assertThat(command.getExitCode()).isEqualTo(1);
		assertThat(count("cli-1")).isEqualTo(1);
		assertThat(count("cli-2")).isZero();
		assertThat(count("t-amara")).isEqualTo(1);
	}

	long count(String id) {
		return neo4j.query("MATCH (p:Person {id: $id}) RETURN count(p)").bind(id).to("id").fetchAs(Long.class).one().orElseThrow();
	}
}
