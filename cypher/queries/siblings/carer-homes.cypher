// The given carer households as a reunification option shows them: where each is, when its approvals were granted,
// the children placed there now, and when placements there ended (whether it could take a group is matching's
// answer).
// Parameters: $ids (household ids). Columns: household, approvedOn, placed, ended.
UNWIND $ids AS id
MATCH (h:CarerHousehold {id: id})
RETURN h {.id, .name, .postcode, .latitude, .longitude} AS household,
  [(h)-[:HAS_APPROVAL]->(a:Approval) | a.approvedOn] AS approvedOn,
  [(h)<-[:WITH_HOUSEHOLD]-(pl:Placement)-[:OF_CHILD]->(c:Person) WHERE pl.end IS NULL | c.id] AS placed,
  [(h)<-[:WITH_HOUSEHOLD]-(pl:Placement) WHERE pl.end IS NOT NULL | pl.end] AS ended
