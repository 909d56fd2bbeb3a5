package org.kinmap.exchange;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.kinmap.assessments.AssessmentStatus;
import org.kinmap.assessments.AssessmentType;
import org.kinmap.changes.ChangeLog;
import org.kinmap.care.NeedDomain;
import org.kinmap.exchange.NetworkDocument.AssessmentDoc;
import org.kinmap.exchange.NetworkDocument.HouseholdDoc;
import org.kinmap.exchange.NetworkDocument.PersonDoc;
import org.kinmap.network.PartialDate;
import org.kinmap.network.NetworkImported;
import org.kinmap.system.CypherQueries;
import org.kinmap.system.TransientRetry;
import org.neo4j.driver.summary.ResultSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes a {@link NetworkDocument} into the graph in one transaction: validated first, then upserted by id
 * section by section, then checked again against the whole graph (ancestry, birth parents, open placements)
 * before commit. Any problem rolls everything back and is reported as an {@link InvalidNetworkException}. A
 * {@link NetworkImported} event is published in the transaction, for listeners to act on after the commit, and the
 * write is recorded in the change sequence ({@link ChangeLog}) as the transaction's last statement: every instance's
 * copies in memory follow it.
 */
@Service
public class NetworkImporter {

	private static final Logger log = LoggerFactory.getLogger(NetworkImporter.class);

	/** Regulation 24 temporary approval lasts 16 weeks, and may be extended once by up to 8. */
	static final int REG24_WEEKS = 16;
	static final int REG24_EXTENSION_WEEKS = 8;

	private final Neo4jClient neo4j;
	private final NetworkRules rules;
	private final String checkCurrentPlacementsQuery;
	private final Statement upsertPersons;
	private final Statement upsertHouseholds;
	private final Statement upsertParentLinks;
	private final Statement upsertPartnerships;
	private final Statement upsertMultipleBirths;
	private final Statement upsertSiblingLinks;
	private final Statement upsertRaisedTogether;
	private final Statement upsertConnectedPersons;
	private final Statement upsertChildren;
	private final Statement upsertPlacements;
	private final Statement upsertAssessments;
	private final Statement upsertNeeds;
	private final Statement upsertContacts;
	private final PermanenceWrites permanence;
	private final Statement upsertFindingLogs;
	private final Statement upsertContactAttempts;
	private final Statement upsertNetworkSearches;
	private final Clock clock;
	private final ApplicationEventPublisher events;
	private final ChangeLog changes;
	private final PostcodeDirectory postcodes;

	private final TransactionTemplate transactions;

	NetworkImporter(Neo4jClient neo4j, CypherQueries queries, Clock clock, ApplicationEventPublisher events,
			PlatformTransactionManager transactions, ChangeLog changes, PostcodeDirectory postcodes, NetworkRules rules) {
		this.neo4j = neo4j;
		this.rules = rules;
		this.checkCurrentPlacementsQuery = queries.require("exchange/check-current-placements");
		this.upsertPersons = Statement.of(queries, "exchange/upsert-persons");
		this.upsertHouseholds = Statement.of(queries, "exchange/upsert-households");
		this.upsertParentLinks = Statement.of(queries, "exchange/upsert-parent-links");
		this.upsertPartnerships = Statement.of(queries, "exchange/upsert-partnerships");
		this.upsertMultipleBirths = Statement.of(queries, "exchange/upsert-multiple-births");
		this.upsertSiblingLinks = Statement.of(queries, "exchange/upsert-sibling-links");
		this.upsertRaisedTogether = Statement.of(queries, "exchange/upsert-raised-together");
		this.upsertConnectedPersons = Statement.of(queries, "exchange/upsert-connected-persons");
		this.upsertChildren = Statement.of(queries, "exchange/upsert-children");
		this.upsertPlacements = Statement.of(queries, "exchange/upsert-placements");
		this.upsertAssessments = Statement.of(queries, "exchange/upsert-assessments");
		this.upsertNeeds = Statement.of(queries, "exchange/upsert-needs");
		this.upsertContacts = Statement.of(queries, "exchange/upsert-contacts");
		this.permanence = new PermanenceWrites(queries);
		this.upsertFindingLogs = Statement.of(queries, "exchange/upsert-finding-logs");
		this.upsertContactAttempts = Statement.of(queries, "exchange/upsert-contact-attempts");
		this.upsertNetworkSearches = Statement.of(queries, "exchange/upsert-network-searches");
		this.clock = clock;
		this.events = events;
		this.changes = changes;
		this.postcodes = postcodes;
		this.transactions = new TransactionTemplate(transactions);
	}

	/**
	 * Imports the document in one transaction. Concurrent imports that share persons can deadlock in Neo4j; the loser's
	 * whole transaction is then run again (a bounded number of times, {@link TransientRetry}), which is safe because
	 * the import upserts by id.
	 */
	public ImportReport importNetwork(NetworkDocument doc) {
		return importNetwork(ChangeLog.NETWORK_IMPORT, () -> doc);
	}

	/**
	 * Imports the document {@code document} makes, in one transaction, recorded in the change sequence as
	 * {@code changeKind}. The supplier runs inside the transaction, after the change log has begun, so that a document
	 * built from what is recorded (the carers import keeps a household's members) sees the graph it is written to.
	 */
	public ImportReport importNetwork(String changeKind, Supplier<NetworkDocument> document) {
		return TransientRetry.run("network import",
				() -> transactions.execute(status -> importInTransaction(changeKind, document)));
	}

	private ImportReport importInTransaction(String changeKind, Supplier<NetworkDocument> document) {
		LocalDate today = LocalDate.now(clock);
		long start = System.nanoTime();
		ChangeLog.Recording recording = changes.begin();
		PostcodePlaces.Placed placed = PostcodePlaces.place(document.get(), postcodes);
		NetworkDocument doc = placed.document();
		List<DocumentProblem> problems = NetworkValidator.validate(doc, rules.existingIds(), today);
		if (log.isDebugEnabled()) {
			log.debug("validated {} records in {} ms", doc.size(), (System.nanoTime() - start) / 1_000_000);
		}
		if (!problems.isEmpty()) {
			throw new InvalidNetworkException(problems);
		}
		Tally tally = new Tally();
		Map<String, Object> stamp = revisionStamp();
		tally.add(write(stamp, upsertPersons, doc.persons().stream().map(NetworkImporter::personRow).toList()));
		tally.add(write(stamp, upsertHouseholds, doc.households().stream().map(NetworkImporter::householdRow).toList()));
		tally.add(write(stamp, upsertParentLinks, doc.parentLinks().stream()
			.map(l -> row("parent", l.parent(), "child", l.child(), "props", props("type", code(l.type()),
					"parentalResponsibility", l.parentalResponsibility(), "from", l.from(), "to", l.to())))
			.toList()));
		tally.add(write(stamp, upsertPartnerships, doc.partnerships().stream()
			.map(p -> pairRow(p.partners(), props("type", code(p.type()),
					"status", p.status() == null ? "current" : code(p.status()), "from", p.from(), "to", p.to())))
			.toList()));
		tally.add(write(stamp, upsertMultipleBirths, doc.multipleBirths().stream()
			.map(m -> row("id", m.id(), "members", m.members(),
					"props", props("id", m.id(), "zygosity", m.zygosity() == null ? "unknown" : code(m.zygosity()),
							"size", m.members().size())))
			.toList()));
		tally.add(write(stamp, upsertSiblingLinks, doc.siblingLinks().stream()
			.map(s -> pairRow(s.siblings(), props("type", code(s.type()), "note", s.note())))
			.toList()));
		tally.add(write(stamp, upsertRaisedTogether, doc.raisedTogether().stream()
			.map(r -> pairRow(r.persons(), props("from", r.from(), "to", r.to(), "note", r.note())))
			.toList()));
		tally.add(write(stamp, upsertConnectedPersons, doc.connectedPersons().stream()
			.map(c -> row("a", c.person(), "b", c.child(), "props", props("nature", code(c.nature()),
					"identifiedBy", code(c.identifiedBy()), "note", c.note())))
			.toList()));
		tally.add(write(stamp, upsertChildren, doc.children().stream()
			.map(c -> row("child", c.child(), "props", props("childId", c.child(),
					"legalStatus", c.legalStatus().trim().toUpperCase(java.util.Locale.ROOT),
					"lookedAfterSince", date(c.lookedAfterSince()),
					"reviewDates", c.reviewDates() == null ? null : c.reviewDates().stream().map(LocalDate::parse).sorted().toList(),
					"nextReviewDue", date(c.nextReviewDue()), "permanencePlan", code(c.permanencePlan()),
					"contingencyPlan", code(c.contingencyPlan()), "planAgreedOn", date(c.planAgreedOn()),
					"socialWorker", c.socialWorker(), "ceasedOn", date(c.ceasedOn()), "ceasedReason", c.ceasedReason())))
			.toList()));
		tally.add(write(stamp, upsertPlacements, doc.placements().stream()
			.map(p -> row("id", p.id(), "child", p.child(), "household", blankToNull(p.household()),
					"props", props("id", p.id(), "type", p.type().trim().toUpperCase(java.util.Locale.ROOT),
							"provider", blankToNull(p.provider()), "start", date(p.start()), "end", date(p.end()),
							"endReason", p.endReason())))
			.toList()));
		tally.add(write(stamp, upsertAssessments, doc.assessments().stream().map(NetworkImporter::assessmentRow).toList()));
		tally.add(write(stamp, upsertNeeds, doc.needs().stream().flatMap(n -> needRows(n).stream()).toList()));
		tally.add(write(stamp, upsertContacts, doc.contacts().stream()
			.map(c -> pairRow(c.persons(), props("mode", code(c.mode()), "frequency", code(c.frequency()),
					"supervised", c.supervised(), "note", c.note())))
			.toList()));
		permanence.rows(doc).forEach((statement, rows) -> tally.add(write(stamp, statement, rows)));
		writeFamilyFinding(doc, stamp, tally);

		long checking = System.nanoTime();
		checkWholeGraph(doc);
		if (log.isDebugEnabled()) {
			log.debug("whole-graph checks in {} ms", (System.nanoTime() - checking) / 1_000_000);
		}
		events.publishEvent(new NetworkImported(doc.source(), familyTouched(doc)));
		ImportReport report = new ImportReport(doc.source(), sections(doc), tally.nodesCreated, tally.relationshipsCreated,
				tally.nodesDeleted, tally.relationshipsDeleted, placed.warnings());
		log.info("Imported a network document of {} records: {} nodes and {} relationships created", doc.size(),
				report.nodesCreated(), report.relationshipsCreated());
		recording.record(changeKind, personsTouched(doc), householdsTouched(doc),
				doc.placements().stream().map(NetworkDocument.PlacementDoc::id).toList());
		return report;
	}

	/**
	 * The family-finding log (docs/family-finding.md): entries by child and relative, contact attempts and searches by
	 * id, attributed to the document's {@code recordedBy} or else to "import: " and its source.
	 */
	private void writeFamilyFinding(NetworkDocument doc, Map<String, Object> stamp, Tally tally) {
		String importer = "import: " + (doc.source() == null ? "network document" : doc.source());
		List<Map<String, Object>> logs = new ArrayList<>();
		List<Map<String, Object>> attempts = new ArrayList<>();
		List<Map<String, Object>> searches = new ArrayList<>();
		for (var f : doc.familyFinding()) {
			for (var s : f.searches()) {
				searches.add(row("id", s.id(), "props", props("id", s.id(), "childId", f.child(), "kind", code(s.kind()),
						"on", date(s.on()), "note", blankToNull(s.note()),
						"recordedBy", s.recordedBy() == null ? importer : s.recordedBy())));
			}
			for (var r : f.relatives()) {
				boolean flagged = Boolean.TRUE.equals(r.doNotContact());
				logs.add(row("childId", f.child(), "personId", r.person(), "props", props("foundThrough", code(r.foundThrough()),
						"foundWhere", blankToNull(r.foundWhere()), "foundOn", date(r.foundOn()), "wish", blankToNull(r.wish()),
						"wishOn", date(r.wishOn()), "doNotContact", flagged,
						"doNotContactReason", flagged ? r.doNotContactReason().strip() : null, "updatedBy", importer)));
				for (var c : r.contacts()) {
					attempts.add(row("id", c.id(), "props", props("id", c.id(), "childId", f.child(), "personId", r.person(),
							"on", date(c.on()), "mode", code(c.mode()), "outcome", code(c.outcome()), "note", blankToNull(c.note()),
							"nextStep", blankToNull(c.nextStep()), "nextStepOn", date(c.nextStepOn()),
							"recordedBy", c.recordedBy() == null ? importer : c.recordedBy())));
				}
			}
		}
		tally.add(write(stamp, upsertFindingLogs, logs));
		tally.add(write(stamp, upsertContactAttempts, attempts));
		tally.add(write(stamp, upsertNetworkSearches, searches));
	}

	/**
	 * Every person the document writes, or whose parent, partner, sibling, raised-together or multiple-birth ties it
	 * writes.
	 */
	private static Set<String> familyTouched(NetworkDocument doc) {
		Set<String> ids = new HashSet<>();
		doc.persons().forEach(p -> ids.add(p.id()));
		doc.parentLinks().forEach(l -> {
			ids.add(l.parent());
			ids.add(l.child());
		});
		doc.partnerships().forEach(p -> ids.addAll(p.partners()));
		doc.siblingLinks().forEach(s -> ids.addAll(s.siblings()));
		doc.raisedTogether().forEach(r -> ids.addAll(r.persons()));
		doc.multipleBirths().forEach(m -> ids.addAll(m.members()));
		return ids;
	}

	/**
	 * What the change sequence records for the copies held in memory: the persons of {@link #familyTouched}, the
	 * children placed and every member of a household the document writes (a member's risk flag excludes their
	 * household from shortlists).
	 */
	private static Set<String> personsTouched(NetworkDocument doc) {
		Set<String> ids = familyTouched(doc);
		doc.placements().forEach(p -> ids.add(p.child()));
		doc.households().forEach(h -> {
			if (h.members() != null) {
				h.members().forEach(m -> ids.add(m.person()));
			}
		});
		return ids;
	}

	/** The households the document writes, and those it places children with. */
	private static Set<String> householdsTouched(NetworkDocument doc) {
		Set<String> ids = new HashSet<>();
		doc.households().forEach(h -> ids.add(h.id()));
		doc.placements().forEach(p -> {
			if (p.household() != null && !p.household().isBlank()) {
				ids.add(p.household());
			}
		});
		return ids;
	}

	private void checkWholeGraph(NetworkDocument doc) {
		Set<String> linked = new LinkedHashSet<>();
		doc.parentLinks().forEach(l -> {
			linked.add(l.parent());
			linked.add(l.child());
		});
		List<DocumentProblem> problems = new ArrayList<>(rules.parentageProblems(linked));
		List<String> children = doc.placements().stream().map(NetworkDocument.PlacementDoc::child).distinct().toList();
		if (!children.isEmpty()) {
			neo4j.query(checkCurrentPlacementsQuery).bind(batch("ids", children)).to("batch")
				.fetch().all()
				.forEach(r -> problems.add(new DocumentProblem("/placements", "child " + r.get("child")
						+ " would have more than one current placement: " + r.get("placements")
						+ "; end the earlier one")));
		}
		List<Map<String, Object>> dated = PermanenceWrites.datedRecords(doc);
		if (!dated.isEmpty()) {
			neo4j.query(permanence.checkDates()).bind(batch("rows", dated)).to("batch").fetch().all()
				.forEach(r -> problems.add(PermanenceWrites.problem(r)));
		}
		if (!problems.isEmpty()) {
			throw new InvalidNetworkException(problems);
		}
	}

	/** One of the import's write statements, with its file's name for the debug log. */
	record Statement(String name, String cypher) {

		static Statement of(CypherQueries queries, String name) {
			return new Statement(name, queries.require(name));
		}
	}

	/**
	 * When and by whom, for the revisions the import leaves on the persons and links it changes (casework's history):
	 * the signed-in person, or the command's operating-system user.
	 */
	private Map<String, Object> revisionStamp() {
		var auth = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
		String by = auth != null && auth.getName() != null ? auth.getName() : "os:" + System.getProperty("user.name");
		return Map.of("at", java.time.Instant.now().toString(), "by", by);
	}

	private ResultSummary write(Map<String, Object> stamp, Statement query, List<Map<String, Object>> rows) {
		if (rows.isEmpty()) {
			return null;
		}
		long start = System.nanoTime();
		Map<String, Object> batch = new LinkedHashMap<>(stamp);
		batch.put("rows", rows);
		ResultSummary summary = neo4j.query(query.cypher()).bind(batch).to("batch").run();
		if (log.isDebugEnabled()) {
			log.debug("{}: {} rows in {} ms", query.name(), rows.size(), (System.nanoTime() - start) / 1_000_000);
		}
		return summary;
	}

	/**
	 * The {@code $batch} parameter of the exchange statements: their one list, in a map. Neo4j plans a statement
	 * with a list parameter anew for each size class of the list (1, up to 10, up to 100, ...), although these
	 * statements' plans are the same for every size; with a map parameter it plans each statement once.
	 */
	private static Map<String, Object> batch(String name, List<?> list) {
		return Map.of(name, list);
	}

	// ---- rows

	private static Map<String, Object> personRow(PersonDoc p) {
		var contact = p.contactDetails();
		var born = PartialDate.parse(p.birthDate());
		boolean deceased = Boolean.TRUE.equals(p.deceased()) || (p.deathDate() != null && !p.deathDate().isBlank());
		return row("id", p.id(), "props", props("id", p.id(), "sourceId", p.sourceId(), "givenName", p.givenName(),
				"familyName", p.familyName(), "alsoKnownAs", p.alsoKnownAs(), "sex", p.sex() == null ? "unknown" : code(p.sex()),
				"gender", p.gender(), "birthDate", p.birthDate(), "birthDateEstimate", born.map(PartialDate::estimate).orElse(null),
				"deceased", deceased, "deathDate", p.deathDate(), "ethnicity", p.ethnicity(), "religion", p.religion(),
				"firstLanguage", p.firstLanguage(), "otherLanguages", p.otherLanguages(), "postcode", p.postcode(),
				"latitude", p.latitude(), "longitude", p.longitude(), "phone", contact == null ? null : contact.phone(),
				"email", contact == null ? null : contact.email(), "address", contact == null ? null : contact.address(),
				"riskToChildren", Boolean.TRUE.equals(p.riskToChildren()), "riskNote", p.riskNote()));
	}

	private static Map<String, Object> householdRow(HouseholdDoc h) {
		Map<String, Object> props = props("id", h.id(), "name", h.name(), "postcode", h.postcode(), "latitude", h.latitude(),
				"longitude", h.longitude());
		var c = h.carer();
		List<Map<String, Object>> approvals = new ArrayList<>();
		if (c != null) {
			props.putAll(props("agency", c.agency(), "agencyType", code(c.agencyType()),
					"dogs", c.pets() == null || c.pets().dogs() == null ? 0 : c.pets().dogs(),
					"cats", c.pets() == null || c.pets().cats() == null ? 0 : c.pets().cats(),
					"otherPets", c.pets() == null ? null : c.pets().other(), "smoking", c.smoking(),
					"wheelchairAccessible", c.wheelchairAccessible(), "groundFloorBedroom", c.groundFloorBedroom(),
					"languages", c.languages(), "religion", c.religion(), "ethnicity", c.ethnicity(),
					"skills", c.skills() == null ? null : c.skills().stream().map(NetworkImporter::code).toList(),
					"otherChildrenAges", c.otherChildrenAges(), "notes", c.notes()));
			for (var a : c.approvals()) {
				approvals.add(row("id", a.id(), "props", props("id", a.id(), "kind", code(a.kind()), "minAge", a.minAge(),
						"maxAge", a.maxAge(), "maxChildren", a.maxChildren(),
						"siblingGroupsConsidered", Boolean.TRUE.equals(a.siblingGroupsConsidered()),
						"approvedOn", date(a.approvedOn()), "expiresOn", date(a.expiresOn()), "terms", a.terms())));
			}
		}
		List<Map<String, Object>> members = h.members() == null ? List.of() : h.members().stream()
			.map(m -> row("person", m.person(), "props", props("role", code(m.role()), "from", m.from(), "to", m.to())))
			.toList();
		return row("id", h.id(), "carer", c != null, "props", props, "members", members, "approvals", approvals);
	}

	private static Map<String, Object> assessmentRow(AssessmentDoc a) {
		LocalDate expires = date(a.expiresOn());
		LocalDate concluded = date(a.concludedOn());
		boolean reg24 = AssessmentType.CONNECTED_PERSON_REG24.code().equalsIgnoreCase(a.type());
		boolean positive = AssessmentStatus.POSITIVE.code().equalsIgnoreCase(a.status());
		if (expires == null && reg24 && positive && concluded != null) {
			expires = concluded.plusWeeks(REG24_WEEKS + (Boolean.TRUE.equals(a.extended()) ? REG24_EXTENSION_WEEKS : 0));
		}
		return row("id", a.id(), "subjects", a.subjects(), "children", a.children(),
				"props", props("id", a.id(), "type", code(a.type()), "status", code(a.status()),
						"requestedOn", date(a.requestedOn()), "startedOn", date(a.startedOn()), "concludedOn", concluded,
						"expiresOn", expires, "extended", Boolean.TRUE.equals(a.extended()), "outcomeReason", a.outcomeReason(),
						"assessor", a.assessor(), "recommendation", code(a.recommendation()), "notes", a.notes()));
	}

	private static List<Map<String, Object>> needRows(NetworkDocument.NeedsDoc n) {
		List<Map<String, Object>> rows = new ArrayList<>();
		n.domains().forEach((key, fields) -> {
			if (fields == null) {
				return; // a domain sent as null leaves what is recorded unchanged; {} clears it
			}
			NeedDomain domain = NeedDomain.byKey(key).orElseThrow();
			Map<String, Object> props = props("id", n.child() + ":" + domain.code(), "childId", n.child(), "domain", domain.code());
			fields.forEach((field, value) -> {
				if (value != null) {
					props.put(field, value);
				}
			});
			rows.add(row("id", props.get("id"), "child", n.child(), "props", props));
		});
		return rows;
	}

	private static Map<String, Object> pairRow(List<String> pair, Map<String, Object> props) {
		String a = pair.get(0);
		String b = pair.get(1);
		return a.compareTo(b) <= 0 ? row("a", a, "b", b, "props", props) : row("a", b, "b", a, "props", props);
	}

	private static Map<String, Integer> sections(NetworkDocument doc) {
		Map<String, Integer> m = new LinkedHashMap<>();
		m.put("persons", doc.persons().size());
		m.put("parentLinks", doc.parentLinks().size());
		m.put("partnerships", doc.partnerships().size());
		m.put("multipleBirths", doc.multipleBirths().size());
		m.put("siblingLinks", doc.siblingLinks().size());
		m.put("raisedTogether", doc.raisedTogether().size());
		m.put("connectedPersons", doc.connectedPersons().size());
		m.put("households", doc.households().size());
		m.put("children", doc.children().size());
		m.put("placements", doc.placements().size());
		m.put("assessments", doc.assessments().size());
		m.put("needs", doc.needs().size());
		m.put("contacts", doc.contacts().size());
		m.put("reviews", doc.reviews().size());
		m.put("plans", doc.plans().size());
		m.put("meetings", doc.meetings().size());
		m.put("panels", doc.panels().size());
		m.put("proceedings", doc.proceedings().size());
		m.put("allocations", doc.allocations().size());
		m.put("familyFinding", doc.familyFinding().size());
		return m;
	}

	/** A map of the given key-value pairs, leaving out null values (Neo4j stores no nulls). */
	static Map<String, Object> props(Object... pairs) {
		Map<String, Object> m = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			if (pairs[i + 1] != null) {
				m.put((String) pairs[i], pairs[i + 1]);
			}
		}
		return m;
	}

	static Map<String, Object> row(Object... pairs) {
		Map<String, Object> m = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			m.put((String) pairs[i], pairs[i + 1]);
		}
		return m;
	}

	/** The canonical spelling of a code the validator accepted: lower case, as the enums spell them. */
	static String code(String value) {
		return value == null || value.isBlank() ? null : value.trim().toLowerCase(java.util.Locale.ROOT);
	}

	static LocalDate date(String value) {
		return value == null || value.isBlank() ? null : LocalDate.parse(value.trim());
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s;
	}

	private static final class Tally {
		int nodesCreated;
		int relationshipsCreated;
		int nodesDeleted;
		int relationshipsDeleted;

		void add(ResultSummary summary) {
			if (summary == null) {
				return;
			}
			var c = summary.counters();
			nodesCreated += c.nodesCreated();
			relationshipsCreated += c.relationshipsCreated();
			nodesDeleted += c.nodesDeleted();
			relationshipsDeleted += c.relationshipsDeleted();
		}
	}
}
