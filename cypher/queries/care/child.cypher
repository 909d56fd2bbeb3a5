// One child with their care record, placements, needs, assessments and contact arrangements.
// Parameters: $id. Columns: child, care (null when never looked after), placements, needs, assessments, contacts.
MATCH (c:Person {id: $id})
OPTIONAL MATCH (c)-[:IN_CARE]->(r:CareRecord)
RETURN c {.*, location: null} AS child, r {.*} AS care,
  [(c)<-[:OF_CHILD]-(pl:Placement) | pl {.*, household: [(pl)-[:WITH_HOUSEHOLD]->(h:Household) |
      h {.id, .name, .postcode, carer: h:CarerHousehold}][0]}] AS placements,
  [(c)-[:HAS_NEED]->(n:Need) | n {.*}] AS needs,
  [(a:Assessment)-[:FOR_CHILD]->(c) | a {.*,
      subjects: [(a)-[:ASSESSES]->(s:Person) | s {.id, .givenName, .familyName}],
      children: [(a)-[:FOR_CHILD]->(k:Person) | k {.id, .givenName, .familyName}]}] AS assessments,
  [(c)-[k:HAS_CONTACT]-(o:Person) | k {.*, personId: o.id, givenName: o.givenName, familyName: o.familyName}] AS contacts
