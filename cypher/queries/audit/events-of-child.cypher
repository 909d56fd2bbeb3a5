// Audit events about one child in a time range, newest first, optionally only one user's, through the index on
// child and time (audit_event_child_at).
// Parameters: $childId, $username (null: any), $from, $to (ISO instants, from inclusive, to exclusive; the caller
// gives the widest range when either is open), $limit. Columns: event (map).
MATCH (e:AuditEvent)
WHERE e.childId = $childId AND e.at >= $from AND e.at < $to
  AND ($username IS NULL OR e.username = $username)
RETURN e {.*} AS event
ORDER BY e.at DESC, e.id DESC
LIMIT $limit
