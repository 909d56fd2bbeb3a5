package org.kinmap.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.kinmap.KinmapIntegrationTest;
import org.kinmap.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** GEDCOM out over HTTP, and back in: the same persons, links, partnerships and births, by the roles that may. */
@KinmapIntegrationTest
@SuppressWarnings({ "unchecked", "rawtypes" })
class GedcomExportIT {

	@Autowired
	TestRestTemplate http;

	@Autowired
	Neo4jClient neo4j;

	/** Everything GEDCOM carries of the persons under a prefix, with the prefix taken off the ids. */
	Set<String> family(String prefix) {
		String p = prefix + "-";
		List<String> rows = neo4j.query("""
				MATCH (a:Person) WHERE a.id STARTS WITH $p
				OPTIONAL MATCH (a)-[r:PARENT_OF|PARTNER_OF|BORN_IN]->(b)
				RETURN a.id + '|' + coalesce(a.givenName, '-') + '|' + coalesce(a.familyName, '-') + '|' + a.sex + '|'
				       + coalesce(a.birthDate, '-') + '|' + coalesce(a.sourceId, '-') + '|' + coalesce(type(r), '-') + '|'
				       + coalesce(b.id, '-') + '|' + coalesce(r.type, '-') + '|' + coalesce(r.status, '-') + '|'
				       + coalesce(r.from, '-') + '|' + coalesce(r.to, '-') + '|' + coalesce(b.zygosity, '-') AS row""")
			.bind(p).to("p").fetchAs(String.class).all().stream().toList();
		return rows.stream().map(r -> r.replace(p, "")).collect(Collectors.toSet());
	}

	@Test
	void aNetworkTakenOutAndBroughtBackIsUnchanged() throws Exception {
		ResponseEntity<Map> imported = GedcomImportIT.upload(http, GedcomImportIT.resource("round-trip.ged"), "rt.ged", "xc-rt");
		assertThat(imported.getStatusCode()).as(String.valueOf(imported.getBody())).isEqualTo(HttpStatus.OK);
		assertThat(imported.getBody()).containsEntry("personsImported", 12).containsEntry("multipleBirthsImported", 1)
			.containsEntry("charset", "UTF-8");

		ResponseEntity<byte[]> out = http.getForEntity("/api/persons/xc-rt-I4/network.ged?hops=10", byte[].class);
		assertThat(out.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(out.getHeaders().getContentDisposition().getFilename()).as("named by the id, never by a name")
			.isEqualTo("network-xc-rt-I4.ged");
		String gedcom = new String(out.getBody(), StandardCharsets.UTF_8);
		assertThat(gedcom).startsWith("0 HEAD\n").contains("1 CHAR UTF-8", "1 NAME Zoë /Brontë-Núñez/", "1 _MBIRTH B1")
			.endsWith("0 TRLR\n");

		ResponseEntity<Map> back = GedcomImportIT.upload(http, out.getBody(), "network.ged", "xc-rt");
		assertThat(back.getStatusCode()).as(String.valueOf(back.getBody())).isEqualTo(HttpStatus.OK);
		assertThat((List<?>) back.getBody().get("skipped")).isEmpty();
		assertThat((Map<String, Object>) back.getBody().get("written")).as("the same ids, the same records")
			.containsEntry("nodesCreated", 0).containsEntry("relationshipsCreated", 0)
			.containsEntry("relationshipsDeleted", 0);

		ResponseEntity<Map> copy = GedcomImportIT.upload(http, out.getBody(), "network.ged", "xc-rt2");
		assertThat(copy.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(family("xc-rt2")).isEqualTo(family("xc-rt")).hasSizeGreaterThan(20);
	}

	@Test
	void aChildsNetworkIsForTheRolesThatSeeTheGenogramAndTheAllocatedOnly() {
		String child = "/api/children/p-mensah-kwame/network.ged";
		ResponseEntity<String> amy = http.withBasicAuth("amy.social", TestAccounts.DEMO_PASSWORD).getForEntity(child,
				String.class);
		assertThat(amy.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(amy.getBody()).contains("1 NAME Kwame /Mensah/").contains("1 REFN p-mensah-kwame");
		assertThat(http.withBasicAuth("ben.social", TestAccounts.DEMO_PASSWORD).getForEntity(child, String.class)
			.getStatusCode()).as("not allocated").isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(http.withBasicAuth("carla.homes", TestAccounts.DEMO_PASSWORD).getForEntity(child, String.class)
			.getStatusCode()).as("home finders do not see the family network").isEqualTo(HttpStatus.FORBIDDEN);
		long audited = neo4j.query("""
				MATCH (e:AuditEvent {childId: 'p-mensah-kwame', username: 'amy.social'})
				WHERE e.action CONTAINS 'GEDCOM export' RETURN count(e)""").fetchAs(Long.class).one().orElseThrow();
		assertThat(audited).isPositive();
		assertThat(http.getForEntity("/api/persons/xc-no-such-person/network.ged", String.class).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(http.getForEntity("/api/persons/p-mensah-kwame/network.ged?hops=99", String.class).getStatusCode())
			.isEqualTo(HttpStatus.BAD_REQUEST);
	}
}
