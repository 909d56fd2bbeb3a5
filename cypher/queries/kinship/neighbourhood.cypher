// A person's family neighbourhood in one read: everyone within 10 parent, partner, sibling or multiple-birth ties (enough for
// the greatest maxDegree, 8, plus a partner and a step-parent's child), each with their ties. The hop bound is
// written here because Cypher takes no parameter for it; the labeller then keeps to the maxDegree asked for.
// Parameters: $id. Columns: person (map), parents, children, partners, siblings (lists of maps), multipleBirth (id or null).
MATCH (:Person {id: $id})-[:PARENT_OF|PARTNER_OF|SIBLING_OF|BORN_IN*0..10]-(p:Person)
WITH DISTINCT p
RETURN p {.id, .givenName, .familyName, .sex, .birthDateEstimate, .deceased, .deathDate, .riskToChildren, .riskNote, .phone,
          .email, .address, .latitude, .longitude} AS person,
  [(o:Person)-[r:PARENT_OF]->(p) | {id: o.id, type: r.type}] AS parents,
  [(p)-[r:PARENT_OF]->(o:Person) | {id: o.id, type: r.type}] AS children,
  [(p)-[r:PARTNER_OF]-(o:Person) | {id: o.id, type: r.type, status: r.status}] AS partners,
  [(p)-[r:SIBLING_OF]-(o:Person) | {id: o.id, type: r.type}] AS siblings,
  [(p)-[:BORN_IN]->(m:MultipleBirth) | m.id][0] AS multipleBirth
