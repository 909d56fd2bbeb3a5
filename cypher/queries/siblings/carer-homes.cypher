// Every carer household as a reunification option shows it: where it is, when its approvals were granted, the
// children placed there now, and when placements there ended (whether it could take a group is matching's answer).
// Parameters: none. Columns: household, approvedOn, placed, ended.
MATCH (h:CarerHousehold)
RETURN h {.id, .name, .postcode, .latitude, .longitude} AS household,
  [(h)-[:HAS_APPROVAL]->(a:Approval) | a.approvedOn] AS approvedOn,
  [(h)<-[:WITH_HOUSEHOLD]-(pl:Placement)-[:OF_CHILD]->(c:Person) WHERE pl.end IS NULL | c.id] AS placed,
  [(h)<-[:WITH_HOUSEHOLD]-(pl:Placement) WHERE pl.end IS NOT NULL | pl.end] AS ended
ORDER BY h.id
