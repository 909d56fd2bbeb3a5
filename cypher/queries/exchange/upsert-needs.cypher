// A child's needs, one node per matching domain.
// The rows come in a map ($batch.rows), not as a list parameter: Neo4j would plan the statement anew for each
// size class of a list (1, up to 10, up to 100, ...), though its plan is the same for every size.
// Parameters: $batch.rows (list of {id, child, props}). Columns: none.
UNWIND $batch.rows AS row
MATCH (c:Person {id: row.child})
MERGE (n:Need {id: row.id})
SET n = row.props
MERGE (c)-[:HAS_NEED]->(n)
