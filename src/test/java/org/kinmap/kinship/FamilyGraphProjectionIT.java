package org.kinmap.kinship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kinmap.KinmapIntegrationTest;
import org.kinmap.exchange.InvalidNetworkException;
import org.kinmap.exchange.NetworkDocument;
import org.kinmap.exchange.NetworkDocument.ParentLinkDoc;
import org.kinmap.exchange.NetworkDocument.PartnershipDoc;
import org.kinmap.exchange.NetworkDocument.PersonDoc;
import org.kinmap.exchange.NetworkImporter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * kinmap's family graph in memory answers exactly as the Cypher neighbourhood query does, for every fixture child,
 * and follows imports as they commit (and not when they are refused).
 */
@KinmapIntegrationTest
class FamilyGraphProjectionIT {

	@Autowired
	FamilyGraphProjection projection;

	@Autowired
	NeighbourhoodReader reader;

	@Autowired
	NetworkImporter importer;

	@Autowired
	Neo4jClient neo4j;

	/** Long enough for the projection to load on a busy machine; the loop ends as soon as it has. */
	static final Duration LOADING = Duration.ofMinutes(5);

	@BeforeEach
	void loaded() throws InterruptedException {
		long deadline = System.nanoTime() + LOADING.toNanos();
		while (!projection.ready() && System.nanoTime() < deadline) {
			Thread.sleep(50);
		}
		assertThat(projection.ready()).as("the projection loads after start-up").isTrue();
	}

	@Test
	void everyChildInCareHasTheSameNeighbourhoodAndRelativesAsTheCypherQueryGives() {
		List<String> children = List.copyOf(neo4j.query("MATCH (c:Person)-[:IN_CARE]->(:CareRecord) RETURN c.id AS id ORDER BY id")
			.fetchAs(String.class).mappedBy((t, r) -> r.get("id").asString()).all());
		assertThat(children).hasSizeGreaterThanOrEqualTo(43);
		for (String child : children) {
			Genogram fromMemory = projection.neighbourhood(child, List.of());
			Genogram fromCypher = reader.query(child, List.of());
			assertThat(ids(fromMemory)).as(child).isEqualTo(ids(fromCypher));
			assertThat(labels(fromMemory, child)).as(child).isEqualTo(labels(fromCypher, child));
			// Held compactly, every person reads back as Cypher gives them, but for the risk note: only the flag is
			// held, and the note is read when shown.
			assertThat(fromMemory.persons()).as(child).allSatisfy(p -> assertThat(p.riskNote()).isNull())
				.containsExactlyInAnyOrderElementsOf(fromCypher.persons().stream().map(p -> p.withRiskNote(null)).toList());
			assertThat(reader.withRiskNotes(fromMemory, ids(fromMemory)).persons()).as(child)
				.containsExactlyInAnyOrderElementsOf(fromCypher.persons());
		}
	}

	@Test
	void anImportIsSeenAsSoonAsItCommitsAndARefusedOneIsNot() {
		importer.importNetwork(doc(List.of(person("proj-mum", "female", "1990"), person("proj-child", "male", "2016"),
				person("proj-gran", "female", "1962")),
				List.of(link("proj-mum", "proj-child"), link("proj-gran", "proj-mum")), List.of()));
		assertThat(labels(reader.read("proj-child", List.of()), "proj-child"))
			.containsEntry("proj-gran", "maternal grandmother").containsEntry("proj-mum", "mother");

		// A new aunt and her partner: the child's relatives include them at once.
		importer.importNetwork(doc(List.of(person("proj-aunt", "female", "1992"), person("proj-partner", "male", "1991")),
				List.of(link("proj-gran", "proj-aunt")),
				List.of(new PartnershipDoc(List.of("proj-aunt", "proj-partner"), "married", "current", null, null))));
		assertThat(labels(reader.read("proj-child", List.of()), "proj-child")).containsKeys("proj-aunt", "proj-partner");

		// Refused (the grandmother would become her own ancestor): nothing of it reaches the projection.
		assertThatThrownBy(() -> importer.importNetwork(doc(List.of(person("proj-uncle", "male", "1994")),
				List.of(link("proj-gran", "proj-uncle"), link("proj-child", "proj-gran")), List.of())))
			.isInstanceOf(InvalidNetworkException.class);
		assertThat(ids(reader.read("proj-child", List.of()))).doesNotContain("proj-uncle");
		assertThat(ids(reader.read("proj-child", List.of())))
			.isEqualTo(ids(reader.query("proj-child", List.of())));
	}

	private static TreeSet<String> ids(Genogram genogram) {
		return genogram.persons().stream().map(KinPerson::id).collect(Collectors.toCollection(TreeSet::new));
	}

	private static Map<String, String> labels(Genogram genogram, String child) {
		Map<String, String> labels = new TreeMap<>();
		new KinshipLabeller(genogram).relativesOf(child, KinshipService.DEFAULT_MAX_DEGREE)
			.forEach((id, kinships) -> labels.put(id, kinships.get(0).relationship()));
		return labels;
	}

	private static NetworkDocument doc(List<PersonDoc> persons, List<ParentLinkDoc> links, List<PartnershipDoc> partners) {
		return new NetworkDocument("projection test", persons, links, partners, null, null, null, null, null, null, null,
				null, null, null);
	}

	private static PersonDoc person(String id, String sex, String born) {
		return new PersonDoc(id, null, "Test", "Projection", null, sex, null, born, false, null, null, null, null, null,
				null, null, null, null, false, null);
	}

	private static ParentLinkDoc link(String parent, String child) {
		return new ParentLinkDoc(parent, child, "birth", null, null, null);
	}
}
