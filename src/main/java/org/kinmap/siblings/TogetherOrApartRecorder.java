package org.kinmap.siblings;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.kinmap.assessments.AssessmentStatus;
import org.kinmap.assessments.AssessmentType;
import org.kinmap.assessments.Recommendation;
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
 * Records and replaces together-or-apart assessments, in one transaction each, after validating the whole request;
 * each is an entry of the change sequence ({@link ChangeLog}).
 */
@Service
class TogetherOrApartRecorder {

	private static final Logger log = LoggerFactory.getLogger(TogetherOrApartRecorder.class);

	private final Neo4jClient neo4j;
	private final String assessmentQuery;
	private final String existingPersonsQuery;
	private final String recordAssessmentQuery;
	private final SiblingGroups groups;
	private final Clock clock;
	private final ChangeLog changes;

	TogetherOrApartRecorder(Neo4jClient neo4j, CypherQueries queries, SiblingGroups groups, Clock clock, ChangeLog changes) {
		this.neo4j = neo4j;
		this.assessmentQuery = queries.require("siblings/assessment");
		this.existingPersonsQuery = queries.require("siblings/existing-persons");
		this.recordAssessmentQuery = queries.require("siblings/record-assessment");
		this.groups = groups;
		this.clock = clock;
		this.changes = changes;
	}

	@Transactional
	public TogetherOrApartView record(TogetherOrApartRequest request) {
		return write("toa-" + UUID.randomUUID(), request);
	}

	@Transactional
	public TogetherOrApartView replace(String id, TogetherOrApartRequest request) {
		find(id).orElseThrow(() -> new NotFoundException("No together-or-apart assessment has the id '" + id + "'"));
		return write(id, request);
	}

	@Transactional(readOnly = true)
	public Optional<TogetherOrApartView> find(String id) {
		return neo4j.query(assessmentQuery).bind(id).to("id").fetch().one()
			.filter(row -> AssessmentType.TOGETHER_OR_APART.code().equals(((Map<?, ?>) row.get("assessment")).get("type")))
			.map(TogetherOrApartRecorder::view);
	}

	private TogetherOrApartView write(String id, TogetherOrApartRequest r) {
		LocalDate today = LocalDate.now(clock);
		ChangeLog.Recording recording = changes.begin();
		Set<String> known = new HashSet<>(neo4j.query(existingPersonsQuery)
			.bind(r.children().stream().filter(c -> c != null).toList()).to("ids")
			.fetchAs(String.class).mappedBy((t, row) -> row.get("id").asString()).all());
		List<RequestProblem> problems = TogetherOrApartValidator.validate(r, known, this::oneGroup, today);
		if (!problems.isEmpty()) {
			throw new InvalidAssessmentException(problems);
		}
		String recommendation = lower(r.recommendation());
		String status = r.status() != null && !r.status().isBlank() ? lower(r.status())
				: recommendation != null ? AssessmentStatus.POSITIVE.code() : AssessmentStatus.IN_PROGRESS.code();
		Map<String, Object> props = props("id", id, "type", AssessmentType.TOGETHER_OR_APART.code(), "status", status,
				"recommendation", recommendation, "outcomeReason", blankToNull(r.reasons()), "assessor", blankToNull(r.assessor()),
				"requestedOn", date(r.requestedOn()), "concludedOn", date(r.concludedOn()), "extended", false);
		List<Map<String, Object>> views = r.views().stream()
			.map(v -> props("child", v.child(), "views", v.views().trim())).toList();
		List<Map<String, Object>> pairs = r.pairs().stream().map(p -> {
			String a = p.children().get(0);
			String b = p.children().get(1);
			return props("a", a.compareTo(b) <= 0 ? a : b, "b", a.compareTo(b) <= 0 ? b : a, "quality", lower(p.quality()),
					"placeTogether", p.placeTogether(), "note", blankToNull(p.note()));
		}).toList();
		Map<String, Object> row = Map.of("id", id, "props", props, "children", List.copyOf(r.children()), "views", views,
				"pairs", pairs);
		neo4j.query(recordAssessmentQuery).bind(row).to("assessment").run();
		// No copy in memory holds assessments; the entry gives the write its sequence, so that the person who made
		// it reads it back on any instance (ReadYourWrites).
		recording.record(ChangeLog.TOGETHER_OR_APART, r.children(), List.of(), List.of());
		log.info("Recorded together-or-apart assessment {} for {} children", id, r.children().size());
		return find(id).orElseThrow();
	}

	/** Whether the children are all in one group of any kinds: their groups are derived around them. */
	private boolean oneGroup(List<String> children) {
		return groups.groupsAround(children, EnumSet.allOf(SiblingKind.class)).stream()
			.anyMatch(g -> g.members().containsAll(children));
	}

	@SuppressWarnings("unchecked")
	private static TogetherOrApartView view(Map<String, Object> row) {
		Map<String, Object> a = (Map<String, Object>) row.get("assessment");
		String recommendation = (String) a.get("recommendation");
		List<PersonRef> children = ((List<Map<String, Object>>) row.get("children")).stream().map(PersonRef::of)
			.sorted(Comparator.comparing(PersonRef::personId)).toList();
		List<TogetherOrApartView.Views> views = ((List<Map<String, Object>>) row.get("views")).stream()
			.map(v -> new TogetherOrApartView.Views((String) v.get("child"), (String) v.get("views")))
			.sorted(Comparator.comparing(TogetherOrApartView.Views::child)).toList();
		List<TogetherOrApartView.Pair> pairs = ((List<Map<String, Object>>) row.get("pairs")).stream().map(p -> {
			String quality = (String) p.get("quality");
			return new TogetherOrApartView.Pair(List.of((String) p.get("a"), (String) p.get("b")), quality,
					Coded.parse(PairQuality.class, quality).map(Coded::label).orElse(null), (Boolean) p.get("placeTogether"),
					(String) p.get("note"));
		}).sorted(Comparator.comparing(p -> String.join(",", p.children()))).toList();
		return new TogetherOrApartView((String) a.get("id"), (String) a.get("status"), recommendation,
				Coded.parse(Recommendation.class, recommendation).map(Coded::label).orElse(null),
				(LocalDate) a.get("requestedOn"), (LocalDate) a.get("concludedOn"), (String) a.get("outcomeReason"),
				(String) a.get("assessor"), children, views, pairs);
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

	private static String lower(String s) {
		return s == null || s.isBlank() ? null : s.trim().toLowerCase(Locale.ROOT);
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

	private static LocalDate date(String s) {
		return s == null || s.isBlank() ? null : LocalDate.parse(s.trim());
	}
}
