// A family-finding log entry per child and relative (how found, stated wish, do not contact), replaced by the
// document's.
// The rows come in a map ($batch.rows), not as a list parameter: Neo4j would plan the statement anew for each
// size class of a list (1, up to 10, up to 100, ...), though its plan is the same for every size.
// Parameters: $batch.rows (list of {childId, personId, props}). Columns: none.
UNWIND $batch.rows AS row
MERGE (l:FindingLog {childId: row.childId, personId: row.personId})
SET l = row.props, l.childId = row.childId, l.personId = row.personId
