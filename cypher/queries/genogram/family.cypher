// The genogram's data for a child: the given family members, the links among them, the child's connected
// persons, the households the members live in, and the assessments for this child.
// Parameters: $child (the index child's id), $ids (the family's person ids). Columns: persons, parentLinks,
//   partnerships, siblingLinks, multipleBirths, connected, households, assessments.
// The multiple births start from the persons' ids (the hint): with few BORN_IN links in the graph the planner
// would otherwise read every one of them.
MATCH (c:Person {id: $child})
RETURN
  COLLECT { MATCH (p:Person) WHERE p.id IN $ids
            RETURN p {.id, .givenName, .familyName, .sex, .birthDate, .birthDateEstimate, .deceased, .deathDate,
                      .riskToChildren, .riskNote} } AS persons,
  COLLECT { MATCH (p:Person)-[r:PARENT_OF]->(k:Person) WHERE p.id IN $ids AND k.id IN $ids
            RETURN {parent: p.id, child: k.id, type: r.type} } AS parentLinks,
  COLLECT { MATCH (a:Person)-[r:PARTNER_OF]->(b:Person) WHERE a.id IN $ids AND b.id IN $ids
            RETURN {a: a.id, b: b.id, type: r.type, status: r.status, from: r.from} } AS partnerships,
  COLLECT { MATCH (a:Person)-[r:SIBLING_OF]->(b:Person) WHERE a.id IN $ids AND b.id IN $ids
            RETURN {a: a.id, b: b.id, type: r.type} } AS siblingLinks,
  COLLECT { MATCH (p:Person)-[:BORN_IN]->(m:MultipleBirth) USING INDEX p:Person(id) WHERE p.id IN $ids
            RETURN {person: p.id, birth: m.id, zygosity: m.zygosity} } AS multipleBirths,
  COLLECT { MATCH (o:Person)-[r:CONNECTED_TO]->(c)
            RETURN o {.id, .givenName, .familyName, .sex, .birthDate, .birthDateEstimate, .deceased, .riskToChildren,
                      nature: r.nature, identifiedBy: r.identifiedBy} } AS connected,
  COLLECT { MATCH (p:Person)-[:MEMBER_OF]->(h:Household) WHERE p.id IN $ids
            RETURN {person: p.id, household: h.id, name: h.name, carer: h:CarerHousehold} } AS households,
  COLLECT { MATCH (a:Assessment)-[:FOR_CHILD]->(c)
            RETURN a {.id, .type, .status, .requestedOn, .concludedOn,
                      subjects: [(a)-[:ASSESSES]->(s:Person) | s.id]} } AS assessments
