// Audit events by one user in a time range, newest first (about any child: events-of-child answers a question
// about one), through the index on user and time (audit_event_username_at).
// Parameters: $username, $from, $to (ISO instants, from inclusive, to exclusive; the caller gives the widest range
// when either is open), $limit. Columns: event (map).
MATCH (e:AuditEvent)
WHERE e.username = $username AND e.at >= $from AND e.at < $to
RETURN e {.*} AS event
ORDER BY e.at DESC, e.id DESC
LIMIT $limit
