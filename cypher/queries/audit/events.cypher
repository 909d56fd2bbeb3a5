// Audit events, newest first, filtered by child, user and time (each filter null: any).
// Parameters: $childId, $username, $from, $to (ISO instants, from inclusive, to exclusive), $limit.
// Columns: event (map).
MATCH (e:AuditEvent)
WHERE ($childId IS NULL OR e.childId = $childId)
  AND ($username IS NULL OR e.username = $username)
  AND ($from IS NULL OR e.at >= $from)
  AND ($to IS NULL OR e.at < $to)
RETURN e {.*} AS event
ORDER BY e.at DESC, e.id DESC
LIMIT coalesce($limit, 100)
