// One assessment with the persons it assesses, the children it is for, the assessment it follows, and the history of
// its status (oldest first).
// Parameters: $id. Columns: assessment (map), history (list of maps).
MATCH (a:Assessment {id: $id})
RETURN a {.*,
  subjects: [(a)-[:ASSESSES]->(s:Person) | s {.id, .givenName, .familyName}],
  children: [(a)-[:FOR_CHILD]->(k:Person) | k.id],
  follows: [(a)-[:FOLLOWS]->(f:Assessment) | f.id][0]} AS assessment,
  COLLECT { MATCH (a)-[:STATUS_CHANGED]->(h:AssessmentStatusChange) RETURN h {.*} ORDER BY h.at, h.seq } AS history
