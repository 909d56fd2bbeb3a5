// Removes a person entered by mistake, with every link of theirs; a birth they were born at keeps its other members
// and its size follows (a birth left with one member is removed). The history keeps what they were (Revision).
// Parameters: $id. Columns: removed (1 or 0).
MATCH (p:Person {id: $id})
OPTIONAL MATCH (p)-[:BORN_IN]->(m:MultipleBirth)
DETACH DELETE p
WITH m
CALL (m) {
  WITH m WHERE m IS NOT NULL
  SET m.size = COUNT { (:Person)-[:BORN_IN]->(m) }
  WITH m WHERE m.size < 2
  DETACH DELETE m
}
RETURN 1 AS removed
