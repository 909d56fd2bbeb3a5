// One page of the family graph for the in-memory projection (FamilyGraphProjection): the next 10,000 persons in id
// order after $after, each with every parent, child, partner and sibling tie and their multiple birth, as kinship/ties
// reads them. An empty page is the end.
// Parameters: $after (the last id of the previous page, '' for the first). Columns: person (map), parents, children,
//   partners, siblings (lists of maps), multipleBirth (id or null).
MATCH (p:Person)
WHERE p.id > $after
WITH p
ORDER BY p.id
LIMIT 10000
RETURN p {.id, .givenName, .familyName, .sex, .birthDateEstimate, .deceased, .riskToChildren, .riskNote, .phone,
          .email, .address, .latitude, .longitude} AS person,
  [(o:Person)-[r:PARENT_OF]->(p) | {id: o.id, type: r.type}] AS parents,
  [(p)-[r:PARENT_OF]->(o:Person) | {id: o.id, type: r.type}] AS children,
  [(p)-[r:PARTNER_OF]-(o:Person) | {id: o.id, type: r.type, status: r.status}] AS partners,
  [(p)-[r:SIBLING_OF]-(o:Person) | {id: o.id, type: r.type}] AS siblings,
  [(p)-[:BORN_IN]->(m:MultipleBirth) | m.id][0] AS multipleBirth
