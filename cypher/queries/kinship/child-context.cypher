// What kinship work needs to know about a child beyond the family tree: whether they are or were looked after,
// where they live and go to school, their connected persons, the assessments of people for them, their contact
// arrangements and who they were raised with.
// Parameters: $id, $educationDomain (the code of the education need). Columns: child (map), inCare (boolean), home (map or null), school (map or null),
//   connected, assessments, contacts (lists of maps), raisedWith (list of ids).
MATCH (c:Person {id: $id})
RETURN c {.id, .givenName, .familyName, .birthDateEstimate, .latitude, .longitude} AS child,
  EXISTS { (c)-[:IN_CARE]->(:CareRecord) } AS inCare,
  [(c)<-[:OF_CHILD]-(pl:Placement)-[:WITH_HOUSEHOLD]->(h:Household) WHERE pl.end IS NULL |
      {latitude: h.latitude, longitude: h.longitude}][0] AS home,
  [(c)-[:HAS_NEED]->(n:Need {domain: $educationDomain}) WHERE n.schoolLatitude IS NOT NULL |
      {name: n.school, latitude: n.schoolLatitude, longitude: n.schoolLongitude}][0] AS school,
  [(o:Person)-[r:CONNECTED_TO]->(c) | {personId: o.id, nature: r.nature, identifiedBy: r.identifiedBy}] AS connected,
  [(a:Assessment)-[:FOR_CHILD]->(c) | a {.id, .type, .status, .requestedOn, .startedOn, .concludedOn, .expiresOn,
      .extended, .outcomeReason, subjects: [(a)-[:ASSESSES]->(s:Person) | s.id]}] AS assessments,
  [(c)-[k:HAS_CONTACT]-(o:Person) | {personId: o.id, mode: k.mode, frequency: k.frequency, supervised: k.supervised}]
      AS contacts,
  [(c)-[:RAISED_WITH]-(o:Person) | o.id] AS raisedWith
