// After writing: the permanence tracker's records (reviews, plans, meetings, panels, proceedings, allocations) whose
// child has no care record, or whose date comes before the child became looked after.
// The rows come in a map ($batch.rows), not as a list parameter: Neo4j would plan the statement anew for each
// size class of a list (1, up to 10, up to 100, ...), though its plan is the same for every size.
// Parameters: $batch.rows (list of {child, at, what, on (a date or null)}).
// Columns: at, what, child, since (the date the child became looked after; null when there is no care record).
UNWIND $batch.rows AS row
OPTIONAL MATCH (:Person {id: row.child})-[:IN_CARE]->(care:CareRecord)
WITH row, care
WHERE care IS NULL OR (row.on IS NOT NULL AND row.on < care.lookedAfterSince)
RETURN row.at AS at, row.what AS what, row.child AS child, care.lookedAfterSince AS since
