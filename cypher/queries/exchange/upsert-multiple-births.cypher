// Twins, triplets: one node per birth, its members linked to it; members no longer listed are unlinked.
// Parameters: $rows (list of {id, props, members}). Columns: none.
UNWIND $rows AS row
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
