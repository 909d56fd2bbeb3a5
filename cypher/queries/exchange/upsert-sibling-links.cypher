// Explicitly recorded sibling relations, once per pair (a before b by id).
// The rows come in a map ($batch.rows), not as a list parameter: Neo4j would plan the statement anew for each
// size class of a list (1, up to 10, up to 100, ...), though its plan is the same for every size.
// Parameters: $batch.rows (list of {a, b, props}). Columns: none.
UNWIND $batch.rows AS row
// Two MATCH clauses rather than one pattern with a comma: the same two index seeks, without the planner's
// cartesian-product notification.
MATCH (a:Person {id: row.a})
MATCH (b:Person {id: row.b})
MERGE (a)-[r:SIBLING_OF]->(b)
SET r = row.props
