package org.kinmap.casework;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.kinmap.system.CypherQueries;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The history of every person and link: one {@code :Revision} per change (what changed, from what to what, the version
 * it made, who, when and why), found by its subject key (V008). Casework writes them in the change's own transaction;
 * the import writes one of kind {@code imported} when it changes a stored person or link.
 */
@Component
class RevisionLog {

	/** Fixed-width UTC instants with milliseconds, as the audit trail writes them: they sort as text in time order. */
	static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
		.withZone(ZoneOffset.UTC);

	private final Neo4jClient neo4j;
	private final String recordQuery;
	private final String revisionsQuery;
	/** The real time: a history records when it happened, not the pinned "today" of demonstrations. */
	private final Clock clock = Clock.systemUTC();

	RevisionLog(Neo4jClient neo4j, CypherQueries queries) {
		this.neo4j = neo4j;
		this.recordQuery = queries.require("casework/record-revision");
		this.revisionsQuery = queries.require("casework/revisions");
	}

	static String person(String id) {
		return "person:" + id;
	}

	static String parentLink(String parent, String child) {
		return "parent-link:" + parent + ">" + child;
	}

	static String partnership(String a, String b) {
		return "partnership:" + a + "&" + b;
	}

	static String siblingLink(String a, String b) {
		return "sibling-link:" + a + "&" + b;
	}

	static String connection(String person, String child) {
		return "connection:" + person + ">" + child;
	}

	/** Writes one revision, in the caller's transaction, by the person signed in. */
	void record(String childId, String subject, long version, String kind, String note, List<Answers.FieldChange> fields) {
		var auth = SecurityContextHolder.getContext().getAuthentication();
		Map<String, Object> revision = NetworkEditor.props("subject", subject, "version", version, "kind", kind,
				"at", INSTANT.format(clock.instant()), "by", auth == null ? "unknown" : auth.getName(),
				"note", NetworkEditor.text(note), "child", childId,
				"fields", fields.stream().map(Answers.FieldChange::field).toList(),
				"from", fields.stream().map(Answers.FieldChange::from).toList(),
				"to", fields.stream().map(Answers.FieldChange::to).toList());
		neo4j.query(recordQuery).bind(revision).to("revision").run();
	}

	/** The revisions of a subject that made a version after {@code after}, newest first. */
	@SuppressWarnings("unchecked")
	List<Answers.Revision> since(String subject, long after) {
		return neo4j.query(revisionsQuery).bind(subject).to("subject").bind(after).to("after").fetch().all().stream()
			.map(row -> {
				Map<String, Object> r = (Map<String, Object>) row.get("revision");
				List<String> fields = (List<String>) r.getOrDefault("fields", List.of());
				List<String> from = (List<String>) r.getOrDefault("from", List.of());
				List<String> to = (List<String>) r.getOrDefault("to", List.of());
				List<Answers.FieldChange> changes = new ArrayList<>();
				for (int i = 0; i < fields.size(); i++) {
					changes.add(new Answers.FieldChange(fields.get(i), i < from.size() ? from.get(i) : "",
							i < to.size() ? to.get(i) : ""));
				}
				return new Answers.Revision(((Number) r.get("version")).longValue(), (String) r.get("kind"),
						(String) r.get("at"), (String) r.get("by"), (String) r.get("note"), changes);
			})
			.toList();
	}

	/** Whether the subject was removed by a change made from this child's record (its history stays readable there). */
	boolean removedFrom(String subject, String childId) {
		return neo4j.query(revisionsQuery).bind(subject).to("subject").bind(0L).to("after").fetch().all().stream()
			.map(row -> (Map<?, ?>) row.get("revision"))
			.anyMatch(r -> "removed".equals(r.get("kind")) && childId.equals(r.get("child")));
	}

	/** A stored value as the history shows it: text, a list joined by commas, empty for nothing. */
	static String text(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof List<?> list) {
			return list.stream().map(String::valueOf).collect(Collectors.joining(", "));
		}
		return String.valueOf(value);
	}
}
