// Placements: a child with a household (carer or family) or a named provider.
// The rows come in a map ($batch.rows), not as a list parameter: Neo4j would plan the statement anew for each
// size class of a list (1, up to 10, up to 100, ...), though its plan is the same for every size.
// Parameters: $batch.rows (list of {id, child, household (or null), props}). Columns: none.
UNWIND $batch.rows AS row
MATCH (c:Person {id: row.child})
MERGE (pl:Placement {id: row.id})
SET pl = row.props
MERGE (pl)-[:OF_CHILD]->(c)
WITH pl, c, row
CALL (pl, c, row) {
  MATCH (pl)-[stale:OF_CHILD]->(other) WHERE other <> c
  DELETE stale
}
CALL (pl, row) {
  MATCH (pl)-[stale:WITH_HOUSEHOLD]->(old) WHERE row.household IS NULL OR old.id <> row.household
  DELETE stale
}
CALL (pl, row) {
  MATCH (h:Household {id: row.household})
  MERGE (pl)-[:WITH_HOUSEHOLD]->(h)
}
