// Every assessment of a person for a child (together-or-apart assessments of siblings left out), each with the
// persons it assesses, the children it is for, the assessment it follows and the history of its status.
// Parameters: $childId, $leaveOut (the type code of together-or-apart). Columns: assessment (map), history (list of maps).
MATCH (c:Person {id: $childId})<-[:FOR_CHILD]-(a:Assessment)
WHERE a.type <> $leaveOut
RETURN a {.*,
  subjects: [(a)-[:ASSESSES]->(s:Person) | s {.id, .givenName, .familyName}],
  children: [(a)-[:FOR_CHILD]->(k:Person) | k.id],
  follows: [(a)-[:FOLLOWS]->(f:Assessment) | f.id][0]} AS assessment,
  COLLECT { MATCH (a)-[:STATUS_CHANGED]->(h:AssessmentStatusChange) RETURN h {.*} ORDER BY h.at, h.seq } AS history
ORDER BY a.requestedOn, a.id
