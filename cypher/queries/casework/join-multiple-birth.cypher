// A twin (or a third triplet) added from a card: born at the same birth as the given person, whose birth is recorded
// if it was not yet ($birth, with zygosity); the birth's size follows its members.
// Parameters: $person, $twin (ids), $birth (id of the birth to create if the person has none), $zygosity.
// Columns: birth, size.
MATCH (p:Person {id: $person})
MATCH (t:Person {id: $twin})
OPTIONAL MATCH (p)-[:BORN_IN]->(existing:MultipleBirth)
CALL (p, existing) {
  WITH p, existing WHERE existing IS NULL
  CREATE (m:MultipleBirth {id: $birth, zygosity: $zygosity})
  CREATE (p)-[:BORN_IN]->(m)
  RETURN m
  UNION
  WITH existing WHERE existing IS NOT NULL
  RETURN existing AS m
}
MERGE (t)-[:BORN_IN]->(m)
WITH m
SET m.size = COUNT { (:Person)-[:BORN_IN]->(m) }
RETURN m.id AS birth, m.size AS size
