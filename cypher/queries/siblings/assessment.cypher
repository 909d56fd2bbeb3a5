// One assessment by id, with the children it covers, their views and the assessor's view of each pair.
// Parameters: $id. Columns: assessment, children, views, pairs.
MATCH (a:Assessment {id: $id})
RETURN a {.*} AS assessment,
  COLLECT { MATCH (a)-[:FOR_CHILD|ASSESSES]->(p:Person)
            RETURN DISTINCT {id: p.id, givenName: p.givenName, familyName: p.familyName} } AS children,
  [(a)-[f:FOR_CHILD]->(p:Person) WHERE f.views IS NOT NULL | {child: p.id, views: f.views}] AS views,
  [(a)-[:HAS_PAIR]->(s:SiblingPair) | s {.a, .b, .quality, .placeTogether, .note}] AS pairs
