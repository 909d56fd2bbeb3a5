// A child's needs, one node per matching domain.
// Parameters: $rows (list of {id, child, props}). Columns: none.
UNWIND $rows AS row
MATCH (c:Person {id: row.child})
MERGE (n:Need {id: row.id})
SET n = row.props
MERGE (c)-[:HAS_NEED]->(n)
