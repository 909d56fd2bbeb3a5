// The given carer households as a reunification option shows them: where each is, when its approvals were granted,
// the children placed there now, and when placements there ended (whether it could take a group is matching's
// answer).
// Each id is found through the Household id constraint's index; CarerHousehold is a second label with no index of
// its own, so matching (h:CarerHousehold {id: id}) would read every carer household for each id.
// Parameters: $ids (household ids). Columns: household, approvedOn, placed, ended.
UNWIND $ids AS id
MATCH (h:Household {id: id})
WHERE h:CarerHousehold
RETURN h {.id, .name, .postcode, .latitude, .longitude} AS household,
  [(h)-[:HAS_APPROVAL]->(a:Approval) | a.approvedOn] AS approvedOn,
  [(h)<-[:WITH_HOUSEHOLD]-(pl:Placement)-[:OF_CHILD]->(c:Person) WHERE pl.end IS NULL | c.id] AS placed,
  [(h)<-[:WITH_HOUSEHOLD]-(pl:Placement) WHERE pl.end IS NOT NULL | pl.end] AS ended
