package org.kinmap.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kinmap.KinmapIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/** GEDCOM files uploaded over HTTP, found again by their xref and labelled by the kinship endpoints. */
@KinmapIntegrationTest
@SuppressWarnings({ "unchecked", "rawtypes" })
class GedcomImportIT {

	@Autowired
	TestRestTemplate http;

	@Autowired
	ImportCommand command;

	@Autowired
	org.springframework.data.neo4j.core.Neo4jClient neo4j;

	static ResponseEntity<Map> upload(TestRestTemplate http, byte[] content, String fileName, String prefix) {
		var body = new LinkedMultiValueMap<String, Object>();
		body.add("file", new ByteArrayResource(content) {
			@Override
			public String getFilename() {
				return fileName;
			}
		});
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		return http.postForEntity("/api/networks/gedcom" + (prefix == null ? "" : "?prefix=" + prefix),
				new HttpEntity<>(body, headers), Map.class);
	}

	static byte[] resource(String name) throws Exception {
		return new ClassPathResource("gedcom/" + name).getContentAsByteArray();
	}

	@Test
	void importsASmallFileFindsPersonsByXrefAndLabelsTheirRelatives() throws Exception {
		ResponseEntity<Map> first = upload(http, resource("small.ged"), "small.ged", "gt");
		assertThat(first.getStatusCode()).as(String.valueOf(first.getBody())).isEqualTo(HttpStatus.OK);
		assertThat(first.getBody()).containsEntry("prefix", "gt").containsEntry("individuals", 8)
			.containsEntry("personsImported", 8).containsEntry("parentLinksImported", 8)
			.containsEntry("partnershipsImported", 3);
		assertThat((List<?>) first.getBody().get("skipped")).isEmpty();
		Map<String, Object> again = upload(http, resource("small.ged"), "small.ged", "gt").getBody();
		assertThat((Map<String, Object>) again.get("written")).containsEntry("nodesCreated", 0)
			.containsEntry("relationshipsCreated", 0);

		List<Map<String, Object>> found = http.getForObject("/api/persons?sourceId=@I5@", List.class);
		assertThat(found).extracting(f -> f.get("personId"), f -> f.get("name"))
			.contains(tuple("gt-I5", "Amara Okafor-Lee"));

		Map<String, Object> answer = http.getForObject("/api/persons/gt-I5/relatives", Map.class);
		assertThat((List<Map<String, Object>>) answer.get("relatives"))
			.extracting(r -> r.get("personId"), r -> r.get("relationship"), r -> r.get("kind"), r -> r.get("closeRelative"))
			.containsExactly(tuple("gt-I6", "father", "blood", false), tuple("gt-I3", "mother", "blood", false),
					tuple("gt-I2", "maternal grandfather", "blood", true),
					tuple("gt-I1", "maternal grandmother", "blood", true), tuple("gt-I4", "aunt", "blood", true),
					tuple("gt-I8", "adoptive first cousin", "adoptive", false),
					// A marriage that has ended leaves no kinship: he comes after every relative.
					tuple("gt-I7", "former uncle by marriage", "by_marriage", false));
	}

	@Test
	void aFileWithIrregularDatesImportsAndReportsWhatWasSkipped() throws Exception {
		ResponseEntity<Map> answer = upload(http, resource("irregular.ged"), "Irregular Tree.ged", null);
		assertThat(answer.getStatusCode()).as(String.valueOf(answer.getBody())).isEqualTo(HttpStatus.OK);
		assertThat(answer.getBody()).containsEntry("prefix", "irregular-tree").containsEntry("individuals", 10)
			.containsEntry("personsImported", 10);
		assertThat((List<Map<String, Object>>) answer.getBody().get("skipped"))
			.extracting(s -> s.get("record")).doesNotContain("@P5@");
		Map<String, Object> unnamed = http.getForObject("/api/persons/irregular-tree-P5", Map.class);
		assertThat(unnamed).containsEntry("sourceId", "@P5@").containsEntry("name", "(name not recorded)");
		assertThat((List<Map<String, Object>>) unnamed.get("children")).isNotEmpty();
		Map<String, Object> john = http.getForObject("/api/persons/irregular-tree-P1", Map.class);
		assertThat(john).containsEntry("birthDate", "1850").containsEntry("deathDate", "1900").containsEntry("sourceId", "@P1@");
	}

	@Test
	void anEmptyUploadIsABadRequest() {
		ResponseEntity<Map> answer = upload(http, new byte[0], "empty.ged", null);
		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(answer.getBody()).containsEntry("detail", "The uploaded file is empty");
	}

	@Test
	void theImportCommandTakesGedcomFilesWithTheirNameAsPrefix(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
			throws Exception {
		java.nio.file.Path file = dir.resolve("Cli Tree.ged");
		java.nio.file.Files.write(file, resource("small.ged"));
		command.run(new org.springframework.boot.DefaultApplicationArguments("import", file.toString()));
		assertThat(neo4j.query("MATCH (p:Person {id: $id}) RETURN p.sourceId").bind("cli-tree-I5").to("id")
			.fetchAs(String.class).one()).hasValue("@I5@");
	}
}
