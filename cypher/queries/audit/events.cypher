// Audit events in a time range, newest first, when neither a child nor a user is asked about (events-of-child and
// events-of-user answer those), through the index on the time (audit_event_at).
// Parameters: $from, $to (ISO instants, from inclusive, to exclusive; the caller gives the widest range when
// either is open), $limit. Columns: event (map).
MATCH (e:AuditEvent)
WHERE e.at >= $from AND e.at < $to
RETURN e {.*} AS event
ORDER BY e.at DESC, e.id DESC
LIMIT $limit
