// Looked-after children (an open care record) whose permanence plan is one of $plans, with the household of
// their open placement, if any: the candidates for the authority-wide assignment.
// Parameters: $plans (list of permanence plan codes). Columns: id, plan, householdId.
MATCH (c:Person)-[:IN_CARE]->(r:CareRecord)
WHERE r.ceasedOn IS NULL AND r.permanencePlan IN $plans
OPTIONAL MATCH (c)<-[:OF_CHILD]-(pl:Placement)-[:WITH_HOUSEHOLD]->(h:Household)
  WHERE pl.end IS NULL
RETURN c.id AS id, r.permanencePlan AS plan, h.id AS householdId
ORDER BY id
