package org.kinmap.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import org.junit.jupiter.api.Test;
import org.kinmap.assessments.AssessmentType;
import org.kinmap.care.LegalStatus;
import org.kinmap.care.PlacementType;
import org.kinmap.carers.ApprovalKind;
import org.kinmap.carers.CarerSkill;
import org.kinmap.familyfinding.AttemptMode;
import org.kinmap.familyfinding.AttemptOutcome;
import org.kinmap.familyfinding.FoundThrough;
import org.kinmap.familyfinding.SearchKind;
import org.kinmap.network.ContactFrequency;
import org.kinmap.network.ParentLinkType;
import org.kinmap.system.Coded;

/** The published JSON Schema of the network document stays true to the code and to the documents we ship. */
class NetworkSchemaTests {

	static final ObjectMapper JSON = new ObjectMapper();

	static JsonNode schemaNode() throws IOException {
		try (InputStream in = NetworkSchemaTests.class.getResourceAsStream("/static/schema/network-document.schema.json")) {
			return JSON.readTree(in);
		}
	}

	@Test
	void everyFixtureAndTestDocumentFollowsTheSchema() throws IOException {
		JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaNode());
		List<Path> documents = new ArrayList<>();
		try (Stream<Path> fixtures = Files.list(Path.of("fixtures")); Stream<Path> tests = Files.list(Path.of("src/test/resources/networks"))) {
			Stream.concat(fixtures, tests).filter(p -> p.toString().endsWith(".json")).sorted().forEach(documents::add);
		}
		assertThat(documents).hasSizeGreaterThan(1);
		assertThat(schema.validate(JSON.readTree("{\"persons\": [{\"id\": \"a\", \"sex\": \"F\", \"nmae\": \"x\"}]}")))
			.as("the schema refuses what the import refuses").hasSize(2);
		for (Path document : documents) {
			assertThat(schema.validate(JSON.readTree(document.toFile()))).as(document.toString()).isEmpty();
		}
	}

	@Test
	void theSchemaListsExactlyTheCodesTheImportAccepts() throws IOException {
		JsonNode p = schemaNode().path("properties");
		assertEnum(p.at("/parentLinks/items/properties/type/enum"), ParentLinkType.class);
		assertEnum(p.at("/children/items/properties/legalStatus/enum"), LegalStatus.class);
		assertEnum(p.at("/placements/items/properties/type/enum"), PlacementType.class);
		assertEnum(p.at("/assessments/items/properties/type/enum"), AssessmentType.class);
		assertEnum(p.at("/contacts/items/properties/frequency/enum"), ContactFrequency.class);
		assertEnum(p.at("/households/items/properties/carer/properties/approvals/items/properties/kind/enum"), ApprovalKind.class);
		assertEnum(p.at("/households/items/properties/carer/properties/skills/items/enum"), CarerSkill.class);
		assertEnum(p.at("/familyFinding/items/properties/searches/items/properties/kind/enum"), SearchKind.class);
		assertEnum(p.at("/familyFinding/items/properties/relatives/items/properties/foundThrough/enum"), FoundThrough.class);
		assertEnum(p.at("/familyFinding/items/properties/relatives/items/properties/contacts/items/properties/mode/enum"),
				AttemptMode.class);
		assertEnum(p.at("/familyFinding/items/properties/relatives/items/properties/contacts/items/properties/outcome/enum"),
				AttemptOutcome.class);
	}

	static <E extends Enum<E> & Coded> void assertEnum(JsonNode node, Class<E> type) {
		List<String> listed = new ArrayList<>();
		node.forEach(n -> listed.add(n.asText()));
		assertThat(String.join(", ", listed)).as(type.getSimpleName()).isEqualTo(Coded.codes(type));
	}
}
