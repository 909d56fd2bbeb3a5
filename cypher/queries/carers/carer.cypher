// One carer household with its approvals, members and the children placed there now, as carers/carers lists them.
// Found through the Household id constraint's index (CarerHousehold has no index of its own).
// Parameters: $id (a household id). Columns: household, approvals, members, placements.
MATCH (h:Household {id: $id})
WHERE h:CarerHousehold
RETURN h {.*, location: null} AS household,
  [(h)-[:HAS_APPROVAL]->(a:Approval) | a {.*}] AS approvals,
  [(m:Person)-[r:MEMBER_OF]->(h) | {id: m.id, givenName: m.givenName, familyName: m.familyName, role: r.role,
      birthDateEstimate: m.birthDateEstimate, riskToChildren: m.riskToChildren}] AS members,
  [(h)<-[:WITH_HOUSEHOLD]-(pl:Placement)-[:OF_CHILD]->(c:Person) WHERE pl.end IS NULL |
      {placementId: pl.id, type: pl.type, start: pl.start, id: c.id, givenName: c.givenName, familyName: c.familyName,
       birthDateEstimate: c.birthDateEstimate}] AS placements
