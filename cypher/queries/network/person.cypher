// A person with every link recorded for them.
// Links carry their version (casework; 1 for a link stored before versions were kept).
// Parameters: $id. Columns: person, lookedAfter, parents, children, partners, siblingLinks, raisedWith,
//   multipleBirth, connectedTo, connectedPersons, contacts, households (lists of maps).
MATCH (p:Person {id: $id})
RETURN p {.*, location: null} AS person,
  EXISTS { (p)-[:IN_CARE]->(r:CareRecord) WHERE r.ceasedOn IS NULL } AS lookedAfter,
  [(o:Person)-[r:PARENT_OF]->(p) | {personId: o.id, givenName: o.givenName, familyName: o.familyName, type: r.type,
      detail: CASE WHEN r.parentalResponsibility THEN 'parental responsibility' END, from: r.from, to: r.to,
      version: coalesce(r.version, 1)}] AS parents,
  [(p)-[r:PARENT_OF]->(o:Person) | {personId: o.id, givenName: o.givenName, familyName: o.familyName, type: r.type,
      from: r.from, to: r.to, version: coalesce(r.version, 1)}] AS children,
  [(p)-[r:PARTNER_OF]-(o:Person) | {personId: o.id, givenName: o.givenName, familyName: o.familyName, type: r.type,
      detail: r.status, from: r.from, to: r.to, version: coalesce(r.version, 1)}] AS partners,
  [(p)-[r:SIBLING_OF]-(o:Person) | {personId: o.id, givenName: o.givenName, familyName: o.familyName, type: r.type,
      detail: r.note, version: coalesce(r.version, 1)}] AS siblingLinks,
  [(p)-[r:RAISED_WITH]-(o:Person) | {personId: o.id, givenName: o.givenName, familyName: o.familyName,
      type: 'raised_together', detail: r.note, from: r.from, to: r.to}] AS raisedWith,
  [(p)-[:BORN_IN]->(m:MultipleBirth)<-[:BORN_IN]-(o:Person) | {personId: o.id, givenName: o.givenName,
      familyName: o.familyName, type: CASE m.size WHEN 2 THEN 'twin' WHEN 3 THEN 'triplet' ELSE 'multiple_birth' END,
      detail: m.zygosity}] AS multipleBirth,
  [(p)-[r:CONNECTED_TO]->(o:Person) | {personId: o.id, givenName: o.givenName, familyName: o.familyName,
      type: r.nature, detail: r.identifiedBy, version: coalesce(r.version, 1)}] AS connectedTo,
  [(o:Person)-[r:CONNECTED_TO]->(p) | {personId: o.id, givenName: o.givenName, familyName: o.familyName,
      type: r.nature, detail: r.identifiedBy, version: coalesce(r.version, 1)}] AS connectedPersons,
  [(p)-[r:HAS_CONTACT]-(o:Person) | {personId: o.id, givenName: o.givenName, familyName: o.familyName,
      type: r.mode, detail: r.frequency + CASE WHEN r.supervised THEN ', supervised' ELSE '' END}] AS contacts,
  [(p)-[r:MEMBER_OF]->(h:Household) | {householdId: h.id, name: h.name, role: r.role,
      carerHousehold: h:CarerHousehold}] AS households
