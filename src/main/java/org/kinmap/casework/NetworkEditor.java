package org.kinmap.casework;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.kinmap.casework.EditRules.Reach;
import org.kinmap.changes.ChangeLog;
import org.kinmap.exchange.NetworkDocument;
import org.kinmap.exchange.NetworkDocument.ConnectedPersonDoc;
import org.kinmap.exchange.NetworkDocument.ContactDetailsDoc;
import org.kinmap.exchange.NetworkDocument.MultipleBirthDoc;
import org.kinmap.exchange.NetworkDocument.ParentLinkDoc;
import org.kinmap.exchange.NetworkDocument.PartnershipDoc;
import org.kinmap.exchange.NetworkDocument.PersonDoc;
import org.kinmap.exchange.NetworkDocument.SiblingLinkDoc;
import org.kinmap.exchange.NetworkRules;
import org.kinmap.network.ParentLinkType;
import org.kinmap.network.PartialDate;
import org.kinmap.network.PartnershipStatus;
import org.kinmap.network.PersonRef.People;
import org.kinmap.network.SiblingLinkType;
import org.kinmap.system.Coded;
import org.kinmap.system.CypherQueries;
import org.kinmap.system.NotFoundException;
import org.kinmap.system.TransientRetry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Changes the family network from a child's record, one change per transaction: checked whole before anything is
 * written, through the same rules as the import ({@link NetworkRules}: the change is checked as a small network
 * document, then the parentage of the whole graph before commit), versioned (a change based on an old version is
 * refused, {@link StaleVersionException}), kept in the history ({@link RevisionLog}) and recorded in the change
 * sequence as its last statement, so that every copy in memory follows it at once.
 */
@Service
class NetworkEditor {

	private static final Logger log = LoggerFactory.getLogger(NetworkEditor.class);

	/** The kind of this module's entries in the change sequence. */
	static final String CHANGE_KIND = "casework";

	private static final EditRules.ChildLookedAfter CHILD_LOOKED_AFTER = new EditRules.ChildLookedAfter();
	private static final EditRules.InChildsNetwork IN_CHILDS_NETWORK = new EditRules.InChildsNetwork();
	private static final EditRules.CurrentVersion CURRENT_VERSION = new EditRules.CurrentVersion();
	private static final EditRules.ReasonRequired REASON_REQUIRED = new EditRules.ReasonRequired();
	private static final EditRules.NotTheChild NOT_THE_CHILD = new EditRules.NotTheChild();
	private static final EditRules.SharedParentIsABirthParent SHARED_PARENT = new EditRules.SharedParentIsABirthParent();
	private static final EditRules.KnownRelation KNOWN_RELATION = new EditRules.KnownRelation();
	private static final EditRules.DetailsGiven DETAILS_GIVEN = new EditRules.DetailsGiven();
	private static final EditRules.OnePersonNamed ONE_PERSON_NAMED = new EditRules.OnePersonNamed();

	private final Neo4jClient neo4j;
	private final NetworkRules rules;
	private final ChangeLog changes;
	private final RevisionLog revisions;
	private final TransactionTemplate transactions;
	private final Map<String, String> q = new HashMap<>();

	NetworkEditor(Neo4jClient neo4j, CypherQueries queries, NetworkRules rules, ChangeLog changes, RevisionLog revisions,
			PlatformTransactionManager transactions) {
		this.neo4j = neo4j;
		this.rules = rules;
		this.changes = changes;
		this.revisions = revisions;
		this.transactions = new TransactionTemplate(transactions);
		for (String name : List.of("lock", "reach", "person-state", "create-person", "update-person", "add-parent-link",
				"add-partnership", "add-sibling-link", "add-connection", "join-multiple-birth", "parent-link", "partnership",
				"sibling-link", "connection", "update-parent-link", "update-partnership", "remove-person",
				"remove-parent-link", "remove-partnership", "remove-sibling-link", "remove-connection")) {
			q.put(name, queries.require("casework/" + name));
		}
	}

	// ---- adding a relative

	Answers.Saved addRelative(String childId, String anchorId, Requests.AddRelative r) {
		return inTransaction(() -> {
			ChangeLog.Recording recording = changes.begin();
			lock(anchorId, r.existingPerson());
			reachable(childId, anchorId);
			refuseTextProblems(r);
			List<InvalidChangeException.Problem> refused = new ArrayList<>();
			KNOWN_RELATION.refusal(r.relation()).ifPresent(s -> refused.add(new InvalidChangeException.Problem("/relation", s)));
			ONE_PERSON_NAMED.refusal(r.person(), r.existingPerson())
				.ifPresent(s -> refused.add(new InvalidChangeException.Problem("/person", s)));
			if (!refused.isEmpty()) {
				throw new InvalidChangeException(refused);
			}
			boolean existing = r.person() == null;
			if (existing) {
				reachable(childId, r.existingPerson());
			}
			Relation relation = Coded.parse(Relation.class, r.relation()).orElseThrow();
			PersonState anchor = state(anchorId).orElseThrow();
			PersonState other = existing ? state(r.existingPerson()).orElseThrow() : null;
			List<String> birthParents = anchor.birthParents().stream().map(m -> (String) m.get("id")).toList();
			if (relation == Relation.HALF_SIBLING) {
				SHARED_PARENT.refusal(r.sharedParent(), birthParents)
					.ifPresent(s -> { throw new InvalidChangeException("/sharedParent", s); });
			}
			String id = existing ? r.existingPerson() : "cw-" + UUID.randomUUID();
			PersonDetails details = r.person();
			if (!existing && relation == Relation.TWIN && blank(details.birthDate())) {
				details = withBirthDate(details, (String) anchor.person().get("birthDate"));
			}
			PersonDoc person = existing ? personDoc(other.person()) : personDoc(id, details, Map.of());
			String name = existing ? People.name(other.person()) : People.name(details.givenName(), details.familyName());
			List<PersonDoc> persons = new ArrayList<>(List.of(person));
			if (!anchorId.equals(id)) {
				persons.add(personDoc(anchor.person()));
			}
			anchor.birthParents().stream().filter(m -> !id.equals(m.get("id"))).forEach(m -> persons.add(personDoc(m)));
			RelativeLinks links = RelativeLinks.of(relation, id, anchorId, childId, birthParents, anchor.multipleBirth(),
					halfThrough(r.sharedParent(), anchor), r);
			List<ParentLinkDoc> parentLinks = links.parentLinks();
			List<PartnershipDoc> partnerships = links.partnerships();
			List<SiblingLinkDoc> siblingLinks = links.siblingLinks();
			List<MultipleBirthDoc> births = links.births();
			List<ConnectedPersonDoc> connections = links.connections();
			NetworkDocument doc = new NetworkDocument("casework", persons, parentLinks, partnerships, births, siblingLinks,
					null, connections, null, null, null, null, null, null);
			PointerMap map = new PointerMap().map("/persons/0(?=/|$)", existing ? null : "/person").map("/persons/\\d+", null)
				.map("/parentLinks/\\d+/type", "/parentLinkType").map("/parentLinks/\\d+/from", "/from")
				.map("/parentLinks/\\d+/to", "/to")
				.map("/parentLinks/\\d+$", existing ? "/existingPerson" : "/person/birthDate").map("/parentLinks.*", "/relation")
				.map("/partnerships/\\d+/type", "/partnershipType").map("/partnerships/\\d+/status", "/partnershipStatus")
				.map("/partnerships/\\d+/from", "/from").map("/partnerships/\\d+/to", "/to").map("/partnerships.*", "/relation")
				.map("/multipleBirths/\\d+/zygosity", "/zygosity").map("/multipleBirths.*", "/relation")
				.map("/connectedPersons/\\d+/nature", "/nature").map("/connectedPersons/\\d+/identifiedBy", "/identifiedBy")
				.map("/connectedPersons/\\d+/note", "/note").map("/connectedPersons.*", "/relation").map("/siblingLinks.*", "/relation")
				.name(id, name);
			names(map, anchor.person());
			anchor.birthParents().forEach(m -> names(map, m));
			refuseIfAny(map.apply(rules.check(doc)));

			Map<String, Object> props = personProps(person);
			if (!existing) {
				neo4j.query(q.get("create-person")).bind(id).to("id").bind(props).to("props").run();
			}
			List<String> subjects = new ArrayList<>();
			for (ParentLinkDoc l : parentLinks) {
				neo4j.query(q.get("add-parent-link")).bind(l.parent()).to("parent").bind(l.child()).to("child")
					.bind(props("type", code(l.type()), "parentalResponsibility", l.parentalResponsibility(), "from", text(l.from()),
							"to", text(l.to())))
					.to("props").run();
				subjects.add(RevisionLog.parentLink(l.parent(), l.child()));
			}
			for (PartnershipDoc p : partnerships) {
				String[] pair = sorted(p.partners().get(0), p.partners().get(1));
				neo4j.query(q.get("add-partnership")).bind(pair[0]).to("a").bind(pair[1]).to("b")
					.bind(props("type", code(p.type()), "status", code(p.status()), "from", text(p.from()), "to", text(p.to())))
					.to("props").run();
				subjects.add(RevisionLog.partnership(pair[0], pair[1]));
			}
			for (SiblingLinkDoc s : siblingLinks) {
				String[] pair = sorted(s.siblings().get(0), s.siblings().get(1));
				neo4j.query(q.get("add-sibling-link")).bind(pair[0]).to("a").bind(pair[1]).to("b")
					.bind(props("type", code(s.type()), "note", text(r.note()))).to("props").run();
				subjects.add(RevisionLog.siblingLink(pair[0], pair[1]));
			}
			for (MultipleBirthDoc m : births) {
				neo4j.query(q.get("join-multiple-birth")).bindAll(map("person", anchorId, "twin", id, "birth", m.id(),
						"zygosity", m.zygosity() == null ? "unknown" : code(m.zygosity()))).run();
			}
			for (ConnectedPersonDoc c : connections) {
				neo4j.query(q.get("add-connection")).bind(id).to("person").bind(childId).to("child")
					.bind(props("nature", code(c.nature()), "identifiedBy", code(c.identifiedBy()), "note", text(c.note())))
					.to("props").run();
				subjects.add(RevisionLog.connection(id, childId));
			}
			if (!parentLinks.isEmpty()) {
				Set<String> linked = new LinkedHashSet<>();
				parentLinks.forEach(l -> {
					linked.add(l.parent());
					linked.add(l.child());
				});
				refuseIfAny(map.apply(rules.checkParentage(linked)));
			}
			String summary = name + (existing ? " linked as " : " added as ") + relation.label() + " of "
					+ People.name(anchor.person());
			if (!existing) {
				revisions.record(childId, RevisionLog.person(id), 1, "added", r.note(), fields(Map.of(), props));
			}
			for (String subject : subjects) {
				revisions.record(childId, subject, 1, "added", r.note(), List.of(new Answers.FieldChange("link", "", summary)));
			}
			Set<String> touched = new LinkedHashSet<>(List.of(id, anchorId, childId));
			touched.addAll(birthParents);
			touched.addAll(anchor.linked());
			List<String> households = new ArrayList<>(anchor.households());
			if (existing) {
				touched.addAll(other.linked());
				households.addAll(other.households());
			}
			recording.record(CHANGE_KIND, touched, households, List.of());
			log.info("Casework: person {} {} as {} of {}", id, existing ? "linked" : "added", relation.code(), anchorId);
			return new Answers.Saved(id, RevisionLog.person(id), existing ? version(other.person()) : 1, summary);
		});
	}

	// ---- correcting a person

	Answers.Saved correctDetails(String childId, String personId, Requests.CorrectDetails r) {
		return inTransaction(() -> {
			ChangeLog.Recording recording = changes.begin();
			lock(personId);
			reachable(childId, personId);
			refuseTextProblems(r);
			DETAILS_GIVEN.refusal(r.person()).ifPresent(s -> { throw new InvalidChangeException("/person", s); });
			PersonState state = state(personId).orElseThrow();
			String subject = RevisionLog.person(personId);
			long current = checkVersion(r.version(), version(state.person()), subject, People.name(state.person()));
			PersonDoc merged = personDoc(personId, r.person(), state.person());
			List<PersonDoc> persons = new ArrayList<>(List.of(merged));
			List<ParentLinkDoc> links = new ArrayList<>();
			state.birthParents().forEach(m -> {
				persons.add(personDoc(m));
				links.add(new ParentLinkDoc((String) m.get("id"), personId, ParentLinkType.BIRTH.code(), null, null, null));
			});
			state.birthChildren().forEach(m -> {
				persons.add(personDoc(m));
				links.add(new ParentLinkDoc(personId, (String) m.get("id"), ParentLinkType.BIRTH.code(), null, null, null));
			});
			PointerMap map = new PointerMap().map("/persons/0(?=/|$)", "/person").map("/persons/\\d+", null)
				.map("/parentLinks.*", "/person/birthDate");
			names(map, state.person());
			state.birthParents().forEach(m -> names(map, m));
			state.birthChildren().forEach(m -> names(map, m));
			refuseIfAny(map.apply(rules.check(new NetworkDocument("casework", persons, links, null, null, null, null, null,
					null, null, null, null, null, null))));
			Map<String, Object> wanted = personProps(merged);
			Map<String, Object> changed = new LinkedHashMap<>();
			for (String field : PERSON_FIELDS) {
				if (!Objects.equals(state.person().get(field), wanted.get(field))) {
					changed.put(field, wanted.get(field));
				}
			}
			if (changed.containsKey("postcode")) {
				// The coordinates were those of the old postcode: the distance is unknown until new ones are imported.
				changed.put("latitude", null);
				changed.put("longitude", null);
				changed.put("location", null);
			}
			return save(recording, childId, personId, subject, current, "corrected", r.note(), state, changed,
					"details of " + People.name(wanted) + " corrected");
		});
	}

	Answers.Saved changeRisk(String childId, String personId, Requests.ChangeRisk r) {
		return inTransaction(() -> {
			ChangeLog.Recording recording = changes.begin();
			lock(personId);
			reachable(childId, personId);
			refuseTextProblems(r);
			if (r.riskToChildren() == null) {
				throw new InvalidChangeException("/riskToChildren", "Say whether the person is a risk to children (true or false)");
			}
			PersonState state = state(personId).orElseThrow();
			String subject = RevisionLog.person(personId);
			long current = checkVersion(r.version(), version(state.person()), subject, People.name(state.person()));
			PersonDoc stored = personDoc(state.person());
			PersonDoc merged = new PersonDoc(stored.id(), stored.sourceId(), stored.givenName(), stored.familyName(),
					stored.alsoKnownAs(), stored.sex(), stored.gender(), stored.birthDate(), stored.deceased(), stored.deathDate(),
					stored.ethnicity(), stored.religion(), stored.firstLanguage(), stored.otherLanguages(), stored.postcode(),
					stored.latitude(), stored.longitude(), stored.contactDetails(), r.riskToChildren(), text(r.riskNote()));
			PointerMap map = new PointerMap().map("/persons/0/riskNote", "/riskNote")
				.map("/persons/0/riskToChildren", "/riskToChildren");
			names(map, state.person());
			refuseIfAny(map.apply(rules.check(new NetworkDocument("casework", List.of(merged), null, null, null, null, null,
					null, null, null, null, null, null, null))));
			Map<String, Object> changed = new LinkedHashMap<>();
			if (!Objects.equals(Boolean.TRUE.equals(state.person().get("riskToChildren")), r.riskToChildren())) {
				changed.put("riskToChildren", r.riskToChildren());
			}
			if (!Objects.equals(state.person().get("riskNote"), text(r.riskNote()))) {
				changed.put("riskNote", text(r.riskNote()));
			}
			return save(recording, childId, personId, subject, current, "risk", r.note(), state, changed,
					(r.riskToChildren() ? "risk to children flagged for " : "risk to children cleared for ")
							+ People.name(state.person()));
		});
	}

	private Answers.Saved save(ChangeLog.Recording recording, String childId, String personId, String subject, long current,
			String kind, String note, PersonState state, Map<String, Object> changed, String summary) {
		if (changed.isEmpty()) {
			return new Answers.Saved(personId, subject, current, "nothing changed");
		}
		long version = neo4j.query(q.get("update-person")).bind(personId).to("id").bind(changed).to("changes")
			.fetchAs(Long.class).mappedBy((t, row) -> row.get("version").asLong()).one().orElseThrow();
		Map<String, Object> shown = new LinkedHashMap<>(changed);
		shown.remove("location");
		revisions.record(childId, subject, version, kind, note, fields(state.person(), shown));
		Set<String> touched = new LinkedHashSet<>(List.of(personId));
		touched.addAll(state.linked());
		recording.record(CHANGE_KIND, touched, state.households(), List.of());
		log.info("Casework: person {} {} (version {})", personId, kind, version);
		return new Answers.Saved(personId, subject, version, summary);
	}

	// ---- links

	Answers.Saved changePartnership(String childId, String a, String b, Requests.ChangePartnership r) {
		return inTransaction(() -> {
			ChangeLog.Recording recording = changes.begin();
			lock(a, b);
			reachable(childId, a);
			reachable(childId, b);
			refuseTextProblems(r);
			String[] pair = sorted(a, b);
			String subject = RevisionLog.partnership(pair[0], pair[1]);
			Map<String, Object> link = link("partnership", map("a", pair[0], "b", pair[1]))
				.orElseThrow(() -> new NotFoundException("No partnership of '" + a + "' and '" + b + "' is recorded"));
			long current = checkVersion(r.version(), version(link), subject, "This partnership");
			String status = blank(r.status()) ? PartnershipStatus.CURRENT.code() : r.status();
			PointerMap map = new PointerMap().map("/partnerships/0(?=/|$)", "").map("/partnerships.*", "");
			refuseIfAny(map.apply(rules.check(new NetworkDocument("casework", null, null,
					List.of(new PartnershipDoc(List.of(pair[0], pair[1]), r.type(), status, r.from(), r.to())), null, null, null,
					null, null, null, null, null, null, null))));
			Map<String, Object> wanted = map("type", code(r.type()), "status", code(status), "from", text(r.from()),
					"to", text(r.to()));
			return saveLink(recording, childId, "update-partnership", map("a", pair[0], "b", pair[1]), subject, current,
					link, wanted, r.note(), List.of(a, b), "partnership changed");
		});
	}

	Answers.Saved changeParentLink(String childId, String parent, String child, Requests.ChangeParentLink r) {
		return inTransaction(() -> {
			ChangeLog.Recording recording = changes.begin();
			lock(parent, child);
			reachable(childId, parent);
			reachable(childId, child);
			refuseTextProblems(r);
			String subject = RevisionLog.parentLink(parent, child);
			Map<String, Object> link = link("parent-link", map("parent", parent, "child", child))
				.orElseThrow(() -> new NotFoundException("No parent link from '" + parent + "' to '" + child + "' is recorded"));
			long current = checkVersion(r.version(), version(link), subject, "This parent link");
			PersonState p = state(parent).orElseThrow();
			PersonState c = state(child).orElseThrow();
			PointerMap map = new PointerMap().map("/persons/\\d+", null).map("/parentLinks/0(?=/)", "")
				.map("/parentLinks.*", "/type");
			names(map, p.person());
			names(map, c.person());
			refuseIfAny(map.apply(rules.check(new NetworkDocument("casework", List.of(personDoc(p.person()), personDoc(c.person())),
					List.of(new ParentLinkDoc(parent, child, r.type(), r.parentalResponsibility(), r.from(), r.to())), null,
					null, null, null, null, null, null, null, null, null, null))));
			Map<String, Object> wanted = map("type", code(r.type()), "parentalResponsibility", r.parentalResponsibility(),
					"from", text(r.from()), "to", text(r.to()));
			Answers.Saved saved = saveLink(recording, childId, "update-parent-link", map("parent", parent, "child", child),
					subject, current, link, wanted, r.note(), List.of(parent, child), "parent link changed");
			return saved;
		});
	}

	private Answers.Saved saveLink(ChangeLog.Recording recording, String childId, String query, Map<String, Object> ids,
			String subject, long current, Map<String, Object> link, Map<String, Object> wanted, String note,
			List<String> persons, String summary) {
		Map<String, Object> changed = new LinkedHashMap<>();
		wanted.forEach((field, value) -> {
			if (!Objects.equals(link.get(field), value)) {
				changed.put(field, value);
			}
		});
		if (changed.isEmpty()) {
			return new Answers.Saved(persons.get(0), subject, current, "nothing changed");
		}
		Map<String, Object> parameters = new HashMap<>(ids);
		parameters.put("changes", changed);
		long version = neo4j.query(q.get(query)).bindAll(parameters).fetchAs(Long.class)
			.mappedBy((t, row) -> row.get("version").asLong()).one().orElseThrow();
		if (changed.containsKey("type")) {
			PointerMap map = new PointerMap().map("/parentLinks.*", "/type");
			persons.forEach(id -> state(id).ifPresent(st -> names(map, st.person())));
			refuseIfAny(map.apply(rules.checkParentage(persons)));
		}
		revisions.record(childId, subject, version, "changed", note, fields(link, changed));
		Set<String> touched = new LinkedHashSet<>(persons);
		List<String> households = new ArrayList<>();
		for (String id : persons) {
			state(id).ifPresent(s -> {
				touched.addAll(s.linked());
				households.addAll(s.households());
			});
		}
		recording.record(CHANGE_KIND, touched, households, List.of());
		log.info("Casework: {} (version {})", subject, version);
		return new Answers.Saved(persons.get(0), subject, version, summary);
	}

	// ---- removing what was entered by mistake

	Answers.Saved removePerson(String childId, String personId, Requests.Removal r) {
		return inTransaction(() -> {
			ChangeLog.Recording recording = changes.begin();
			lock(personId);
			reachable(childId, personId);
			refuseTextProblems(r);
			NOT_THE_CHILD.refusal(childId, personId).ifPresent(s -> { throw new InvalidChangeException("", s); });
			REASON_REQUIRED.refusal(r.reason()).ifPresent(s -> { throw new InvalidChangeException("/reason", s); });
			PersonState state = state(personId).orElseThrow();
			String subject = RevisionLog.person(personId);
			long current = checkVersion(r.version(), version(state.person()), subject, People.name(state.person()));
			neo4j.query(q.get("remove-person")).bind(personId).to("id").run();
			Map<String, Object> gone = new LinkedHashMap<>();
			state.person().keySet().stream().filter(k -> !"location".equals(k) && !"version".equals(k))
				.forEach(k -> gone.put(k, null));
			List<Answers.FieldChange> fields = new ArrayList<>(fields(state.person(), gone));
			fields.add(new Answers.FieldChange("links", String.join(", ", state.linked()), ""));
			revisions.record(childId, subject, current + 1, "removed", r.reason().trim(), fields);
			Set<String> touched = new LinkedHashSet<>(List.of(personId));
			touched.addAll(state.linked());
			recording.record(CHANGE_KIND, touched, state.households(), List.of());
			log.info("Casework: person {} removed", personId);
			return new Answers.Saved(personId, subject, 0, People.name(state.person()) + " removed");
		});
	}

	/** The kinds of link a removal names, with their queries and history keys. */
	enum LinkKind {
		PARENT_LINK("parent-link", "remove-parent-link", "parent", "child", false),
		PARTNERSHIP("partnership", "remove-partnership", "a", "b", true),
		SIBLING_LINK("sibling-link", "remove-sibling-link", "a", "b", true),
		CONNECTION("connection", "remove-connection", "person", "child", false);

		final String read;
		final String remove;
		final String first;
		final String second;
		final boolean unordered;

		LinkKind(String read, String remove, String first, String second, boolean unordered) {
			this.read = read;
			this.remove = remove;
			this.first = first;
			this.second = second;
			this.unordered = unordered;
		}

		String subject(String x, String y) {
			return read + ":" + x + (unordered ? "&" : ">") + y;
		}
	}

	Answers.Saved removeLink(String childId, LinkKind kind, String x, String y, Requests.Removal r) {
		return inTransaction(() -> {
			ChangeLog.Recording recording = changes.begin();
			lock(x, y);
			reachable(childId, x);
			reachable(childId, y);
			refuseTextProblems(r);
			REASON_REQUIRED.refusal(r.reason()).ifPresent(s -> { throw new InvalidChangeException("/reason", s); });
			String[] pair = kind.unordered ? sorted(x, y) : new String[] { x, y };
			Map<String, Object> ids = map(kind.first, pair[0], kind.second, pair[1]);
			String subject = kind.subject(pair[0], pair[1]);
			Map<String, Object> link = link(kind.read, ids)
				.orElseThrow(() -> new NotFoundException("No such link between '" + x + "' and '" + y + "' is recorded"));
			long current = checkVersion(r.version(), version(link), subject, "This link");
			neo4j.query(q.get(kind.remove)).bindAll(ids).run();
			Map<String, Object> gone = new LinkedHashMap<>();
			link.keySet().stream().filter(k -> !"version".equals(k)).forEach(k -> gone.put(k, null));
			revisions.record(childId, subject, current + 1, "removed", r.reason().trim(), fields(link, gone));
			Set<String> touched = new LinkedHashSet<>(List.of(x, y));
			List<String> households = new ArrayList<>();
			for (String id : List.of(x, y)) {
				state(id).ifPresent(s -> {
					touched.addAll(s.linked());
					households.addAll(s.households());
				});
			}
			recording.record(CHANGE_KIND, touched, households, List.of());
			log.info("Casework: {} removed", subject);
			return new Answers.Saved(x, subject, 0, "link removed");
		});
	}

	// ---- history

	Answers.History history(String childId, String personId, String subject, Supplier<Long> currentVersion) {
		return transactions.execute(status -> {
			Reach reach = reach(childId, personId);
			CHILD_LOOKED_AFTER.refusal(childId, reach).ifPresent(s -> { throw new NotFoundException(s); });
			if (!reach.exists() && revisions.removedFrom(subject, childId)) {
				return new Answers.History(subject, 0, revisions.since(subject, 0));
			}
			IN_CHILDS_NETWORK.refusal(personId, reach).ifPresent(s -> { throw new NotFoundException(s); });
			return new Answers.History(subject, currentVersion.get(), revisions.since(subject, 0));
		});
	}

	Answers.History personHistory(String childId, String personId) {
		String subject = RevisionLog.person(personId);
		return history(childId, personId, subject, () -> state(personId).map(s -> version(s.person())).orElse(0L));
	}

	Answers.History linkHistory(String childId, LinkKind kind, String x, String y) {
		String[] pair = kind.unordered ? sorted(x, y) : new String[] { x, y };
		Map<String, Object> ids = map(kind.first, pair[0], kind.second, pair[1]);
		return history(childId, x, kind.subject(pair[0], pair[1]), () -> link(kind.read, ids).map(NetworkEditor::version).orElse(0L));
	}

	// ---- checks

	private <T> T inTransaction(Supplier<T> work) {
		return TransientRetry.run("casework change", () -> transactions.execute(status -> work.get()));
	}

	/** Holds the write locks of these persons until commit (see casework/lock.cypher); nulls are skipped. */
	private void lock(String... ids) {
		List<String> sorted = java.util.Arrays.stream(ids).filter(Objects::nonNull).distinct().sorted().toList();
		neo4j.query(q.get("lock")).bind(sorted).to("ids").run();
	}

	private Reach reach(String childId, String personId) {
		return neo4j.query(q.get("reach")).bind(childId).to("child").bind(personId).to("person")
			.fetchAs(Reach.class)
			.mappedBy((t, row) -> new Reach(row.get("inCare").asBoolean(), row.get("exists").asBoolean(),
					row.get("inNetwork").asBoolean()))
			.one().orElseThrow();
	}

	private void reachable(String childId, String personId) {
		Reach reach = reach(childId, personId);
		CHILD_LOOKED_AFTER.refusal(childId, reach).ifPresent(s -> { throw new NotFoundException(s); });
		IN_CHILDS_NETWORK.refusal(personId, reach).ifPresent(s -> { throw new NotFoundException(s); });
	}

	private static void refuseTextProblems(Record request) {
		List<NetworkRules.Problem> problems = NetworkRules.checkText(request);
		refuseIfAny(problems.stream().map(p -> new InvalidChangeException.Problem(p.pointer(), p.message())).toList());
	}

	private static void refuseIfAny(List<InvalidChangeException.Problem> problems) {
		if (!problems.isEmpty()) {
			throw new InvalidChangeException(problems);
		}
	}

	/** The version the change is based on must be the current one; returns it. */
	private long checkVersion(Long given, long current, String subject, String what) {
		switch (CURRENT_VERSION.check(given, current)) {
			case MISSING -> throw new InvalidChangeException("/version", EditRules.CurrentVersion.MISSING_SENTENCE);
			case STALE -> throw new StaleVersionException(what, given, current, revisions.since(subject, given));
			default -> {
				return current;
			}
		}
	}

	// ---- reading

	/** A person as {@code casework/person-state} reads them. */
	record PersonState(Map<String, Object> person, List<String> households, List<Map<String, Object>> birthParents,
			List<Map<String, Object>> birthChildren, List<String> linked, String multipleBirth) {
	}

	@SuppressWarnings("unchecked")
	private Optional<PersonState> state(String id) {
		return neo4j.query(q.get("person-state")).bind(id).to("id").fetch().one()
			.map(row -> new PersonState((Map<String, Object>) row.get("person"), (List<String>) row.get("households"),
					(List<Map<String, Object>>) row.get("birthParents"), (List<Map<String, Object>>) row.get("birthChildren"),
					((List<String>) row.get("linked")).stream().distinct().toList(), (String) row.get("multipleBirth")));
	}

	@SuppressWarnings("unchecked")
	private Optional<Map<String, Object>> link(String query, Map<String, Object> ids) {
		return neo4j.query(q.get(query)).bindAll(ids).fetch().one().map(row -> (Map<String, Object>) row.get("link"));
	}

	static long version(Map<String, Object> stored) {
		return stored.get("version") instanceof Number n ? n.longValue() : 1L;
	}

	// ---- documents and properties

	/** The fields a correction writes, in the order the history lists them. */
	static final List<String> PERSON_FIELDS = List.of("givenName", "familyName", "alsoKnownAs", "sex", "birthDate",
			"birthDateEstimate", "deceased", "deathDate", "postcode", "phone", "email", "address", "ethnicity", "religion",
			"firstLanguage", "otherLanguages");

	/** A person's record for the rules: the details given, over what is stored and the card does not edit. */
	@SuppressWarnings("unchecked")
	static PersonDoc personDoc(String id, PersonDetails d, Map<String, Object> stored) {
		PersonDetails.Contact c = d.contactDetails();
		ContactDetailsDoc contact = c == null || (blank(c.phone()) && blank(c.email()) && blank(c.address())) ? null
				: new ContactDetailsDoc(text(c.phone()), text(c.email()), text(c.address()));
		return new PersonDoc(id, (String) stored.get("sourceId"), text(d.givenName()), text(d.familyName()),
				list(d.alsoKnownAs()), text(d.sex()), (String) stored.get("gender"), text(d.birthDate()), d.deceased(),
				text(d.deathDate()), text(d.ethnicity()), text(d.religion()), text(d.firstLanguage()), list(d.otherLanguages()),
				text(d.postcode()), (Double) stored.get("latitude"), (Double) stored.get("longitude"), contact,
				Boolean.TRUE.equals(stored.get("riskToChildren")) ? Boolean.TRUE : null, (String) stored.get("riskNote"));
	}

	/** A stored person as a record for the rules. */
	@SuppressWarnings("unchecked")
	static PersonDoc personDoc(Map<String, Object> p) {
		ContactDetailsDoc contact = p.get("phone") == null && p.get("email") == null && p.get("address") == null ? null
				: new ContactDetailsDoc((String) p.get("phone"), (String) p.get("email"), (String) p.get("address"));
		return new PersonDoc((String) p.get("id"), (String) p.get("sourceId"), (String) p.get("givenName"),
				(String) p.get("familyName"), (List<String>) p.get("alsoKnownAs"), (String) p.get("sex"),
				(String) p.get("gender"), (String) p.get("birthDate"), p.get("deceased") == null ? null : Boolean.TRUE.equals(p.get("deceased")),
				(String) p.get("deathDate"), (String) p.get("ethnicity"), (String) p.get("religion"),
				(String) p.get("firstLanguage"), (List<String>) p.get("otherLanguages"), (String) p.get("postcode"),
				p.get("latitude") instanceof Number n ? n.doubleValue() : null,
				p.get("longitude") instanceof Number n ? n.doubleValue() : null, contact,
				Boolean.TRUE.equals(p.get("riskToChildren")) ? Boolean.TRUE : null, (String) p.get("riskNote"));
	}

	/** The stored fields of a person's record, as the import stores them (sex lower case, deceased from a death date). */
	static Map<String, Object> personProps(PersonDoc p) {
		var contact = p.contactDetails();
		boolean deceased = Boolean.TRUE.equals(p.deceased()) || !blank(p.deathDate());
		return props("sourceId", p.sourceId(), "givenName", p.givenName(), "familyName", p.familyName(),
				"alsoKnownAs", p.alsoKnownAs(), "sex", p.sex() == null ? "unknown" : code(p.sex()), "gender", p.gender(),
				"birthDate", p.birthDate(),
				"birthDateEstimate", PartialDate.parse(p.birthDate()).map(PartialDate::estimate).orElse(null),
				"deceased", deceased, "deathDate", p.deathDate(), "ethnicity", p.ethnicity(), "religion", p.religion(),
				"firstLanguage", p.firstLanguage(), "otherLanguages", p.otherLanguages(), "postcode", p.postcode(),
				"latitude", p.latitude(), "longitude", p.longitude(), "phone", contact == null ? null : contact.phone(),
				"email", contact == null ? null : contact.email(), "address", contact == null ? null : contact.address(),
				"riskToChildren", Boolean.TRUE.equals(p.riskToChildren()), "riskNote", p.riskNote());
	}

	/** Half-siblings through their mother or their father (the shared parent's recorded sex), or not known which. */
	static SiblingLinkType halfThrough(String sharedParent, PersonState anchor) {
		Object sex = anchor.birthParents().stream().filter(m -> Objects.equals(m.get("id"), sharedParent)).findFirst()
			.map(m -> m.get("sex")).orElse(null);
		return "female".equals(sex) ? SiblingLinkType.HALF_MATERNAL
				: "male".equals(sex) ? SiblingLinkType.HALF_PATERNAL : SiblingLinkType.HALF_UNKNOWN;
	}

	private static PersonDetails withBirthDate(PersonDetails d, String birthDate) {
		return new PersonDetails(d.givenName(), d.familyName(), d.alsoKnownAs(), d.sex(), birthDate, d.deceased(),
				d.deathDate(), d.postcode(), d.contactDetails(), d.ethnicity(), d.religion(), d.firstLanguage(),
				d.otherLanguages());
	}

	/** Each field whose value differs, from the stored value to the new one, as text. */
	static List<Answers.FieldChange> fields(Map<String, Object> before, Map<String, Object> after) {
		List<Answers.FieldChange> fields = new ArrayList<>();
		after.forEach((field, value) -> {
			if (!"birthDateEstimate".equals(field) && !Objects.equals(before.get(field), value)) {
				fields.add(new Answers.FieldChange(field, RevisionLog.text(before.get(field)), RevisionLog.text(value)));
			}
		});
		return fields;
	}

	private static void names(PointerMap map, Map<String, Object> person) {
		map.name((String) person.get("id"), People.name(person));
	}

	private static String[] sorted(String a, String b) {
		return a.compareTo(b) <= 0 ? new String[] { a, b } : new String[] { b, a };
	}

	/** A map of the given key-value pairs, keeping nulls (a null in a change removes the field). */
	static Map<String, Object> map(Object... pairs) {
		Map<String, Object> m = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			m.put((String) pairs[i], pairs[i + 1]);
		}
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

	private static List<String> list(List<String> values) {
		if (values == null) {
			return null;
		}
		List<String> kept = values.stream().filter(Objects::nonNull).map(String::trim).filter(v -> !v.isEmpty()).toList();
		return kept.isEmpty() ? null : kept;
	}

	static String code(String value) {
		return blank(value) ? null : value.trim().toLowerCase(Locale.ROOT);
	}

	static String text(String value) {
		return blank(value) ? null : value.trim();
	}

	static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	static Collection<String> ids(Collection<Map<String, Object>> persons) {
		return persons.stream().map(m -> (String) m.get("id")).toList();
	}
}
