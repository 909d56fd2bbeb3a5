// Appends one event to the audit trail. Events are never changed or removed: no query file sets or deletes one.
// Parameters: $event ({id, at (ISO instant), username, roles, action, childId, outcome, method, path, remoteAddress,
//   detail}). Columns: id.
WITH $event AS row
WHERE row IS NOT NULL
CREATE (e:AuditEvent)
SET e = row
RETURN e.id AS id
