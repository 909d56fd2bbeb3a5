package org.kinmap.exchange;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kinmap.system.CypherQueries;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * The rules every write of the family network goes through, whether it comes as a whole document (the import) or as
 * one change made on a person's card (casework): the checks of a document before anything is written
 * ({@link NetworkValidator}, with {@link DocumentText}), and the checks against the whole graph after writing and
 * before commit (nobody their own ancestor, {@link AncestryCheck}; at most two birth parents). Run inside the writer's
 * transaction; a refusal is an {@link InvalidNetworkException} whose problems point into the document checked.
 */
@Component
public class NetworkRules {

	/** One thing wrong, where (a JSON Pointer into what was checked) and why, in a sentence. */
	public record Problem(String pointer, String message) {
	}

	private final Neo4jClient neo4j;
	private final String checkBirthParentsQuery;
	private final String childrenOfQuery;
	private final String existingPersonsQuery;
	private final String existingHouseholdsQuery;
	private final Clock clock;

	NetworkRules(Neo4jClient neo4j, CypherQueries queries, Clock clock) {
		this.neo4j = neo4j;
		this.checkBirthParentsQuery = queries.require("exchange/check-birth-parents");
		this.childrenOfQuery = queries.require("exchange/children-of");
		this.existingPersonsQuery = queries.require("exchange/existing-persons");
		this.existingHouseholdsQuery = queries.require("exchange/existing-households");
		this.clock = clock;
	}

	/** Every problem of the document, read against the persons and households already in the graph. */
	public List<Problem> check(NetworkDocument doc) {
		return problems(NetworkValidator.validate(doc, existingIds(), LocalDate.now(clock)));
	}

	/**
	 * The texts of any record (a request beside the document): no null in a list, no control character or half
	 * character, no text longer than its limit; pointers from the record's root.
	 */
	public static List<Problem> checkText(Record record) {
		List<Problem> problems = new ArrayList<>();
		DocumentText.checkAny(record, (pointer, message) -> problems.add(new Problem(pointer, message)));
		return problems;
	}

	/**
	 * After writing parent links between the given persons, in the writer's transaction: who would become their own
	 * ancestor, and who would have more than two birth parents, with the links already in the graph.
	 */
	public List<Problem> checkParentage(Collection<String> linked) {
		return problems(parentageProblems(linked));
	}

	List<DocumentProblem> parentageProblems(Collection<String> linked) {
		List<DocumentProblem> problems = new ArrayList<>();
		if (linked.isEmpty()) {
			return problems;
		}
		new AncestryCheck(this::childrenOf).ownAncestors(linked)
			.forEach(id -> problems.add(new DocumentProblem("/parentLinks",
					"person " + id + " would become their own ancestor with the links already in kinmap")));
		neo4j.query(checkBirthParentsQuery).bind(Map.of("ids", List.copyOf(linked))).to("batch")
			.fetch().all()
			.forEach(r -> problems.add(new DocumentProblem("/parentLinks", "person " + r.get("child")
					+ " would have more than two birth parents with the links already in kinmap: " + r.get("parents"))));
		return problems;
	}

	private List<Map.Entry<String, String>> childrenOf(Collection<String> ids) {
		List<Map.Entry<String, String>> links = new ArrayList<>();
		neo4j.query(childrenOfQuery).bind(Map.of("ids", List.copyOf(ids))).to("batch").fetch().all()
			.forEach(r -> links.add(Map.entry((String) r.get("parent"), (String) r.get("child"))));
		return links;
	}

	ExistingIds existingIds() {
		return new ExistingIds() {
			@Override
			public Set<String> persons(Collection<String> ids) {
				return lookup(existingPersonsQuery, ids);
			}

			@Override
			public Set<String> households(Collection<String> ids) {
				return lookup(existingHouseholdsQuery, ids);
			}
		};
	}

	private Set<String> lookup(String query, Collection<String> ids) {
		return new HashSet<>(neo4j.query(query).bind(Map.of("ids", List.copyOf(ids))).to("batch")
			.fetchAs(String.class).mappedBy((t, r) -> r.get("id").asString()).all());
	}

	private static List<Problem> problems(List<DocumentProblem> found) {
		return found.stream().map(p -> new Problem(p.pointer(), p.message())).toList();
	}
}
