// Persons by id with every parent, child, partner and sibling tie they have: the connected persons and others a
// child's kinship work names who are not in the family neighbourhood (see NeighbourhoodReader).
// Parameters: $ids (list of person ids). Columns: person (map), parents, children, partners, siblings (lists of maps),
//   raisedWith (ids: raised-together links, which the sibling analyses read and kinship's own walks do not),
//   multipleBirth (id or null), zygosity (the multiple birth's, or null).
UNWIND $ids AS id
MATCH (p:Person {id: id})
// The birth in a subquery, as in kinship/projection-page (whose pattern comprehensions of it fail Neo4j 5.26's own
// planner checks when assertions are on).
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
