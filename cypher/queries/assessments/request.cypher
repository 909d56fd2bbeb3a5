// Creates an assessment of one person for one child, linked to the assessment it follows (if any), with the first
// entry of its history.
// Parameters: $assessment ({id, props, relative, child, follows, change}). Columns: id.
WITH $assessment AS row
MATCH (s:Person {id: row.relative})
MATCH (c:Person {id: row.child})
CREATE (a:Assessment)
SET a = row.props
CREATE (a)-[:ASSESSES]->(s)
CREATE (a)-[:FOR_CHILD]->(c)
CREATE (a)-[:STATUS_CHANGED]->(h:AssessmentStatusChange)
SET h = row.change
WITH a, row
CALL (a, row) {
  MATCH (f:Assessment {id: row.follows})
  CREATE (a)-[:FOLLOWS]->(f)
}
RETURN a.id AS id
