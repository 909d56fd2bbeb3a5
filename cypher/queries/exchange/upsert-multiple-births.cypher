// Twins, triplets: one node per birth, its members linked to it; members no longer listed are unlinked.
// The rows come in a map ($batch.rows), not as a list parameter: Neo4j would plan the statement anew for each
// size class of a list (1, up to 10, up to 100, ...), though its plan is the same for every size.
// Parameters: $batch.rows (list of {id, props, members}). Columns: none.
UNWIND $batch.rows AS row
MERGE (m:MultipleBirth {id: row.id})
SET m = row.props
WITH m, row
CALL (m, row) {
  MATCH (old:Person)-[r:BORN_IN]->(m) WHERE NOT old.id IN row.members
  DELETE r
}
CALL (m, row) {
  UNWIND row.members AS memberId
  MATCH (p:Person {id: memberId})
  MERGE (p)-[:BORN_IN]->(m)
}
