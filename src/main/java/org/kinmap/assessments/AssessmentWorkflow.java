package org.kinmap.assessments;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.kinmap.changes.ChangeLog;
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
 * Assessments of relatives for a child as a workflow: requested, in progress, then positive, negative or withdrawn;
 * Regulation 24 temporary approvals and their one Regulation 25 extension. Each write is one transaction that begins
 * the change sequence's recording, checks the request whole ({@link RequestChecks}) and the workflow's rules
 * ({@link TransitionRule}, {@link RequestRule}, {@link ExtensionRule}) before it writes anything, records who did what
 * in the assessment's history, and ends with the change entry (kind {@value ChangeLog#ASSESSMENT}) naming the relative
 * and the child, so that the work list, the genogram and the gaps show it on the next request, on any instance.
 */
@Service
class AssessmentWorkflow {

	private static final Logger log = LoggerFactory.getLogger(AssessmentWorkflow.class);

	/** The kinds of assessment that are requested and move through the workflow. */
	static final Set<AssessmentType> REQUESTABLE = EnumSet.of(AssessmentType.VIABILITY,
			AssessmentType.CONNECTED_PERSON_FULL, AssessmentType.SPECIAL_GUARDIANSHIP);
	/** What a positive viability assessment opens the way to. */
	static final List<AssessmentType> AFTER_POSITIVE_VIABILITY = List.of(AssessmentType.CONNECTED_PERSON_FULL,
			AssessmentType.SPECIAL_GUARDIANSHIP, AssessmentType.CONNECTED_PERSON_REG24);
	private static final List<AssessmentStatus> STEPS = List.of(AssessmentStatus.IN_PROGRESS, AssessmentStatus.POSITIVE,
			AssessmentStatus.NEGATIVE, AssessmentStatus.WITHDRAWN);
	private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
		.withZone(ZoneOffset.UTC);

	private final Neo4jClient neo4j;
	private final ChangeLog changes;
	private final Clock clock;
	private final String forChildQuery;
	private final String assessmentQuery;
	private final String lockQuery;
	private final String personsQuery;
	private final String requestQuery;
	private final String changeQuery;

	AssessmentWorkflow(Neo4jClient neo4j, CypherQueries queries, ChangeLog changes, Clock clock) {
		this.neo4j = neo4j;
		this.changes = changes;
		this.clock = clock;
		this.forChildQuery = queries.require("assessments/for-child");
		this.assessmentQuery = queries.require("assessments/assessment");
		this.lockQuery = queries.require("assessments/lock");
		this.personsQuery = queries.require("assessments/persons");
		this.requestQuery = queries.require("assessments/request");
		this.changeQuery = queries.require("assessments/change");
	}

	/** Every assessment of a person for the child, earliest requested first; 404 when no person has the id. */
	@Transactional(readOnly = true)
	public List<AssessmentDetail> forChild(String childId) {
		if (!persons(List.of(childId)).containsKey(childId)) {
			throw new NotFoundException("No person has the id '" + shorten(childId) + "'");
		}
		return rows(childId).stream().map(this::detail).toList();
	}

	@Transactional(readOnly = true)
	public Optional<AssessmentDetail> find(String id) {
		return neo4j.query(assessmentQuery).bind(id).to("id").fetch().one().map(this::detail);
	}

	/** The children an assessment is for, for the access check; empty when there is no such assessment. */
	@Transactional(readOnly = true)
	public Optional<List<String>> childrenOf(String id) {
		return find(id).map(AssessmentDetail::children);
	}

	/** Requests an assessment of a relative for a child. */
	@Transactional
	public AssessmentDetail request(String childId, AssessmentRequest r, String username) {
		ChangeLog.Recording recording = changes.begin();
		LocalDate today = LocalDate.now(clock);
		List<FieldProblem> problems = new ArrayList<>(RequestChecks.request(r, today));
		throwIfAny(problems);
		AssessmentType type = r.type() == null ? AssessmentType.VIABILITY
				: Coded.parse(AssessmentType.class, r.type()).orElseThrow();
		String relative = r.relative().trim();
		LocalDate requestedOn = RequestChecks.parseDate(r.requestedOn());
		requirePersons(childId, relative);
		List<Assessment> existing = assessments(childId);
		Verdict verdict = RequestRule.first(RequestRule.REQUEST, type, relative, childId, requestedOn, existing);
		if (!verdict.allowed()) {
			throw AssessmentRefusedException.of(verdict);
		}
		String follows = type == AssessmentType.VIABILITY ? null
				: RequestRule.positiveViability(relative, requestedOn, existing).map(Assessment::id).orElseThrow();
		String id = "as-" + UUID.randomUUID();
		Map<String, Object> props = props("id", id, "type", type.code(), "status", AssessmentStatus.REQUESTED.code(),
				"requestedOn", requestedOn, "assessor", blankToNull(r.assessor()), "notes", blankToNull(r.notes()),
				"extended", false, "requestedBy", username, "updatedBy", username, "version", 0L,
				"openKey", openKey(type, relative, childId));
		Map<String, Object> entry = entry(1, username, "requested", null, AssessmentStatus.REQUESTED, requestedOn, null);
		Map<String, Object> row = new HashMap<>();
		row.put("id", id);
		row.put("props", props);
		row.put("relative", relative);
		row.put("child", childId);
		row.put("follows", follows);
		row.put("change", entry);
		neo4j.query(requestQuery).bind(row).to("assessment").run();
		recording.record(ChangeLog.ASSESSMENT, List.of(relative, childId), List.of(), List.of());
		log.debug("Requested {} {}", type.code(), id);
		return find(id).orElseThrow();
	}

	/** Moves an assessment on: started, concluded positive or negative, withdrawn. */
	@Transactional
	public AssessmentDetail move(String id, StepRequest r, String username) {
		ChangeLog.Recording recording = changes.begin();
		LocalDate today = LocalDate.now(clock);
		throwIfAny(RequestChecks.step(r, today));
		lock(id);
		Map<String, Object> row = neo4j.query(assessmentQuery).bind(id).to("id").fetch().one().orElseThrow();
		Assessment a = assessment(row);
		Step step = new Step(Coded.parse(AssessmentStatus.class, r.status()).orElseThrow(),
				RequestChecks.parseDate(r.on()), blankToNull(r.reason()));
		refuseUnlessAllowed(a, step);
		Map<String, Object> set = new HashMap<>();
		set.put("status", step.to().code());
		set.put("updatedBy", username);
		if (step.to() == AssessmentStatus.IN_PROGRESS) {
			set.put("startedOn", step.on());
		}
		else {
			set.put("concludedOn", step.on());
			set.put("openKey", null);
			if (step.reason() != null) {
				set.put("outcomeReason", step.reason());
			}
		}
		if (blankToNull(r.assessor()) != null) {
			set.put("assessor", r.assessor().trim());
		}
		change(id, set, entry(history(row).size() + 1, username, step.action(), a.status(), step.to(), step.on(),
				step.reason()));
		recording.record(ChangeLog.ASSESSMENT, persons(a), List.of(), List.of());
		log.debug("Assessment {} {}", id, step.action());
		return find(id).orElseThrow();
	}

	/** Records a Regulation 24 temporary approval of a connected person for a child, ending 16 weeks after it starts. */
	@Transactional
	public AssessmentDetail approve(String childId, Reg24Request r, String username) {
		ChangeLog.Recording recording = changes.begin();
		LocalDate today = LocalDate.now(clock);
		throwIfAny(RequestChecks.reg24(r, today));
		String relative = r.relative().trim();
		LocalDate start = RequestChecks.parseDate(r.startsOn());
		requirePersons(childId, relative);
		List<Assessment> existing = assessments(childId);
		AssessmentType type = AssessmentType.CONNECTED_PERSON_REG24;
		Verdict verdict = RequestRule.first(RequestRule.REG24, type, relative, childId, start, existing);
		if (!verdict.allowed()) {
			throw AssessmentRefusedException.of(verdict);
		}
		String follows = RequestRule.positiveViability(relative, start, existing).map(Assessment::id).orElseThrow();
		String id = "as-" + UUID.randomUUID();
		Map<String, Object> props = props("id", id, "type", type.code(), "status", AssessmentStatus.POSITIVE.code(),
				"requestedOn", start, "startedOn", start, "concludedOn", start, "expiresOn", Regulation24.endOf(start),
				"extended", false, "assessor", blankToNull(r.assessor()), "notes", blankToNull(r.notes()),
				"requestedBy", username, "updatedBy", username, "version", 0L);
		Map<String, Object> row = new HashMap<>();
		row.put("id", id);
		row.put("props", props);
		row.put("relative", relative);
		row.put("child", childId);
		row.put("follows", follows);
		row.put("change", entry(1, username, "approved", null, AssessmentStatus.POSITIVE, start, null));
		neo4j.query(requestQuery).bind(row).to("assessment").run();
		recording.record(ChangeLog.ASSESSMENT, List.of(relative, childId), List.of(), List.of());
		return find(id).orElseThrow();
	}

	/** Extends a Regulation 24 approval under Regulation 25, once, by up to 8 weeks. */
	@Transactional
	public AssessmentDetail extend(String id, Reg25Request r, String username) {
		ChangeLog.Recording recording = changes.begin();
		LocalDate today = LocalDate.now(clock);
		throwIfAny(RequestChecks.reg25(r, today));
		lock(id);
		Map<String, Object> row = neo4j.query(assessmentQuery).bind(id).to("id").fetch().one().orElseThrow();
		Assessment a = assessment(row);
		int weeks = r.weeks().intValueExact();
		LocalDate decidedOn = RequestChecks.parseDate(r.decidedOn());
		Verdict verdict = ExtensionRule.first(a, weeks, decidedOn);
		if (!verdict.allowed()) {
			throw AssessmentRefusedException.of(verdict);
		}
		Map<String, Object> set = new HashMap<>();
		set.put("expiresOn", a.approvalEnd().plusWeeks(weeks));
		set.put("extended", true);
		set.put("extensionWeeks", (long) weeks);
		set.put("updatedBy", username);
		change(id, set, entry(history(row).size() + 1, username, "extended", a.status(), a.status(), decidedOn,
				r.reason().trim()));
		recording.record(ChangeLog.ASSESSMENT, persons(a), List.of(), List.of());
		return find(id).orElseThrow();
	}

	/** The first refusal of the state rules (409) and then of the rules about the request (422). */
	private static void refuseUnlessAllowed(Assessment a, Step step) {
		Verdict state = TransitionRule.first(TransitionRule.STATE, a, step);
		if (!state.allowed()) {
			throw AssessmentRefusedException.of(state);
		}
		List<FieldProblem> problems = new ArrayList<>();
		for (TransitionRule rule : TransitionRule.INPUT) {
			Verdict v = rule.check(a, step);
			if (!v.allowed()) {
				problems.add(new FieldProblem(v.pointer(), v.reason()));
			}
		}
		throwIfAny(problems);
	}

	private void lock(String id) {
		if (neo4j.query(lockQuery).bind(id).to("id").fetch().one().isEmpty()) {
			throw new NotFoundException("No assessment has the id '" + shorten(id) + "'");
		}
	}

	private void change(String id, Map<String, Object> set, Map<String, Object> entry) {
		Map<String, Object> row = new HashMap<>();
		row.put("id", id);
		row.put("set", set);
		row.put("entry", entry);
		neo4j.query(changeQuery).bind(row).to("change").run();
	}

	private void requirePersons(String childId, String relative) {
		Map<String, PersonRef> found = persons(List.of(childId, relative));
		if (!found.containsKey(childId)) {
			throw new NotFoundException("No person has the id '" + shorten(childId) + "'");
		}
		if (!found.containsKey(relative)) {
			throw AssessmentRefusedException.invalid(List.of(new FieldProblem("/relative",
					"no person has the id '" + shorten(relative) + "'")));
		}
	}

	private Map<String, PersonRef> persons(List<String> ids) {
		Map<String, PersonRef> found = new HashMap<>();
		neo4j.query(personsQuery).bind(ids).to("ids").fetch().all()
			.forEach(p -> found.put((String) p.get("id"), PersonRef.of(p)));
		return found;
	}

	private List<Map<String, Object>> rows(String childId) {
		return List.copyOf(neo4j.query(forChildQuery)
			.bindAll(Map.of("childId", childId, "leaveOut", AssessmentType.TOGETHER_OR_APART.code()))
			.fetch().all());
	}

	private List<Assessment> assessments(String childId) {
		return rows(childId).stream().map(AssessmentWorkflow::assessment).toList();
	}

	@SuppressWarnings("unchecked")
	private static Assessment assessment(Map<String, Object> row) {
		return Assessment.of((Map<String, Object>) row.get("assessment"));
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> history(Map<String, Object> row) {
		return row.get("history") == null ? List.of() : (List<Map<String, Object>>) row.get("history");
	}

	private static List<String> persons(Assessment a) {
		List<String> ids = new ArrayList<>(a.children());
		a.subjects().forEach(s -> ids.add(s.personId()));
		return ids;
	}

	@SuppressWarnings("unchecked")
	private AssessmentDetail detail(Map<String, Object> row) {
		Map<String, Object> m = (Map<String, Object>) row.get("assessment");
		Assessment a = Assessment.of(m);
		String type = (String) m.get("type");
		String status = (String) m.get("status");
		List<String> next = a.type() != null && a.status() != null ? STEPS.stream()
			.filter(to -> TransitionRule.first(TransitionRule.STATE, a, new Step(to, null, null)).allowed())
			.map(AssessmentStatus::code).toList() : List.of();
		boolean reg24 = a.is(AssessmentType.CONNECTED_PERSON_REG24, AssessmentStatus.POSITIVE);
		List<String> mayFollow = a.is(AssessmentType.VIABILITY, AssessmentStatus.POSITIVE)
				? AFTER_POSITIVE_VIABILITY.stream().map(AssessmentType::code).toList() : List.of();
		List<AssessmentDetail.HistoryEntry> history = history(row).stream()
			.map(h -> new AssessmentDetail.HistoryEntry((String) h.get("at"), (String) h.get("by"), (String) h.get("action"),
					(String) h.get("from"), (String) h.get("to"), (LocalDate) h.get("on"), (String) h.get("reason")))
			.toList();
		Object weeks = m.get("extensionWeeks");
		return new AssessmentDetail(a.id(), type, Coded.label(AssessmentType.class, type), status,
				Coded.label(AssessmentStatus.class, status), a.subjects(), a.children(), a.requestedOn(), a.startedOn(),
				a.concludedOn(), reg24 ? a.approvalEnd() : a.expiresOn(), a.extended(),
				weeks instanceof Number n ? n.intValue() : null, (String) m.get("assessor"), (String) m.get("outcomeReason"),
				(String) m.get("notes"), a.follows(), (String) m.get("requestedBy"), next, reg24 && !a.extended(), mayFollow,
				history);
	}

	private Map<String, Object> entry(int seq, String by, String action, AssessmentStatus from, AssessmentStatus to,
			LocalDate on, String reason) {
		Map<String, Object> e = props("at", INSTANT.format(Instant.now()), "seq", (long) seq, "by", by, "action", action,
				"from", from == null ? null : from.code(), "to", to.code(), "on", on, "reason", reason);
		return e;
	}

	static String openKey(AssessmentType type, String relative, String childId) {
		return type.code() + ":" + relative + ":" + childId;
	}

	private static void throwIfAny(List<FieldProblem> problems) {
		if (!problems.isEmpty()) {
			throw AssessmentRefusedException.invalid(problems);
		}
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

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

	private static String shorten(String s) {
		return s == null ? "" : s.length() > 60 ? s.substring(0, 60) + "…" : s;
	}
}
