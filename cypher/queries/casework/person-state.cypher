// A person as casework changes them: every stored field and version, the households they belong to (whose copies
// in memory follow a change of their risk flag), their birth parents and birth children (the birth-order rule), the
// persons linked to them in the family (whose copies follow their removal) and their multiple birth, if any.
// Parameters: $id. Columns: person (map), households (ids), birthParents, birthChildren (maps: id, givenName,
//   familyName, birthDate; a parent's sex too), linked (ids), multipleBirth (id or null).
MATCH (p:Person {id: $id})
RETURN p {.*, location: null} AS person,
  [(p)-[:MEMBER_OF]->(h:Household) | h.id] AS households,
  [(o:Person)-[:PARENT_OF {type: 'birth'}]->(p) | o {.id, .givenName, .familyName, .birthDate, .sex}] AS birthParents,
  [(p)-[:PARENT_OF {type: 'birth'}]->(o:Person) | o {.id, .givenName, .familyName, .birthDate}] AS birthChildren,
  [(p)-[:PARENT_OF|PARTNER_OF|SIBLING_OF|RAISED_WITH|CONNECTED_TO|HAS_CONTACT]-(o:Person) | o.id]
    + [(p)-[:BORN_IN]->(:MultipleBirth)<-[:BORN_IN]-(o:Person) | o.id] AS linked,
  head([(p)-[:BORN_IN]->(m:MultipleBirth) | m.id]) AS multipleBirth
