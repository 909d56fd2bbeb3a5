// Every carer household with what the reunification rules read: approvals, the children placed there now, pets,
// access (wheelchair, ground-floor bedroom), whether a current member is a risk to children, and when placements there ended.
// Parameters: none. Columns: household, approvals, placed, riskMembers, ended.
MATCH (h:CarerHousehold)
RETURN h {.id, .name, .postcode, .latitude, .longitude, .dogs, .cats, .wheelchairAccessible, .groundFloorBedroom} AS household,
  [(h)-[:HAS_APPROVAL]->(a:Approval) | a {.*}] AS approvals,
  [(h)<-[:WITH_HOUSEHOLD]-(pl:Placement)-[:OF_CHILD]->(c:Person) WHERE pl.end IS NULL | c.id] AS placed,
  COUNT { (m:Person)-[r:MEMBER_OF]->(h) WHERE m.riskToChildren AND r.to IS NULL } AS riskMembers,
  [(h)<-[:WITH_HOUSEHOLD]-(pl:Placement) WHERE pl.end IS NOT NULL | pl.end] AS ended
ORDER BY h.id
