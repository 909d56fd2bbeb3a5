package org.kinmap.kinship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kinmap.KinmapIntegrationTest;
import org.kinmap.exchange.NetworkDocument;
import org.kinmap.exchange.NetworkDocument.ChildInCareDoc;
import org.kinmap.exchange.NetworkDocument.MultipleBirthDoc;
import org.kinmap.exchange.NetworkDocument.ParentLinkDoc;
import org.kinmap.exchange.NetworkDocument.PartnershipDoc;
import org.kinmap.exchange.NetworkDocument.PersonDoc;
import org.kinmap.exchange.NetworkDocument.SiblingLinkDoc;
import org.kinmap.exchange.NetworkDocumentReader;
import org.kinmap.system.CypherQueries;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Checks the benchmarks' SQL baseline against kinmap itself: the fixtures loaded into PostgreSQL give, for every
 * child in care, the same neighbourhood rows as the Cypher query on the application's Neo4j (which loaded the
 * same fixtures) and the same labelled relatives. Also prints, informally, how the SQL side loads and answers
 * on the fixtures replicated 200 times.
 *
 * <p>Needs PostgreSQL from Debian's packages, which CI lacks, so it is neither a test nor an IT and no build
 * runs it: run it by hand, {@code mvn -q test -Dtest=PostgresNeighbourhoodsBench -Dsurefire.failIfNoSpecifiedTests=false}.
 * Without PostgreSQL its checks are skipped, with the reason.
 */
@KinmapIntegrationTest
class PostgresNeighbourhoodsBench {

	private static final int MAX_DEGREE = 5;
	private static final int REPLICAS = 200;

	@Autowired
	NeighbourhoodReader neighbourhoods;

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	CypherQueries queries;

	@TempDir
	Path work;

	static List<NetworkDocument> fixtures;

	@BeforeAll
	static void readFixtures(@Autowired NetworkDocumentReader reader) throws IOException {
		Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:fixtures/*.json");
		Arrays.sort(files, Comparator.comparing(Resource::getFilename));
		fixtures = new ArrayList<>();
		for (Resource file : files) {
			try (InputStream in = file.getInputStream()) {
				fixtures.add(reader.read(in));
			}
		}
	}

	@Test
	void sameNeighbourhoodsAndRelativesAsNeo4j() throws Exception {
		try (PostgresNeighbourhoods pg = started()) {
			fixtures.forEach(pg::load);
			pg.finishLoading();
			assertSameAsNeo4j(pg);
		}
	}

	@Test
	void restatedRecordsReplaceEarlierOnesAndTiesToNoOneAreDropped() throws Exception {
		try (PostgresNeighbourhoods pg = started()) {
			fixtures.forEach(pg::load);
			fixtures.stream().filter(d -> !d.multipleBirths().isEmpty()).forEach(pg::load);
			pg.load(document(List.of(), List.of(new ParentLinkDoc("p-nobody-bench", children().get(0), "birth", null, null,
					null)), List.of()));
			pg.finishLoading();
			assertSameAsNeo4j(pg);
		}
	}

	@Test
	void replicatedFixturesLoadAndAnswerInReasonableTime() throws Exception {
		try (PostgresNeighbourhoods pg = started()) {
			long persons = 0;
			long started = System.nanoTime();
			for (int r = 0; r < REPLICAS; r++) {
				String prefix = "r" + r + "-";
				for (NetworkDocument doc : fixtures) {
					NetworkDocument copy = prefixed(doc, id -> prefix + id);
					pg.load(copy);
					persons += copy.persons().size();
				}
			}
			long loaded = System.nanoTime();
			pg.finishLoading();
			long finished = System.nanoTime();

			List<String> asked = new ArrayList<>();
			for (int r = 0; r < REPLICAS; r += REPLICAS / 4) {
				for (String child : children()) {
					asked.add("r" + r + "-" + child);
				}
			}
			asked.subList(0, 10).forEach(pg::neighbourhood);
			List<Double> times = new ArrayList<>();
			List<Integer> sizes = new ArrayList<>();
			for (String child : asked) {
				long start = System.nanoTime();
				Map<String, List<Kinship>> relatives = new KinshipLabeller(pg.genogram(child)).relativesOf(child, MAX_DEGREE);
				times.add((System.nanoTime() - start) / 1e6);
				sizes.add(relatives.size());
			}
			List<Double> queryOnly = new ArrayList<>();
			for (String child : asked) {
				long start = System.nanoTime();
				pg.neighbourhood(child);
				queryOnly.add((System.nanoTime() - start) / 1e6);
			}
			String base = children().get(0);
			assertThat(ids(pg.neighbourhood("r" + (REPLICAS - 1) + "-" + base)))
				.isEqualTo(ids(pg.neighbourhood("r0-" + base)).stream().map(id -> id.replaceFirst("^r0-", "r" + (REPLICAS - 1) + "-"))
					.collect(Collectors.toCollection(java.util.TreeSet::new)));
			Collections.sort(times);
			Collections.sort(queryOnly);
			System.out.printf("BENCH postgres: %s%n", pg.describe());
			System.out.printf("BENCH postgres: %d persons (fixtures x %d) loaded by COPY in %d ms (%.0f persons/s), "
					+ "keys, indexes and VACUUM ANALYZE in %d ms%n", persons, REPLICAS, (loaded - started) / 1_000_000,
					persons / ((loaded - started) / 1e9), (finished - loaded) / 1_000_000);
			System.out.printf("BENCH postgres: relatives (maxDegree %d) of %d children, %d-%d relatives each: "
					+ "median %.1f ms, p90 %.1f ms, max %.1f ms; the neighbourhood statement alone: median %.1f ms, max %.1f ms%n",
					MAX_DEGREE, asked.size(), Collections.min(sizes), Collections.max(sizes), times.get(times.size() / 2),
					times.get(times.size() * 9 / 10), times.get(times.size() - 1), queryOnly.get(queryOnly.size() / 2),
					queryOnly.get(queryOnly.size() - 1));
		}
	}

	private PostgresNeighbourhoods started() {
		var pg = PostgresNeighbourhoods.start(work);
		assumeTrue(pg.isPresent(), () -> "PostgreSQL baseline skipped: " + PostgresNeighbourhoods.unavailableReason());
		return pg.get();
	}

	private void assertSameAsNeo4j(PostgresNeighbourhoods pg) {
		List<String> children = children();
		assertThat(children).hasSizeGreaterThan(40);
		for (String child : children) {
			List<Map<String, Object>> sql = pg.neighbourhood(child);
			List<Map<String, Object>> cypher = new ArrayList<>(
					neo4j.query(queries.require("kinship/neighbourhood")).bind(child).to("id").fetch().all());
			assertThat(ids(sql)).as("persons around %s", child).isEqualTo(ids(cypher));
			assertThat(normalised(sql)).as("rows around %s", child).isEqualTo(normalised(cypher));

			Map<String, List<Kinship>> fromSql = new KinshipLabeller(NeighbourhoodReader.genogram(sql)).relativesOf(child,
					MAX_DEGREE);
			Map<String, List<Kinship>> fromKinmap = new KinshipLabeller(neighbourhoods.read(child, List.of()))
				.relativesOf(child, MAX_DEGREE);
			assertThat(fromSql).as("relatives of %s", child).isNotEmpty().isEqualTo(fromKinmap);
		}
	}

	private static List<String> children() {
		return fixtures.stream().flatMap(d -> d.children().stream()).map(ChildInCareDoc::child).distinct().toList();
	}

	private static java.util.SortedSet<String> ids(List<Map<String, Object>> rows) {
		return rows.stream().map(r -> (String) NeighbourhoodReader.map(r.get("person")).get("id"))
			.collect(Collectors.toCollection(java.util.TreeSet::new));
	}

	/** Rows by person id, each tie list in a fixed order, so that rows from either database compare equal. */
	private static Map<String, Map<String, Object>> normalised(List<Map<String, Object>> rows) {
		Map<String, Map<String, Object>> byId = new TreeMap<>();
		for (Map<String, Object> row : rows) {
			Map<String, Object> copy = new TreeMap<>(row);
			for (String ties : List.of("parents", "children", "partners", "siblings")) {
				copy.put(ties, NeighbourhoodReader.list(row.get(ties)).stream().map(TreeMap::new).map(Object::toString)
					.sorted().toList());
			}
			copy.put("person", new TreeMap<>(NeighbourhoodReader.map(row.get("person"))));
			byId.put((String) NeighbourhoodReader.map(row.get("person")).get("id"), copy);
		}
		return byId;
	}

	private static NetworkDocument document(List<PersonDoc> persons, List<ParentLinkDoc> parentLinks,
			List<PartnershipDoc> partnerships) {
		return new NetworkDocument("bench", persons, parentLinks, partnerships, List.of(), List.of(), List.of(), List.of(),
				List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
	}

	/** The family part of a document (what the SQL baseline reads) with every id renamed. */
	private static NetworkDocument prefixed(NetworkDocument doc, UnaryOperator<String> id) {
		List<PersonDoc> persons = doc.persons().stream()
			.map(p -> new PersonDoc(id.apply(p.id()), p.sourceId(), p.givenName(), p.familyName(), p.alsoKnownAs(), p.sex(),
					p.gender(), p.birthDate(), p.deceased(), p.deathDate(), p.ethnicity(), p.religion(), p.firstLanguage(),
					p.otherLanguages(), p.postcode(), p.latitude(), p.longitude(), p.contactDetails(), p.riskToChildren(),
					p.riskNote()))
			.toList();
		List<ParentLinkDoc> parentLinks = doc.parentLinks().stream()
			.map(l -> new ParentLinkDoc(id.apply(l.parent()), id.apply(l.child()), l.type(), l.parentalResponsibility(),
					l.from(), l.to()))
			.toList();
		List<PartnershipDoc> partnerships = doc.partnerships().stream()
			.map(p -> new PartnershipDoc(p.partners().stream().map(id).toList(), p.type(), p.status(), p.from(), p.to()))
			.toList();
		List<MultipleBirthDoc> births = doc.multipleBirths().stream()
			.map(m -> new MultipleBirthDoc(id.apply(m.id()), m.members().stream().map(id).toList(), m.zygosity()))
			.toList();
		List<SiblingLinkDoc> siblings = doc.siblingLinks().stream()
			.map(s -> new SiblingLinkDoc(s.siblings().stream().map(id).toList(), s.type(), s.note()))
			.toList();
		return new NetworkDocument(doc.source(), persons, parentLinks, partnerships, births, siblings, List.of(), List.of(),
				List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
	}
}
