package org.kinmap.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.kinmap.KinmapIntegrationTest;
import org.kinmap.TestAccounts;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.Value;
import org.neo4j.driver.summary.Plan;
import org.neo4j.driver.summary.ResultSummary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Every file under cypher/queries, run on the fixtures with parameters that name real children, persons,
 * households and assessments, so that each one returns or changes rows (in a transaction rolled back: the shared
 * fixtures are unchanged); planned with {@code EXPLAIN}, so that none reads a whole label where it is given ids; and
 * every file run by some code.
 */
@KinmapIntegrationTest
class QueryFilesIT {

	/** Looked after, placed with carer household h-car-001, two birth parents, sisters, contacts, assessments. */
	static final String CHILD = "p-walsh-noah";
	static final String CARER_HOUSEHOLD = "h-car-001";
	/** Four siblings, two step-siblings by explicit link, and a together-or-apart assessment (as-ahmed-05). */
	static final List<String> AHMED_CHILDREN = List.of("p-ahmed-zara", "p-ahmed-ibrahim", "p-ahmed-hamza", "p-ahmed-aisha");
	static final String INSTANT = "2026-11-22T10:00:00.000Z";

	/** What a file runs with here, and what must be true of its rows. */
	record Run(Map<String, Object> parameters, String setup, List<String> nonEmpty) {

		/** Must return at least one row, or change at least one. */
		static Run with(Map<String, Object> parameters) {
			return new Run(parameters, null, List.of());
		}

		/** ... and in its rows these columns are not null, false, zero or empty. */
		Run filled(String... columns) {
			return new Run(parameters, setup, List.of(columns));
		}

		/** ... after this statement, in the same transaction: data the fixtures do not hold (audit events, locks). */
		Run after(String statement) {
			return new Run(parameters, statement, nonEmpty);
		}
	}

	static Map<String, Object> batch(String name, List<?> list) {
		return Map.of(name, list);
	}

	static Map<String, Object> map(Object... keysAndValues) {
		Map<String, Object> m = new HashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			m.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return m;
	}

	static final String AN_AUDIT_EVENT = """
			CREATE (:AuditEvent {id: 'qf-event', at: '2026-11-22T09:00:00.000Z', username: '%s', childId: '%s',
			  action: 'read', outcome: 'allowed'})""".formatted(TestAccounts.USERNAME, CHILD);
	/** The change sequence's one node, and a change entry and an instance's heartbeat the fixtures may not hold. */
	static final String SEQUENCE = "kinmap";
	static final String A_CHANGE = "CREATE (:Change {sequence: 1000000000, kind: 'qf', persons: ['" + CHILD
			+ "'], households: [], placements: [], everything: false, at: datetime()})";
	static final String A_FOLLOWER = "CREATE (:ChangeFollower {id: 'qf-instance', sequence: 0, seenAt: datetime()})";
	/** Noah's maternal grandmother, and a call to her the fixtures may not hold. */
	static final String NOAH_RELATIVE = "p-hughes-carol";
	static final String A_CONTACT_ATTEMPT = "CREATE (:ContactAttempt {id: 'qf-attempt', childId: '" + CHILD + "', personId: '"
			+ NOAH_RELATIVE + "', on: date('2026-11-01'), mode: 'phone', outcome: 'reached'})";
	/** A person of casework's own, and a revision of the child's record (the fixtures hold none). */
	static final String A_PERSON = "CREATE (p:Person {id: 'qf-person', givenName: 'Nia', familyName: 'Walsh'})";
	static final String A_REVISION = "CREATE (:Revision {subject: 'person:" + CHILD + "', version: 2, kind: 'corrected', "
			+ "at: '" + INSTANT + "', by: 'qf', fields: ['postcode'], from: [''], to: ['KM1 4HN']})";
	static final String A_MIGRATION_LOCK = "CREATE (:__Neo4jMigrationsLock {id: 'qf-lock', name: 'John Doe'})";

	/** Every query file and how it runs here; a file missing from this list fails the test. */
	static final Map<String, Run> RUNS = Map.ofEntries(
			Map.entry("access/account", Run.with(map("username", TestAccounts.USERNAME)).filled("account")),
			Map.entry("access/accounts", Run.with(map())),
			Map.entry("access/create-account", Run.with(map("account", map("username", "qf-new-account",
					"displayName", "Query file test", "passwordHash", "not-a-hash", "roles", List.of("IRO"),
					"createdAt", INSTANT))).filled("created")),
			Map.entry("access/record-access", Run.with(map("id", CHILD)).filled("inCare")),
			Map.entry("access/records-access", Run.with(map())
				.after("MERGE (r:RecordAccess {childId: '" + CHILD + "'}) SET r.allocated = ['" + TestAccounts.USERNAME + "']")),
			Map.entry("access/set-record-access", Run.with(map("access", map("childId", CHILD,
					"allocated", List.of(TestAccounts.USERNAME), "restrictedTo", null)))),
			Map.entry("access/sign-in-failed", Run.with(map("username", TestAccounts.USERNAME, "limit", 5L,
					"until", INSTANT)).filled("failedSignIns")),
			Map.entry("access/sign-in-succeeded", Run.with(map("username", TestAccounts.USERNAME))
				.after("MATCH (a:Account {username: '" + TestAccounts.USERNAME + "'}) SET a.failedSignIns = 2")),
			Map.entry("access/update-account", Run.with(map("account", map("username", TestAccounts.USERNAME,
					"displayName", "Integration tests, renamed", "roles", null, "enabled", true, "passwordHash", null)))),
			Map.entry("assessments/assessment", Run.with(map("id", "as-evans-02")).filled("assessment")),
			Map.entry("assessments/change", Run.with(map("change", map("id", "as-evans-02",
					"set", map("status", "in_progress", "openKey", null), "entry", map("at", INSTANT, "seq", 1L,
							"by", TestAccounts.USERNAME, "action", "started", "from", "requested", "to", "in_progress"))))),
			Map.entry("assessments/for-child", Run.with(map("childId", "p-price-cerys", "leaveOut", "together_or_apart"))
				.filled("assessment")),
			Map.entry("assessments/lock", Run.with(map("id", "as-evans-02")).filled("id", "children")),
			Map.entry("assessments/persons", Run.with(map("ids", List.of(CHILD, "p-evans-gwen"))).filled("id")),
			Map.entry("assessments/reg24-approvals", Run.with(map("childId", "p-ahmed-hamza",
					"type", "connected_person_reg24", "positive", "positive")).filled("id", "startsOn")),
			Map.entry("assessments/request", Run.with(map("assessment", map("id", "qf-assessment",
					"props", map("id", "qf-assessment", "type", "viability", "status", "requested"),
					"relative", "p-evans-gwen", "child", "p-price-cerys", "follows", "as-evans-02",
					"change", map("at", INSTANT, "seq", 1L, "by", TestAccounts.USERNAME, "action", "requested",
							"to", "requested")))).filled("id")),
			Map.entry("audit/events", Run.with(map("from", "0000", "to", "9999", "limit", 10L)).after(AN_AUDIT_EVENT)),
			Map.entry("audit/events-of-child", Run.with(map("childId", CHILD, "username", TestAccounts.USERNAME,
					"from", "2026-11-22", "to", "9999", "limit", 10L)).after(AN_AUDIT_EVENT)),
			Map.entry("audit/events-of-user", Run.with(map("username", TestAccounts.USERNAME, "from", "0000",
					"to", "2026-11-23", "limit", 10L)).after(AN_AUDIT_EVENT)),
			Map.entry("audit/record-event", Run.with(map("event", map("id", "qf-recorded", "at", INSTANT,
					"username", TestAccounts.USERNAME, "roles", List.of("IRO"), "action", "read", "childId", CHILD,
					"outcome", "allowed", "method", "GET", "path", "/api/children/" + CHILD, "remoteAddress", "127.0.0.1",
					"detail", null)))),
			// Casework (org.kinmap.casework): Kirsty Hughes is Noah Walsh's mother; Edna and Stanley Hughes partners.
			Map.entry("casework/lock", Run.with(map("ids", List.of(CHILD, "p-hughes-kirsty"))).filled("locked")),
			Map.entry("casework/reach", Run.with(map("child", CHILD, "person", "p-hughes-kirsty"))
				.filled("inCare", "exists", "inNetwork")),
			Map.entry("casework/person-state", Run.with(map("id", "p-hughes-kirsty"))
				.filled("person", "birthChildren", "linked")),
			Map.entry("casework/create-person", Run.with(map("id", "qf-new-person", "props",
					map("givenName", "Nia", "familyName", "Walsh", "sex", "female"))).filled("version")),
			Map.entry("casework/update-person", Run.with(map("id", "p-hughes-kirsty", "changes",
					map("postcode", "KM1 4HN", "latitude", null))).filled("version")),
			Map.entry("casework/add-parent-link", Run.with(map("parent", "qf-person", "child", CHILD, "props",
					map("type", "step"))).after(A_PERSON).filled("version")),
			Map.entry("casework/add-partnership", Run.with(map("a", "p-hughes-kirsty", "b", "qf-person", "props",
					map("type", "cohabiting", "status", "current"))).after(A_PERSON).filled("version")),
			Map.entry("casework/add-sibling-link", Run.with(map("a", CHILD, "b", "qf-person", "props",
					map("type", "half_unknown"))).after(A_PERSON).filled("version")),
			Map.entry("casework/add-connection", Run.with(map("person", "qf-person", "child", CHILD, "props",
					map("nature", "family_friend"))).after(A_PERSON).filled("version")),
			Map.entry("casework/join-multiple-birth", Run.with(map("person", "p-kowalska-lena", "twin", "qf-person",
					"birth", "qf-birth", "zygosity", "unknown")).after(A_PERSON).filled("birth", "size")),
			Map.entry("casework/parent-link", Run.with(map("parent", "p-hughes-kirsty", "child", CHILD)).filled("link")),
			Map.entry("casework/partnership", Run.with(map("a", "p-hughes-edna", "b", "p-hughes-stanley")).filled("link")),
			Map.entry("casework/sibling-link", Run.with(map("a", "p-ahmed-zara", "b", "p-hussain-bilal")).filled("link")),
			Map.entry("casework/connection", Run.with(map("person", "qf-person", "child", CHILD)).after(A_PERSON
					+ " WITH p MATCH (c:Person {id: '" + CHILD + "'}) CREATE (p)-[:CONNECTED_TO {nature: 'neighbour'}]->(c)")
				.filled("link")),
			Map.entry("casework/update-parent-link", Run.with(map("parent", "p-hughes-kirsty", "child", CHILD, "changes",
					map("parentalResponsibility", false))).filled("version")),
			Map.entry("casework/update-partnership", Run.with(map("a", "p-hughes-edna", "b", "p-hughes-stanley", "changes",
					map("status", "widowed", "to", "2019"))).filled("version")),
			Map.entry("casework/remove-person", Run.with(map("id", "qf-person")).after(A_PERSON).filled("removed")),
			Map.entry("casework/remove-parent-link", Run.with(map("parent", "p-hughes-kirsty", "child", CHILD))
				.filled("removed")),
			Map.entry("casework/remove-partnership", Run.with(map("a", "p-hughes-edna", "b", "p-hughes-stanley"))
				.filled("removed")),
			Map.entry("casework/remove-sibling-link", Run.with(map("a", "p-ahmed-zara", "b", "p-hussain-bilal"))
				.filled("removed")),
			Map.entry("casework/remove-connection", Run.with(map("person", "qf-person", "child", CHILD)).after(A_PERSON
					+ " WITH p MATCH (c:Person {id: '" + CHILD + "'}) CREATE (p)-[:CONNECTED_TO {nature: 'neighbour'}]->(c)")
				.filled("removed")),
			Map.entry("casework/record-revision", Run.with(map("revision", map("subject", "person:" + CHILD, "version", 2L,
					"kind", "corrected", "at", INSTANT, "by", TestAccounts.USERNAME, "fields", List.of("postcode"),
					"from", List.of("KM1 1AA"), "to", List.of("KM1 4HN"))))),
			Map.entry("casework/revisions", Run.with(map("subject", "person:" + CHILD, "after", 0L)).after(A_REVISION)
				.filled("revision")),
			Map.entry("changes/after", Run.with(map("after", 0L, "limit", 10L)).after(A_CHANGE).filled("sequence", "persons")),
			Map.entry("changes/current", Run.with(map("id", SEQUENCE)).filled("sequence")),
			Map.entry("changes/fingerprint", Run.with(map("otherParentTypes", List.of("adoptive", "step"))).filled("counts")),
			Map.entry("changes/forget-followers", Run.with(map("instance", "qf-instance", "forget", "PT1M")).after(A_FOLLOWER)),
			Map.entry("changes/heartbeat", Run.with(map("instance", "qf-instance", "sequence", 1L))),
			Map.entry("changes/lock-sequence", Run.with(map("id", SEQUENCE)).filled("sequence")),
			Map.entry("changes/prune", Run.with(map("alive", "PT1H", "keep", "PT1M"))
				.after("CREATE (:Change {sequence: -1, kind: 'qf', at: datetime() - duration('PT2H')})").filled("pruned")),
			Map.entry("changes/record", Run.with(map("id", SEQUENCE, "change", map("kind", "qf", "persons", List.of(CHILD),
					"households", List.of(), "placements", List.of(), "everything", false, "delta", List.of(), "after", 0L)))
				.filled("sequence")),
			Map.entry("changes/set-fingerprint", Run.with(map("id", SEQUENCE, "fingerprint", List.of(1L)))),
			// Family finding: a relative of Noah's logged in this transaction only.
			Map.entry("familyfinding/log", Run.with(map("childId", CHILD)).after(A_CONTACT_ATTEMPT).filled("inCare", "attempts")),
			Map.entry("familyfinding/subjects", Run.with(map("childId", CHILD, "personId", NOAH_RELATIVE))
				.filled("inCare", "personExists")),
			Map.entry("familyfinding/record-contact", Run.with(map("attempt", map("id", "qf-attempt", "childId", CHILD,
					"personId", NOAH_RELATIVE, "on", java.time.LocalDate.of(2026, 11, 1), "mode", "phone", "outcome", "reached")))),
			Map.entry("familyfinding/update-log", Run.with(map("log", map("childId", CHILD, "personId", NOAH_RELATIVE,
					"props", map("wish", "To care for Noah", "doNotContact", false)))).filled("personId")),
			Map.entry("familyfinding/record-search", Run.with(map("search", map("id", "qf-search", "childId", CHILD,
					"kind", "records_search", "on", java.time.LocalDate.of(2026, 11, 1))))),
			Map.entry("familyfinding/do-not-contact", Run.with(map("personId", NOAH_RELATIVE, "username", TestAccounts.USERNAME))
				.after("CREATE (:FindingLog {childId: '" + CHILD + "', personId: '" + NOAH_RELATIVE
						+ "', doNotContact: true, doNotContactReason: 'qf'})").filled("childId", "reason")),
			Map.entry("care/child", Run.with(map("id", CHILD))
				.filled("child", "care", "placements", "needs", "assessments", "contacts")),
			Map.entry("care/children-in-care", Run.with(map()).filled("child", "care")),
			Map.entry("carers/carers", Run.with(map()).filled("household", "approvals")),
			Map.entry("carers/carer", Run.with(map("id", CARER_HOUSEHOLD)).filled("household", "approvals", "placements")),
			// The checks after an import find what a document would break: here a third birth parent and a second
			// open placement, written first in the same transaction.
			Map.entry("exchange/check-birth-parents", Run.with(map("batch", batch("ids", List.of(CHILD))))
				.after("MATCH (x:Person {id: 'p-walsh-brian'}), (c:Person {id: '" + CHILD + "'}) "
						+ "CREATE (x)-[:PARENT_OF {type: 'birth'}]->(c)")
				.filled("parents")),
			Map.entry("exchange/check-current-placements", Run.with(map("batch", batch("ids", List.of(CHILD))))
				.after("MATCH (c:Person {id: '" + CHILD + "'}) CREATE (:Placement {id: 'qf-placement'})-[:OF_CHILD]->(c)")
				.filled("placements")),
			Map.entry("exchange/children-of", Run.with(map("batch", batch("ids", List.of("p-hughes-kirsty"))))),
			Map.entry("exchange/count-persons", Run.with(map()).filled("n")),
			Map.entry("exchange/existing-households", Run.with(map("batch", batch("ids", List.of(CARER_HOUSEHOLD))))),
			Map.entry("exchange/existing-persons", Run.with(map("batch", batch("ids", List.of(CHILD))))),
			// Exchange (issue 18): the carers spreadsheet keeps members and approvals; GEDCOM out walks and reads a family.
			Map.entry("exchange/households-kept", Run.with(map("batch", batch("ids", List.of(CARER_HOUSEHOLD))))
				.filled("id", "members", "approvals")),
			Map.entry("exchange/gedcom-neighbours", Run.with(map("ids", List.of(CHILD))).filled("id")),
			Map.entry("exchange/gedcom-network", Run.with(map("ids", List.of(CHILD, "p-walsh-dean")))
				.filled("persons", "parentLinks")),
			Map.entry("exchange/upsert-persons", Run.with(map("batch", batch("rows", List.of(map("id", CHILD,
					"props", map("id", CHILD, "givenName", "Noah", "familyName", "Walsh", "sex", "male"))))))),
			Map.entry("exchange/upsert-households", Run.with(map("batch", batch("rows", List.of(map("id", "h-hughes-kirsty",
					"props", map("id", "h-hughes-kirsty", "name", "Kirsty Hughes and Shane Doyle", "postcode", "KM1 4HN"),
					"carer", false, "members", List.of(map("person", "p-hughes-kirsty", "props", map("role", "parent"))),
					"approvals", List.of())))))),
			Map.entry("exchange/upsert-parent-links", Run.with(map("batch", batch("rows", List.of(map("parent",
					"p-hughes-kirsty", "child", CHILD, "props", map("type", "birth", "parentalResponsibility", true))))))),
			Map.entry("exchange/upsert-partnerships", Run.with(map("batch", batch("rows", List.of(map("a",
					"p-hughes-edna", "b", "p-hughes-stanley", "props", map("type", "married", "status", "widowed"))))))),
			Map.entry("exchange/upsert-multiple-births", Run.with(map("batch", batch("rows", List.of(map("id",
					"mb-kowalski-lena-maja", "members", List.of("p-kowalska-lena", "p-kowalska-maja"),
					"props", map("id", "mb-kowalski-lena-maja", "zygosity", "identical", "size", 2L))))))),
			Map.entry("exchange/upsert-sibling-links", Run.with(map("batch", batch("rows", List.of(map("a",
					"p-ahmed-zara", "b", "p-hussain-bilal", "props", map("type", "step"))))))),
			Map.entry("exchange/upsert-raised-together", Run.with(map("batch", batch("rows", List.of(map("a",
					"p-evans-rhys", "b", "p-price-cerys", "props", map("from", "2020-03-01"))))))),
			Map.entry("exchange/upsert-connected-persons", Run.with(map("batch", batch("rows", List.of(map("a",
					"p-kelly-donna", "b", CHILD, "props", map("nature", "family_friend"))))))),
			Map.entry("exchange/upsert-children", Run.with(map("batch", batch("rows", List.of(map("child", CHILD,
					"props", map("childId", CHILD, "legalStatus", "C1", "lookedAfterSince", LocalDate.of(2026, 3, 10)))))))),
			Map.entry("exchange/upsert-placements", Run.with(map("batch", batch("rows", List.of(map("id",
					"pl-walsh-noah-1", "child", CHILD, "household", CARER_HOUSEHOLD,
					"props", map("id", "pl-walsh-noah-1", "type", "U6", "start", LocalDate.of(2026, 3, 10)))))))),
			Map.entry("exchange/upsert-assessments", Run.with(map("batch", batch("rows", List.of(map("id", "as-hughes-01",
					"props", map("id", "as-hughes-01", "type", "viability", "status", "positive"),
					"subjects", List.of("p-walsh-maureen"), "children", List.of(CHILD, "p-hughes-ella"))))))),
			Map.entry("exchange/upsert-needs", Run.with(map("batch", batch("rows", List.of(map("id", CHILD + ":health",
					"child", CHILD, "props", map("id", CHILD + ":health", "childId", CHILD, "domain", "health"))))))),
			Map.entry("exchange/upsert-contacts", Run.with(map("batch", batch("rows", List.of(map("a", "p-doyle-ruby",
					"b", CHILD, "props", map("mode", "direct", "frequency", "fortnightly", "supervised", false))))))),
			Map.entry("exchange/upsert-finding-logs", Run.with(map("batch", batch("rows", List.of(map("childId", CHILD,
					"personId", NOAH_RELATIVE, "props", map("foundThrough", "named_by_parent", "doNotContact", false))))))),
			Map.entry("exchange/upsert-contact-attempts", Run.with(map("batch", batch("rows", List.of(map("id", "qf-attempt",
					"props", map("id", "qf-attempt", "childId", CHILD, "personId", NOAH_RELATIVE, "mode", "letter",
							"outcome", "no_answer"))))))),
			Map.entry("exchange/upsert-network-searches", Run.with(map("batch", batch("rows", List.of(map("id", "qf-search",
					"props", map("id", "qf-search", "childId", CHILD, "kind", "genogram_session"))))))),
			Map.entry("genogram/family", Run.with(map("child", CHILD, "ids", List.of(CHILD, "p-hughes-kirsty",
					"p-walsh-dean", "p-hughes-ella", "p-doyle-ruby", "p-doyle-shane")))
				.filled("persons", "parentLinks", "connected", "households", "assessments")),
			Map.entry("genogram/neighbours", Run.with(map("ids", List.of(CHILD)))),
			Map.entry("kinship/child-context", Run.with(map("id", CHILD, "educationDomain", "education"))
				.filled("child", "inCare", "home", "connected", "assessments", "contacts")),
			Map.entry("kinship/neighbourhood", Run.with(map("id", CHILD)).filled("person")),
			Map.entry("kinship/projection-page", Run.with(map("after", "")).filled("person")),
			Map.entry("kinship/risk-notes", Run.with(map("ids", List.of("p-hughes-liam"))).filled("note")),
			Map.entry("kinship/ties", Run.with(map("ids", List.of(CHILD))).filled("person", "parents")),
			Map.entry("matching/child-profile", Run.with(map("ids", List.of(CHILD)))
				.filled("child", "care", "needs", "household", "siblings", "connected", "familyTime")),
			Map.entry("matching/children-with-plans", Run.with(map("plans", List.of("connected_person_sgo")))),
			Map.entry("matching/households", Run.with(map()).filled("household", "approvals")),
			Map.entry("matching/households-of", Run.with(map("ids", List.of(CARER_HOUSEHOLD)))
				.filled("household", "approvals", "placed")),
			Map.entry("network/person", Run.with(map("id", CHILD)).filled("person", "lookedAfter", "parents", "contacts")),
			Map.entry("network/persons-named", Run.with(map("familyName", "wALSH")).filled("id")),
			Map.entry("siblings/assessment", Run.with(map("id", "as-ahmed-05")).filled("assessment", "children")),
			Map.entry("siblings/carer-homes", Run.with(map("ids", List.of(CARER_HOUSEHOLD))).filled("household", "placed")),
			Map.entry("siblings/contacts", Run.with(map("ids", List.of(CHILD, "p-doyle-ruby")))),
			Map.entry("siblings/existing-persons", Run.with(map("ids", List.of(CHILD)))),
			Map.entry("siblings/family-links", Run.with(map())),
			Map.entry("siblings/family-links-of", Run.with(map("ids", AHMED_CHILDREN))
				.filled("parentLinks", "partnerships", "siblingLinks")),
			Map.entry("siblings/members", Run.with(map("ids", List.of(CHILD))).filled("person", "care", "placements")),
			Map.entry("siblings/record-assessment", Run.with(map("assessment", map("id", "qf-together-or-apart",
					"props", map("id", "qf-together-or-apart", "type", "together_or_apart", "status", "in_progress"),
					"children", AHMED_CHILDREN.subList(0, 2),
					"views", List.of(map("child", AHMED_CHILDREN.get(0), "views", "Wants to stay with her brother.")),
					"pairs", List.of(map("a", AHMED_CHILDREN.get(0), "b", AHMED_CHILDREN.get(1), "quality", "close",
							"placeTogether", true, "note", null)))))),
			Map.entry("siblings/sibling-neighbours", Run.with(map("ids", List.of(CHILD),
					"parentTypes", List.of("birth", "adoptive"), "partners", true))),
			Map.entry("siblings/split-seeds", Run.with(map("bornAfter", LocalDate.of(2007, 11, 22)))),
			Map.entry("siblings/together-or-apart", Run.with(map("ids", AHMED_CHILDREN, "type", "together_or_apart"))
				.filled("assessment", "children")),
			// The permanence tracker (issue 17): its upserts write one record each for Noah; the check finds a review
			// dated before he became looked after (10 March 2026).
			Map.entry("exchange/upsert-reviews", Run.with(map("batch", batch("rows", List.of(map("id", "qf-review",
					"child", CHILD, "props", map("id", "qf-review", "childId", CHILD, "held", LocalDate.of(2026, 4, 7)))))))),
			Map.entry("exchange/upsert-plans", Run.with(map("batch", batch("rows", List.of(map("id", "qf-plan",
					"child", CHILD, "props", map("id", "qf-plan", "childId", CHILD, "kind", "care_plan",
							"agreedOn", LocalDate.of(2026, 4, 7)))))))),
			Map.entry("exchange/upsert-meetings", Run.with(map("batch", batch("rows", List.of(map("id", "qf-meeting",
					"child", CHILD, "props", map("id", "qf-meeting", "childId", CHILD, "kind", "care_planning",
							"held", LocalDate.of(2026, 5, 1)))))))),
			Map.entry("exchange/upsert-panels", Run.with(map("batch", batch("rows", List.of(map("id", "qf-panel",
					"child", CHILD, "props", map("id", "qf-panel", "childId", CHILD, "kind", "permanence",
							"date", LocalDate.of(2026, 12, 3), "presented", "review"))))))),
			Map.entry("exchange/upsert-proceedings", Run.with(map("batch", batch("rows", List.of(map("id", "qf-proceedings",
					"child", CHILD, "props", map("id", "qf-proceedings", "childId", CHILD, "issuedOn", LocalDate.of(2026, 3, 9),
							"week26", LocalDate.of(2026, 9, 7)))))))),
			Map.entry("exchange/upsert-allocations", Run.with(map("batch", batch("rows", List.of(map("child", CHILD,
					"props", map("childId", CHILD, "team", "Kinmouth North", "teamManager", "Priya Natarajan"))))))),
			Map.entry("exchange/check-permanence-dates", Run.with(map("batch", batch("rows", List.of(map("child", CHILD,
					"at", "/reviews/0/held", "what", "review qf", "on", LocalDate.of(2026, 1, 1))))))
				.filled("at", "since")),
			Map.entry("tracker/children", Run.with(map())
				.filled("id", "care", "allocation", "reviews", "plans", "meetings", "panels", "proceedings", "placements", "approvals")),
			Map.entry("tracker/child", Run.with(map("id", CHILD))
				.filled("care", "allocation", "reviews", "plans", "meetings", "panels", "proceedings", "placements", "approvals")),
			// Recording from kinmap (tracker.PermanenceRecords): the child and kind an id already names.
			Map.entry("tracker/record-owner", Run.with(map("id", "rv-walsh-noah-1")).filled("kind", "childId")),
			Map.entry("tracker/panels-on", Run.with(map("date", LocalDate.of(2026, 12, 3))).filled("childId", "panel")),
			Map.entry("system/migration-locks", Run.with(map()).after(A_MIGRATION_LOCK)),
			Map.entry("system/remove-migration-locks", Run.with(map("id", "qf-lock")).after(A_MIGRATION_LOCK)));

	/**
	 * The files that read a whole label (or every relationship of a type) and why that is their job: none is given
	 * an id to start from. Every other file must start from an index.
	 */
	static final Map<String, String> READS_A_WHOLE_LABEL = Map.ofEntries(
			Map.entry("access/accounts", "the list of every local account"),
			Map.entry("access/records-access", "every child's allocation, to filter the lists"),
			Map.entry("changes/fingerprint", "counts of the data the copies hold, for the check for writes that "
					+ "bypass kinmap: most from the count store, ended placements by a scan of placements"),
			Map.entry("changes/forget-followers", "the running instances' heartbeats: one node per instance"),
			Map.entry("changes/prune", "the running instances' heartbeats: one node per instance"),
			Map.entry("care/children-in-care", "the list of every child looked after now"),
			Map.entry("carers/carers", "the list of every carer household"),
			Map.entry("kinship/projection-page", "the whole family graph, page by page, for the in-memory copy"),
			Map.entry("matching/children-with-plans", "every looked-after child with the given plans, for the "
					+ "authority-wide assignment"),
			Map.entry("matching/households", "every carer household, for the in-memory copy matching ranks"),
			Map.entry("siblings/family-links", "every family link, for the census of every sibling group"),
			Map.entry("siblings/split-seeds", "every looked-after or adopted child or child at home, for the census"),
			Map.entry("tracker/children", "every child looked after now, for the permanence tracker"),
			Map.entry("system/migration-locks", "neo4j-migrations' lock nodes: one while migrating, else none"),
			Map.entry("system/remove-migration-locks", "neo4j-migrations' lock nodes: one while migrating, else none"));

	/** Operators that read every node of a label, every node, or every relationship of a type. */
	static final Set<String> FULL_SCANS = Set.of("NodeByLabelScan", "AllNodesScan", "UnionNodeByLabelsScan",
			"IntersectionNodeByLabelsScan", "SubtractionNodeByLabelsScan", "DirectedRelationshipTypeScan",
			"UndirectedRelationshipTypeScan", "DirectedAllRelationshipsScan", "UndirectedAllRelationshipsScan",
			"DirectedUnionRelationshipTypesScan", "UndirectedUnionRelationshipTypesScan");

	@Autowired
	CypherQueries queries;

	@Autowired
	Driver driver;

	@Autowired
	Neo4jClient neo4j;

	@Test
	void everyQueryFileHasParametersHere() {
		assertThat(RUNS.keySet()).as("query files and the runs of this test")
			.containsExactlyInAnyOrderElementsOf(queries.names());
		assertThat(READS_A_WHOLE_LABEL.keySet()).isSubsetOf(queries.names());
	}

	@Test
	void everyQueryFileTouchesRowsOfTheFixtures() {
		List<String> failures = new ArrayList<>();
		for (String name : new TreeSet<>(queries.names())) {
			Run run = RUNS.get(name);
			if (run == null) {
				continue;
			}
			String statement = queries.text(name);
			assertThat(parameters(statement)).as(name + ": the parameters its text names")
				.isEqualTo(run.parameters().keySet());
			try (Session session = driver.session(); Transaction tx = session.beginTransaction()) {
				if (run.setup() != null) {
					tx.run(run.setup()).consume();
				}
				Result result = tx.run(statement, run.parameters());
				List<Record> records = result.list();
				ResultSummary summary = result.consume();
				if (records.isEmpty() && !summary.counters().containsUpdates()) {
					failures.add(name + " returned and changed nothing");
				}
				for (String column : run.nonEmpty()) {
					if (records.stream().noneMatch(r -> filled(r.get(column)))) {
						failures.add(name + ": column " + column + " empty in every row");
					}
				}
				tx.rollback();
			}
		}
		assertThat(failures).isEmpty();
		assertThat(neo4j.query("MATCH (n) WHERE n.id STARTS WITH 'qf-' RETURN count(n)").fetchAs(Long.class).one())
			.as("rolled back").contains(0L);
	}

	@Test
	void everyQueryGivenIdsStartsFromAnIndex() {
		Map<String, Set<String>> scans = new HashMap<>();
		for (String name : new TreeSet<>(queries.names())) {
			Run run = RUNS.get(name);
			if (run == null || READS_A_WHOLE_LABEL.containsKey(name)) {
				continue;
			}
			try (Session session = driver.session()) {
				Plan plan = session.executeRead(tx -> tx.run("EXPLAIN " + queries.text(name), run.parameters()).consume().plan());
				Set<String> found = new TreeSet<>();
				collectScans(plan, found);
				if (!found.isEmpty()) {
					scans.put(name, found);
				}
			}
		}
		assertThat(scans).as("files given ids that read a whole label").isEmpty();
	}

	@Test
	void everyQueryFileIsRunBySomeCode() {
		Set<String> unused = new TreeSet<>(queries.unused());
		unused.removeAll(SchemaMigrations.QUERY_FILES);
		assertThat(unused).as("query files no code asks for").isEmpty();
	}

	@Test
	void theSchemaMigrationsAreApplied() {
		var constraints = neo4j.query("SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names").fetchAs(Object.class)
			.one().orElseThrow().toString();
		assertThat(constraints).contains("person_id_unique", "household_id_unique", "placement_id_unique",
				"assessment_id_unique", "care_record_child_unique", "change_sequence_id", "change_sequence_number",
				"finding_log_child_person", "contact_attempt_id", "network_search_id");
		var indexes = neo4j.query("SHOW INDEXES YIELD name RETURN collect(name) AS names").fetchAs(String.class)
			.mappedBy((t, r) -> r.get("names").asList(Value::asString).stream().collect(Collectors.joining(",")))
			.one().orElseThrow();
		assertThat(indexes).contains("person_source_id", "person_family_name_key", "parent_of_type", "audit_event_at",
				"finding_log_child", "finding_log_person", "contact_attempt_child", "network_search_child", "revision_subject")
			.doesNotContain("person_name", "placement_end", "care_record_ceased", "assessment_type_status");
		assertThat(neo4j.query("MATCH (m:__Neo4jMigration) WHERE m.version IS NOT NULL AND m.version <> 'BASELINE' RETURN max(m.version)")
			.fetchAs(String.class).one()).contains("011");
		assertThat(constraints).as("the permanence tracker's, V011").contains("review_id_unique", "plan_id_unique",
				"planning_meeting_id_unique", "panel_id_unique", "proceedings_id_unique", "allocation_child_unique");
		assertThat(indexes).contains("panel_date");
		assertThat(neo4j.query("MATCH (p:Person) WHERE p.familyName IS NOT NULL AND p.familyNameKey IS NULL RETURN count(p)")
			.fetchAs(Long.class).one()).as("persons without the key the search by name uses").contains(0L);
	}

	private static Set<String> parameters(String statement) {
		Set<String> names = new HashSet<>();
		var m = java.util.regex.Pattern.compile("\\$([A-Za-z][A-Za-z0-9_]*)")
			.matcher(statement.lines().filter(l -> !l.trim().startsWith("//")).collect(Collectors.joining("\n")));
		while (m.find()) {
			names.add(m.group(1));
		}
		return names;
	}

	private static boolean filled(Value v) {
		if (v == null || v.isNull()) {
			return false;
		}
		Object o = v.asObject();
		if (o instanceof Boolean b) {
			return b;
		}
		if (o instanceof Number n) {
			return n.longValue() != 0;
		}
		if (o instanceof Collection<?> c) {
			return !c.isEmpty();
		}
		if (o instanceof Map<?, ?> m) {
			return !m.isEmpty();
		}
		return true;
	}

	private static void collectScans(Plan plan, Set<String> found) {
		String operator = plan.operatorType().replaceAll("@.*$", "");
		if (FULL_SCANS.contains(operator)) {
			found.add(operator + " " + plan.arguments().getOrDefault("Details", org.neo4j.driver.Values.NULL));
		}
		plan.children().forEach(c -> collectScans(c, found));
	}
}
