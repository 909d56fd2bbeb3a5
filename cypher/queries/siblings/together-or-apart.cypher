// Together-or-apart assessments about any of the given people, found from each person, with every child they
// cover, each child's views and the assessor's view of each pair.
// Parameters: $ids (list of person ids), $type (the assessment type code, together_or_apart).
// Columns: assessment, children, views, pairs.
UNWIND $ids AS id
MATCH (:Person {id: id})<-[:FOR_CHILD|ASSESSES]-(a:Assessment)
WHERE a.type = $type
WITH DISTINCT a
RETURN a {.*} AS assessment,
  COLLECT { MATCH (a)-[:FOR_CHILD|ASSESSES]->(p:Person) RETURN DISTINCT p.id } AS children,
  [(a)-[f:FOR_CHILD]->(p:Person) WHERE f.views IS NOT NULL | {child: p.id, views: f.views}] AS views,
  [(a)-[:HAS_PAIR]->(s:SiblingPair) | s {.a, .b, .quality, .placeTogether, .note}] AS pairs
