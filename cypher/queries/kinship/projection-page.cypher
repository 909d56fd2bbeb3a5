// One page of the family graph for the in-memory projection (FamilyGraphProjection): the next 10,000 persons in id
// order after $after, each with every parent, child, partner and sibling tie and their multiple birth, as kinship/ties
// reads them. An empty page is the end.
// Parameters: $after (the last id of the previous page, '' for the first). Columns: person (map), parents, children,
//   partners, siblings (lists of maps), raisedWith (ids), multipleBirth (id or null), zygosity (or null).
MATCH (p:Person)
WHERE p.id > $after
WITH p
ORDER BY p.id
LIMIT 10000
// The birth in a subquery: as two pattern comprehensions beside ORDER BY, Neo4j 5.26's planner fails its own
// checks (insertCachedProperties) when assertions are on.
CALL (p) {
  OPTIONAL MATCH (p)-[:BORN_IN]->(m:MultipleBirth)
  RETURN m.id AS multipleBirth, m.zygosity AS zygosity
  LIMIT 1
}
RETURN p {.id, .givenName, .familyName, .sex, .birthDateEstimate, .deceased, .deathDate, .riskToChildren, .riskNote, .phone,
          .email, .address, .latitude, .longitude} AS person,
  [(o:Person)-[r:PARENT_OF]->(p) | {id: o.id, type: r.type}] AS parents,
  [(p)-[r:PARENT_OF]->(o:Person) | {id: o.id, type: r.type}] AS children,
  [(p)-[r:PARTNER_OF]-(o:Person) | {id: o.id, type: r.type, status: r.status}] AS partners,
  [(p)-[r:SIBLING_OF]-(o:Person) | {id: o.id, type: r.type}] AS siblings,
  [(p)-[:RAISED_WITH]-(o:Person) | o.id] AS raisedWith,
  multipleBirth, zygosity
