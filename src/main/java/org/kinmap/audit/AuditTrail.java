package org.kinmap.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.kinmap.system.CypherQueries;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail: append-only and durable. {@link #record} writes one event in a transaction of its own and
 * returns only once it is committed, so a read is never answered unless it has been recorded (a failure to record
 * fails the request). There is no method, and no query file, that changes or removes an event.
 */
@Component
public class AuditTrail {

	/** Fixed-width UTC instants with milliseconds: they sort as text in the order of time. */
	static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
		.withZone(ZoneOffset.UTC);
	static final int MAX_LIMIT = 1000;
	/**
	 * The bounds of an open time range, as text that sorts before and after every {@link #INSTANT}: the range is
	 * always given, so that the index on the time answers it.
	 */
	static final String EARLIEST = "0000";
	static final String AFTER_LATEST = "9999";

	private final Neo4jClient neo4j;
	private final String recordEventQuery;
	private final String eventsQuery;
	private final String eventsOfChildQuery;
	private final String eventsOfUserQuery;
	/** The real time, never the pinned "today" of demonstrations and tests: an audit trail records when it happened. */
	private final Clock clock = Clock.systemUTC();

	AuditTrail(Neo4jClient neo4j, CypherQueries queries) {
		this.neo4j = neo4j;
		this.recordEventQuery = queries.require("audit/record-event");
		this.eventsQuery = queries.require("audit/events");
		this.eventsOfChildQuery = queries.require("audit/events-of-child");
		this.eventsOfUserQuery = queries.require("audit/events-of-user");
	}

	/** What an event says; the trail adds its id and time. */
	public record Entry(String username, List<String> roles, String action, String childId, String outcome,
			String method, String path, String remoteAddress, String detail) {
	}

	/** Appends an event and waits until it is committed. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public AuditEvent record(Entry entry) {
		AuditEvent event = new AuditEvent(UUID.randomUUID().toString(), format(clock.instant()),
				entry.username(), entry.roles() == null ? List.of() : List.copyOf(entry.roles()), entry.action(),
				entry.childId(), entry.outcome(), entry.method(), entry.path(), entry.remoteAddress(), entry.detail());
		Map<String, Object> row = new HashMap<>();
		row.put("id", event.id());
		row.put("at", event.at());
		row.put("username", event.username());
		row.put("roles", event.roles());
		row.put("action", event.action());
		row.put("childId", event.childId());
		row.put("outcome", event.outcome());
		row.put("method", event.method());
		row.put("path", event.path());
		row.put("remoteAddress", event.remoteAddress());
		row.put("detail", event.detail());
		neo4j.query(recordEventQuery).bind(row).to("event").run();
		return event;
	}

	/** Events newest first; every filter may be null. */
	@Transactional(readOnly = true)
	public List<AuditEvent> events(String childId, String username, Instant from, Instant to, int limit) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("childId", childId);
		parameters.put("username", username);
		parameters.put("from", from == null ? EARLIEST : format(from));
		parameters.put("to", to == null ? AFTER_LATEST : format(to));
		parameters.put("limit", (long) Math.max(1, Math.min(limit, MAX_LIMIT)));
		String query = childId != null ? eventsOfChildQuery : username != null ? eventsOfUserQuery : eventsQuery;
		return List.copyOf(neo4j.query(query)
			.bindAll(parameters)
			.fetchAs(AuditEvent.class)
			.mappedBy((types, record) -> {
				var e = record.get("event");
				return new AuditEvent(text(e.get("id")), text(e.get("at")), text(e.get("username")),
						e.get("roles").isNull() ? List.of() : e.get("roles").asList(v -> v.asString()), text(e.get("action")),
						text(e.get("childId")), text(e.get("outcome")), text(e.get("method")), text(e.get("path")),
						text(e.get("remoteAddress")), text(e.get("detail")));
			})
			.all());
	}

	static String format(Instant instant) {
		return INSTANT.format(instant);
	}

	private static String text(org.neo4j.driver.Value value) {
		return value == null || value.isNull() ? null : value.asString();
	}
}
