package org.kinmap.familyfinding;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.kinmap.changes.ChangeLog;
import org.kinmap.familyfinding.FamilyFindingViews.ContactView;
import org.kinmap.familyfinding.FamilyFindingViews.FamilyFindingView;
import org.kinmap.familyfinding.FamilyFindingViews.RelativeLogView;
import org.kinmap.familyfinding.FamilyFindingViews.SearchView;
import org.kinmap.network.PersonRef;
import org.kinmap.system.Coded;
import org.kinmap.system.CypherQueries;
import org.kinmap.system.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The family-finding log of each looked-after child: how each relative was found, every contact attempt, their stated
 * wish, do not contact, and the searches of the network. Each write is one transaction, validated whole before anything
 * is written, attributed to the person signed in and an entry of the change sequence ({@link ChangeLog#FAMILY_FINDING}).
 * The work list reads {@link #outreach} (the kinship module depends on this one, never the other way).
 */
@Service
public class FamilyFindingLog {

	private static final Logger log = LoggerFactory.getLogger(FamilyFindingLog.class);

	private final Neo4jClient neo4j;
	private final String logQuery;
	private final String subjectsQuery;
	private final String recordContactQuery;
	private final String updateLogQuery;
	private final String recordSearchQuery;
	private final ChangeLog changes;
	private final Clock clock;
	private final List<RelativeRule> rules;
	private final ReSearchDueRule reSearch;

	FamilyFindingLog(Neo4jClient neo4j, CypherQueries queries, ChangeLog changes, Clock clock,
			FamilyFindingProperties properties) {
		this.neo4j = neo4j;
		this.logQuery = queries.require("familyfinding/log");
		this.subjectsQuery = queries.require("familyfinding/subjects");
		this.recordContactQuery = queries.require("familyfinding/record-contact");
		this.updateLogQuery = queries.require("familyfinding/update-log");
		this.recordSearchQuery = queries.require("familyfinding/record-search");
		this.changes = changes;
		this.clock = clock;
		this.rules = rules(properties);
		this.reSearch = new ReSearchDueRule(properties.reSearchAfter(), properties.planDecisionWithin());
	}

	/** The work list's marks, in the order they are read. */
	static List<RelativeRule> rules(FamilyFindingProperties properties) {
		return List.of(new NeverContactedRule(), new NotContactedRecentlyRule(properties.notContactedAfter()),
				new NextStepOverdueRule());
	}

	/** The child's family-finding state for the work list; a child with nothing logged has every relative unlogged. */
	@Transactional(readOnly = true)
	public ChildOutreach outreach(String childId) {
		Loaded l = load(childId).orElse(new Loaded(false, null, List.of(), List.of(), List.of()));
		LocalDate today = today();
		boolean reasons = Viewers.readsDoNotContactReasons();
		Map<String, RelativeOutreach> relatives = new LinkedHashMap<>();
		for (String personId : l.personIds()) {
			relatives.put(personId, outreach(l.entry(personId), l.attemptsOf(personId), today, reasons));
		}
		Search last = l.lastSearch();
		Optional<String> due = reSearch.judge(last == null ? null : last.on(), l.nextReviewDue(), today);
		return new ChildOutreach(childId, last == null ? null : last.on(), last == null ? null : last.kind(),
				due.isPresent(), due.orElse(null), relatives, outreach(null, List.of(), today, reasons));
	}

	/** The child's whole log, for the relatives page and the API. */
	@Transactional(readOnly = true)
	FamilyFindingView view(String childId) {
		Loaded l = load(childId).filter(Loaded::inCare)
			.orElseThrow(() -> new NotFoundException("No looked-after child has the id '" + childId + "'"));
		LocalDate today = today();
		boolean reasons = Viewers.readsDoNotContactReasons();
		List<RelativeLogView> relatives = new ArrayList<>();
		for (String personId : l.personIds()) {
			Entry e = l.entry(personId);
			List<Attempt> attempts = l.attemptsOf(personId);
			String name = e != null ? e.name() : attempts.get(0).name();
			RelativeOutreach o = outreach(e, attempts, today, reasons);
			relatives.add(new RelativeLogView(personId, name, e == null ? null : e.foundThrough(),
					e == null ? null : Coded.label(FoundThrough.class, e.foundThrough()), e == null ? null : e.foundWhere(),
					e == null ? null : e.foundOn(), e == null ? null : e.wish(), e == null ? null : e.wishOn(),
					o.doNotContact(), o.doNotContactReason(), o.doNotContactNote(), e == null ? null : e.updatedBy(),
					e == null ? null : e.updatedAt(), attempts.stream().map(FamilyFindingLog::contactView).toList(),
					o.lastContact(), o.nextStep(), o.nextStepOn(), o.marks()));
		}
		relatives.sort(Comparator.comparing(RelativeLogView::name).thenComparing(RelativeLogView::personId));
		Search last = l.lastSearch();
		Optional<String> due = reSearch.judge(last == null ? null : last.on(), l.nextReviewDue(), today);
		List<SearchView> searches = l.searches().stream()
			.sorted(Comparator.comparing(Search::on).reversed().thenComparing(Search::id))
			.map(s -> new SearchView(s.id(), s.kind(), Coded.label(SearchKind.class, s.kind()), s.on(), s.note(),
					s.recordedBy(), s.recordedAt()))
			.toList();
		return new FamilyFindingView(childId, last == null ? null : last.on(), last == null ? null : last.kind(),
				due.isPresent(), due.orElse(null), searches, relatives);
	}

	@Transactional
	ContactView recordContact(String childId, String personId, ContactRequest r) {
		ChangeLog.Recording recording = changes.begin();
		checkSubjects(childId, personId);
		refuseAny(FindingValidator.contact(r, today()));
		Map<String, Object> attempt = props("id", "ca-" + UUID.randomUUID(), "childId", childId, "personId", personId,
				"on", LocalDate.parse(r.on().trim()), "mode", code(AttemptMode.class, r.mode()),
				"outcome", code(AttemptOutcome.class, r.outcome()), "note", trimmed(r.note()), "nextStep", trimmed(r.nextStep()),
				"nextStepOn", FindingValidator.blank(r.nextStepOn()) ? null : LocalDate.parse(r.nextStepOn().trim()),
				"recordedBy", Viewers.username(), "recordedAt", Instant.now().toString());
		neo4j.query(recordContactQuery).bind(attempt).to("attempt").run();
		recording.record(ChangeLog.FAMILY_FINDING, List.of(childId, personId), List.of(), List.of());
		log.debug("Recorded contact attempt {} for child {}", attempt.get("id"), childId);
		return contactView(attempt(attempt, null));
	}

	@Transactional
	RelativeLogView updateLog(String childId, String personId, LogRequest r) {
		ChangeLog.Recording recording = changes.begin();
		checkSubjects(childId, personId);
		refuseAny(FindingValidator.log(r, today()));
		boolean flagged = Boolean.TRUE.equals(r.doNotContact());
		Map<String, Object> entry = props("foundThrough", code(FoundThrough.class, r.foundThrough()),
				"foundWhere", trimmed(r.foundWhere()), "foundOn", date(r.foundOn()), "wish", trimmed(r.wish()),
				"wishOn", date(r.wishOn()), "doNotContact", flagged, "doNotContactReason", flagged ? trimmed(r.doNotContactReason()) : null,
				"updatedBy", Viewers.username(), "updatedAt", Instant.now().toString());
		neo4j.query(updateLogQuery).bind(Map.of("childId", childId, "personId", personId, "props", entry)).to("log").run();
		recording.record(ChangeLog.FAMILY_FINDING, List.of(childId, personId), List.of(), List.of());
		log.debug("Updated the family-finding log of child {}", childId);
		return view(childId).relatives().stream().filter(v -> v.personId().equals(personId)).findFirst().orElseThrow();
	}

	@Transactional
	SearchView recordSearch(String childId, SearchRequest r) {
		ChangeLog.Recording recording = changes.begin();
		checkSubjects(childId, null);
		refuseAny(FindingValidator.search(r, today()));
		Map<String, Object> search = props("id", "ns-" + UUID.randomUUID(), "childId", childId,
				"kind", code(SearchKind.class, r.kind()), "on", LocalDate.parse(r.on().trim()), "note", trimmed(r.note()),
				"recordedBy", Viewers.username(), "recordedAt", Instant.now().toString());
		neo4j.query(recordSearchQuery).bind(search).to("search").run();
		recording.record(ChangeLog.FAMILY_FINDING, List.of(childId), List.of(), List.of());
		Search s = search(search);
		return new SearchView(s.id(), s.kind(), Coded.label(SearchKind.class, s.kind()), s.on(), s.note(), s.recordedBy(),
				s.recordedAt());
	}

	/** The child is looked after and the relative is a person kinmap holds, other than the child. */
	private void checkSubjects(String childId, String personId) {
		Map<String, Object> row = neo4j.query(subjectsQuery).bind(childId).to("childId").bind(personId).to("personId")
			.fetch().one().orElseThrow();
		if (!Boolean.TRUE.equals(row.get("inCare"))) {
			throw new NotFoundException("No looked-after child has the id '" + childId + "'");
		}
		if (personId != null && !Boolean.TRUE.equals(row.get("personExists"))) {
			throw new NotFoundException("No person has the id '" + personId + "'");
		}
		if (childId.equals(personId)) {
			throw new InvalidFindingException(List.of(new FindingProblem("/",
					"a family-finding log is about the child's relatives, not the child")));
		}
	}

	private static void refuseAny(List<FindingProblem> problems) {
		if (!problems.isEmpty()) {
			throw new InvalidFindingException(problems);
		}
	}

	private RelativeOutreach outreach(Entry e, List<Attempt> attempts, LocalDate today, boolean reasons) {
		Attempt latest = attempts.isEmpty() ? null : attempts.get(0);
		LastContact last = latest == null ? null : new LastContact(latest.on(), latest.mode(),
				Coded.label(AttemptMode.class, latest.mode()), latest.outcome(), Coded.label(AttemptOutcome.class, latest.outcome()));
		boolean dnc = e != null && e.doNotContact();
		List<Mark> marks = dnc ? List.of()
				: rules.stream().map(r -> r.judge(new RelativeRule.Facts(attempts, today))).flatMap(Optional::stream).toList();
		String note = !dnc ? null : reasons ? "Do not contact: " + Attempt.sentence(e.doNotContactReason())
				: "Do not contact. The reason is seen by the child's social workers and managers.";
		return new RelativeOutreach(last, latest == null ? null : latest.nextStep(), latest == null ? null : latest.nextStepOn(),
				marks, dnc, dnc && reasons ? e.doNotContactReason() : null, note);
	}

	@SuppressWarnings("unchecked")
	private Optional<Loaded> load(String childId) {
		return neo4j.query(logQuery).bind(childId).to("childId").fetch().one().map(row -> new Loaded(
				Boolean.TRUE.equals(row.get("inCare")), (LocalDate) row.get("nextReviewDue"),
				((List<Map<String, Object>>) row.get("logs")).stream().filter(Objects::nonNull).map(FamilyFindingLog::entry).toList(),
				((List<Map<String, Object>>) row.get("attempts")).stream().filter(Objects::nonNull)
					.map(m -> attempt(m, PersonRef.People.name(m)))
					.sorted(Comparator.comparing(Attempt::on).thenComparing(a -> String.valueOf(a.recordedAt())).reversed())
					.toList(),
				((List<Map<String, Object>>) row.get("searches")).stream().filter(Objects::nonNull).map(FamilyFindingLog::search).toList()));
	}

	/** What one read of the log holds. */
	private record Loaded(boolean inCare, LocalDate nextReviewDue, List<Entry> entries, List<Attempt> attempts,
			List<Search> searches) {

		List<String> personIds() {
			return Stream.concat(entries.stream().map(Entry::personId), attempts.stream().map(Attempt::personId)).distinct().toList();
		}

		Entry entry(String personId) {
			return entries.stream().filter(e -> e.personId().equals(personId)).findFirst().orElse(null);
		}

		List<Attempt> attemptsOf(String personId) {
			return attempts.stream().filter(a -> a.personId().equals(personId)).toList();
		}

		/**
		 * The latest search: a recorded search, or a relative found through a records search, a genogram session or
		 * a family group conference on a recorded day.
		 */
		Search lastSearch() {
			var searchKinds = Arrays.stream(SearchKind.values()).map(Coded::code).collect(Collectors.toSet());
			return Stream.concat(searches.stream(), entries.stream()
				.filter(e -> e.foundOn() != null && searchKinds.contains(e.foundThrough()))
				.map(e -> new Search(null, e.foundThrough(), e.foundOn(), null, e.updatedBy(), e.updatedAt())))
				.max(Comparator.comparing(Search::on)).orElse(null);
		}
	}

	/** A relative's log entry as stored. */
	private record Entry(String personId, String name, String foundThrough, String foundWhere, LocalDate foundOn,
			String wish, LocalDate wishOn, boolean doNotContact, String doNotContactReason, String updatedBy,
			String updatedAt) {
	}

	/** A search of the network as stored. */
	private record Search(String id, String kind, LocalDate on, String note, String recordedBy, String recordedAt) {
	}

	private static Entry entry(Map<String, Object> m) {
		return new Entry((String) m.get("personId"), PersonRef.People.name(m), (String) m.get("foundThrough"),
				(String) m.get("foundWhere"), (LocalDate) m.get("foundOn"), (String) m.get("wish"), (LocalDate) m.get("wishOn"),
				Boolean.TRUE.equals(m.get("doNotContact")), (String) m.get("doNotContactReason"), (String) m.get("updatedBy"),
				(String) m.get("updatedAt"));
	}

	private static Attempt attempt(Map<String, Object> m, String name) {
		return new Attempt((String) m.get("id"), (String) m.get("personId"), name, (LocalDate) m.get("on"),
				(String) m.get("mode"), (String) m.get("outcome"), (String) m.get("note"), (String) m.get("nextStep"),
				(LocalDate) m.get("nextStepOn"), (String) m.get("recordedBy"), (String) m.get("recordedAt"));
	}

	private static Search search(Map<String, Object> m) {
		return new Search((String) m.get("id"), (String) m.get("kind"), (LocalDate) m.get("on"), (String) m.get("note"),
				(String) m.get("recordedBy"), (String) m.get("recordedAt"));
	}

	private static ContactView contactView(Attempt a) {
		return new ContactView(a.id(), a.personId(), a.on(), a.mode(), Coded.label(AttemptMode.class, a.mode()), a.outcome(),
				Coded.label(AttemptOutcome.class, a.outcome()), a.note(), a.nextStep(), a.nextStepOn(), a.recordedBy(),
				a.recordedAt());
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	private static <E extends Enum<E> & Coded> String code(Class<E> type, String value) {
		return FindingValidator.blank(value) ? null : Coded.parse(type, value).orElseThrow().code();
	}

	private static String trimmed(String s) {
		return FindingValidator.blank(s) ? null : s.strip();
	}

	private static LocalDate date(String s) {
		return FindingValidator.blank(s) ? null : LocalDate.parse(s.trim());
	}

	private static Map<String, Object> props(Object... pairs) {
		Map<String, Object> m = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			if (pairs[i + 1] != null) {
				m.put((String) pairs[i], pairs[i + 1]);
			}
		}
		return m;
	}
}
