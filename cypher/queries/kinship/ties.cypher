// Persons by id with every parent, child, partner and sibling tie they have: the connected persons and others a
// child's kinship work names who are not in the family neighbourhood (see NeighbourhoodReader).
// Parameters: $ids (list of person ids). Columns: person (map), parents, children, partners, siblings (lists of maps),
//   multipleBirth (id or null).
UNWIND $ids AS id
MATCH (p:Person {id: id})
RETURN p {.id, .givenName, .familyName, .sex, .birthDateEstimate, .deceased, .riskToChildren, .riskNote, .phone,
          .email, .address, .latitude, .longitude} AS person,
  [(o:Person)-[r:PARENT_OF]->(p) | {id: o.id, type: r.type}] AS parents,
  [(p)-[r:PARENT_OF]->(o:Person) | {id: o.id, type: r.type}] AS children,
  [(p)-[r:PARTNER_OF]-(o:Person) | {id: o.id, type: r.type, status: r.status}] AS partners,
  [(p)-[r:SIBLING_OF]-(o:Person) | {id: o.id, type: r.type}] AS siblings,
  [(p)-[:BORN_IN]->(m:MultipleBirth) | m.id][0] AS multipleBirth
