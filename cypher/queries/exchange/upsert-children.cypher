// A looked-after child's care record: legal status, dates, plans.
// The rows come in a map ($batch.rows), not as a list parameter: Neo4j would plan the statement anew for each
// size class of a list (1, up to 10, up to 100, ...), though its plan is the same for every size.
// Parameters: $batch.rows (list of {child, props}). Columns: none.
UNWIND $batch.rows AS row
MATCH (c:Person {id: row.child})
MERGE (r:CareRecord {childId: row.child})
SET r = row.props
MERGE (c)-[:IN_CARE]->(r)
