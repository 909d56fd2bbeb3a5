// Assessments, linked to the persons assessed and the children they are for; links no longer listed are removed.
// The rows come in a map ($batch.rows), not as a list parameter: Neo4j would plan the statement anew for each
// size class of a list (1, up to 10, up to 100, ...), though its plan is the same for every size.
// Parameters: $batch.rows (list of {id, props, subjects, children}). Columns: none.
UNWIND $batch.rows AS row
MERGE (a:Assessment {id: row.id})
SET a = row.props
WITH a, row
CALL (a, row) {
  MATCH (a)-[stale:ASSESSES]->(p) WHERE NOT p.id IN row.subjects
  DELETE stale
}
CALL (a, row) {
  MATCH (a)-[stale:FOR_CHILD]->(p) WHERE NOT p.id IN row.children
  DELETE stale
}
CALL (a, row) {
  UNWIND row.subjects AS sid
  MATCH (s:Person {id: sid})
  MERGE (a)-[:ASSESSES]->(s)
}
CALL (a, row) {
  UNWIND row.children AS cid
  MATCH (c:Person {id: cid})
  MERGE (a)-[:FOR_CHILD]->(c)
}
