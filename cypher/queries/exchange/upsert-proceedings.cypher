// Care proceedings about a child (the permanence tracker's section `proceedings`), linked to the child by PROCEEDINGS_FOR; the node keeps the
// child's id too (childId), so the tracker reads a child's records without walking from the child.
// The rows come in a map ($batch.rows), not as a list parameter: Neo4j would plan the statement anew for each
// size class of a list (1, up to 10, up to 100, ...), though its plan is the same for every size.
// Parameters: $batch.rows (list of {id, child, props}). Columns: none.
UNWIND $batch.rows AS row
MATCH (c:Person {id: row.child})
MERGE (n:Proceedings {id: row.id})
SET n = row.props
MERGE (n)-[:PROCEEDINGS_FOR]->(c)
WITH n, c
CALL (n, c) {
  MATCH (n)-[stale:PROCEEDINGS_FOR]->(other) WHERE other <> c
  DELETE stale
}
