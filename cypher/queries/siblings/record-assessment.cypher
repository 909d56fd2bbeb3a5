// Creates or replaces a together-or-apart assessment: its properties, the children it assesses and is for (each
// child's views on the FOR_CHILD link), and the assessor's view of each pair (one SiblingPair node per pair).
// Parameters: $assessment ({id, props, children: [ids], views: [{child, views}], pairs: [{a, b, quality,
//   placeTogether, note}]}). Columns: id.
WITH $assessment AS row
WHERE row IS NOT NULL
MERGE (a:Assessment {id: row.id})
SET a = row.props
WITH a, row
CALL (a) {
  MATCH (a)-[old:ASSESSES|FOR_CHILD]->(:Person)
  DELETE old
}
CALL (a) {
  MATCH (a)-[:HAS_PAIR]->(old:SiblingPair)
  DETACH DELETE old
}
CALL (a, row) {
  UNWIND row.children AS childId
  MATCH (c:Person {id: childId})
  MERGE (a)-[:ASSESSES]->(c)
  MERGE (a)-[f:FOR_CHILD]->(c)
  SET f.views = [v IN row.views WHERE v.child = childId | v.views][0]
}
CALL (a, row) {
  UNWIND row.pairs AS pair
  CREATE (a)-[:HAS_PAIR]->(s:SiblingPair)
  SET s = pair
}
RETURN a.id AS id
