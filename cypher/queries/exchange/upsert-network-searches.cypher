// Searches of a child's network (family-finding log), by id.
// The rows come in a map ($batch.rows), not as a list parameter: Neo4j would plan the statement anew for each
// size class of a list (1, up to 10, up to 100, ...), though its plan is the same for every size.
// Parameters: $batch.rows (list of {id, props}). Columns: none.
UNWIND $batch.rows AS row
MERGE (s:NetworkSearch {id: row.id})
SET s = row.props
