package org.kinmap.siblings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.kinmap.KinmapIntegrationTest;
import org.kinmap.changes.ChangeLog;
import org.kinmap.changes.ReadYourWrites;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The sibling questions read only the families they are about ({@link SplitSeeds}, {@link SiblingReach}) and count
 * the whole authority from the {@link SiblingGroupCensus}; here each is checked against the whole graph, on the
 * fixtures and the two split groups of {@code split-siblings.json}, for several sets of kinds: the groups around any
 * member are that member's groups, relations and all; every group with a looked-after child or a split is among the
 * split scope, and the split lists are the whole graph's rows filtered; the census counts every group; the family
 * graph in memory reaches the same people as the walk in Neo4j and gives the same relations; and the census follows an
 * import, and a write the application did not make once the check for such writes has noticed it.
 *
 * <p>It shares the one context with every other class, whatever they imported before it: the checks hold for any
 * graph, the counts it states are of the fixtures' groups and its own, and the write made behind the application's
 * back is removed afterwards, so that the family graph in memory answers again for the classes after it.
 */
@KinmapIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SiblingScopeIT {

	/** The Marsh and Hale children of {@code split-siblings.json}, with the document's own ids. */
	static final String MARSH = SiblingGroup.idOf(List.of("sib-amy", "sib-ben", "sib-cal", "sib-sam"));
	static final String HALE = SiblingGroup.idOf(List.of("sib-tia", "sib-tom"));

	/** Long enough for the family graph to load on a busy machine; the loop ends as soon as it has. */
	static final Duration LOADING = Duration.ofMinutes(5);

	static final List<Set<SiblingKind>> KINDS = List.of(SiblingKind.DEFAULT, EnumSet.allOf(SiblingKind.class),
			EnumSet.of(SiblingKind.FULL), EnumSet.of(SiblingKind.STEP), EnumSet.of(SiblingKind.HALF_MATERNAL,
					SiblingKind.HALF_PATERNAL, SiblingKind.HALF_UNKNOWN),
			EnumSet.of(SiblingKind.ADOPTIVE, SiblingKind.RAISED_TOGETHER, SiblingKind.UNKNOWN));

	@Autowired
	SiblingGroups groups;

	@Autowired
	SiblingGroupCensus census;

	@Autowired
	TestRestTemplate http;

	@Autowired
	Neo4jClient neo4j;

	@Autowired
	SiblingGraph graph;

	@Autowired
	ChangeLog changes;

	@BeforeAll
	void importTheSplitFamilies() throws Exception {
		post(new ClassPathResource("networks/split-siblings.json").getContentAsString(StandardCharsets.UTF_8));
	}

	/**
	 * Undoes the write made elsewhere (again behind the application's back, and noticed), so that the database holds
	 * what the family graph in memory holds for the classes after this one.
	 */
	@AfterAll
	void removeTheThirdSisterAndForgetTheSequences() throws InterruptedException {
		neo4j.query("MATCH (c:Person {id: 'scope-c'}) DETACH DELETE c").run();
		changes.recordOutsideWrites();
		ReadYourWrites.forget();
		long deadline = System.nanoTime() + LOADING.toNanos();
		while (!graph.inMemory() && System.nanoTime() < deadline) {
			Thread.sleep(50);
		}
		assertThat(graph.inMemory()).as("the family graph in memory answers again for the classes after this one").isTrue();
	}

	/** Imports through the API; this thread's later reads reflect the import, as the writer's would. */
	void post(String json) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		ResponseEntity<Map> response = http.postForEntity("/api/networks", new HttpEntity<>(json, headers), Map.class);
		assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.OK);
		ReadYourWrites.seen(Long.parseLong(response.getHeaders().getFirst(ReadYourWrites.HEADER)));
	}

	/** A GET sending the sequence this thread has seen, as a script would. */
	ResponseEntity<Map> get(String path) {
		HttpHeaders headers = new HttpHeaders();
		headers.set(ReadYourWrites.HEADER, Long.toString(ReadYourWrites.required()));
		return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), Map.class);
	}

	@Test
	@Order(1)
	void theGroupsAroundAnyMemberAreThatMembersGroupsAsTheWholeGraphGivesThem() {
		int checked = 0;
		for (Set<SiblingKind> kinds : KINDS) {
			List<SiblingGroup> whole = groups.groups(kinds);
			assertThat(whole).as("groups of %s", kinds).isNotEmpty();
			for (SiblingGroup g : whole) {
				for (String member : g.members()) {
					assertThat(groups.groupsAround(List.of(member), kinds)).as("around %s, %s", member, kinds).contains(g);
					checked++;
				}
			}
		}
		assertThat(checked).isGreaterThan(200);
	}

	@Test
	@Order(1)
	void theFamilyGraphInMemoryReachesTheSamePeopleAndGivesTheSameRelationsAsNeo4j() throws InterruptedException {
		long deadline = System.nanoTime() + LOADING.toNanos();
		while (!graph.inMemory() && System.nanoTime() < deadline) {
			Thread.sleep(50);
		}
		assertThat(graph.inMemory()).as("the family graph is in memory and holds what the database holds").isTrue();
		List<String> everyone = List.copyOf(neo4j.query("MATCH (p:Person) RETURN p.id AS id ORDER BY id")
			.fetchAs(String.class).all());
		assertThat(everyone).hasSizeGreaterThan(400);
		int grouped = 0;
		for (Set<SiblingKind> kinds : List.of(SiblingKind.DEFAULT, EnumSet.allOf(SiblingKind.class))) {
			for (String id : everyone) {
				Set<String> reached = graph.aroundInDatabase(List.of(id), kinds);
				assertThat(graph.aroundInMemory(List.of(id), kinds)).as("around %s, %s", id, kinds).isEqualTo(reached);
				Map<String, SiblingRelation> relations = SiblingRelations.derive(graph.familyLinksInDatabase(reached));
				assertThat(SiblingRelations.derive(graph.familyLinksInMemory(reached))).as("relations around %s", id)
					.isEqualTo(relations);
				grouped += relations.isEmpty() ? 0 : 1;
			}
		}
		assertThat(grouped).as("people with a sibling relation around them").isGreaterThan(200);
	}

	@Test
	@Order(1)
	void everyGroupWithALookedAfterChildOrASplitIsInTheSplitScope() {
		for (Set<SiblingKind> kinds : KINDS) {
			List<SiblingGroup> whole = groups.groups(kinds);
			List<SiblingGroup> scope = groups.splitScope(kinds);
			assertThat(whole).as("%s", kinds).containsAll(scope);
			List<String> needed = new ArrayList<>();
			for (SiblingGroups.Analysed a : groups.analyse(whole)) {
				boolean lookedAfter = a.group().members().stream().map(a.members()::get).anyMatch(m -> m != null && m.lookedAfter());
				if (lookedAfter || a.split().view() != null) {
					needed.add(a.group().id());
				}
			}
			assertThat(scope).extracting(SiblingGroup::id).as("%s", kinds).containsAll(needed);
			if (kinds.equals(EnumSet.allOf(SiblingKind.class))) {
				// The fixtures' 17 groups with a looked-after child, and the Marsh and Hale children; other classes'
				// imports may add groups of their own.
				assertThat(whole.stream().filter(g -> needed.contains(g.id()))
					.filter(g -> g.members().stream().allMatch(m -> m.startsWith("p-")))).as("the fixtures' groups").hasSize(17);
				assertThat(needed).contains(MARSH, HALE);
			}
		}
	}

	@Test
	@Order(1)
	void theSplitListsAreTheWholeGraphsFilteredAsBefore() {
		for (Set<SiblingKind> kinds : List.of(SiblingKind.DEFAULT, EnumSet.allOf(SiblingKind.class))) {
			List<SiblingGroups.Analysed> whole = groups.analyse(groups.groups(kinds));
			for (Boolean[] filter : new Boolean[][] { { true, null }, { null, true }, { false, true }, { true, true } }) {
				Boolean split = filter[0];
				Boolean inCare = filter[1];
				List<SiblingViews.GroupRow> expected = whole.stream()
					.filter(a -> split == null || a.split().split() == split)
					.filter(a -> inCare == null || a.group().members().stream().map(a.members()::get)
						.anyMatch(m -> m != null && m.lookedAfter()) == inCare)
					.map(SiblingGroups::row)
					.toList();
				assertThat(groups.list(kinds, split, inCare)).as("split=%s inCare=%s %s", split, inCare, kinds)
					.isNotEmpty().isEqualTo(expected);
			}
		}
	}

	@Test
	@Order(1)
	void theCensusCountsEveryGroup() {
		for (Set<SiblingKind> kinds : KINDS) {
			List<SiblingGroup> whole = groups.groups(kinds);
			SiblingGroupCensus.Census c = census.of(kinds);
			assertThat(c.groups()).as("%s", kinds).isEqualTo(whole.size());
			assertThat(c.persons()).isEqualTo(whole.stream().mapToInt(g -> g.members().size()).sum());
			whole.forEach(g -> assertThat(g.members()).contains(c.memberOf(g.id())));
		}
	}

	@Test
	@Order(2)
	void theCensusIsTakenAgainAfterAnImportAndAfterAWriteFromElsewhere() {
		Set<SiblingKind> kinds = SiblingKind.DEFAULT;
		int before = census.of(kinds).groups();
		post("""
				{"source": "kinmap tests: two sisters", "persons": [
				  {"id": "scope-mum", "givenName": "Ada", "familyName": "Scope", "sex": "female", "birthDate": "1990"},
				  {"id": "scope-a", "givenName": "Bea", "familyName": "Scope", "sex": "female", "birthDate": "2015"},
				  {"id": "scope-b", "givenName": "Cat", "familyName": "Scope", "sex": "female", "birthDate": "2017"}],
				 "parentLinks": [{"parent": "scope-mum", "child": "scope-a", "type": "birth"},
				  {"parent": "scope-mum", "child": "scope-b", "type": "birth"}]}
				""");
		String sisters = SiblingGroup.idOf(List.of("scope-a", "scope-b"));
		assertThat(census.of(kinds).groups()).isEqualTo(before + 1);
		assertThat(get("/api/sibling-groups/" + sisters).getBody()).containsEntry("id", sisters);

		// A third sister written by another process, not through kinmap's import: the embedded database's listener or
		// the check for writes that bypass kinmap (run here at once, not after its interval) records it, and every
		// copy is read again.
		long last = changes.current();
		neo4j.query("MATCH (m:Person {id: 'scope-mum'}) CREATE (m)-[:PARENT_OF {type: 'birth'}]->"
				+ "(:Person {id: 'scope-c', givenName: 'Dot', familyName: 'Scope', sex: 'female'})").run();
		changes.recordOutsideWrites();
		long noticed = changes.current();
		assertThat(noticed).as("the write outside kinmap is noticed").isGreaterThan(last);
		ReadYourWrites.seen(noticed);
		String three = SiblingGroup.idOf(List.of("scope-a", "scope-b", "scope-c"));
		assertThat(census.of(kinds).members()).containsKey(three).doesNotContainKey(sisters);
		assertThat(census.of(kinds).groups()).isEqualTo(before + 1);
		assertThat(get("/api/sibling-groups/" + sisters).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(get("/api/sibling-groups/" + three).getBody()).containsEntry("id", three);
	}
}
