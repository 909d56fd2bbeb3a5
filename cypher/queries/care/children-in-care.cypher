// Every child looked after now (care record not ceased), with their current placement if any.
// Parameters: none. Columns: child, care, placement, household (maps; placement and household may be null).
MATCH (c:Person)-[:IN_CARE]->(r:CareRecord)
WHERE r.ceasedOn IS NULL
OPTIONAL MATCH (c)<-[:OF_CHILD]-(pl:Placement) WHERE pl.end IS NULL
OPTIONAL MATCH (pl)-[:WITH_HOUSEHOLD]->(h:Household)
RETURN c {.*, location: null} AS child, r {.*} AS care, pl {.*} AS placement,
       h {.id, .name, .postcode, carer: h:CarerHousehold} AS household
ORDER BY c.familyName, c.givenName, c.id
