// Whether a write's child is looked after and its relative exists (a log is about a person kinmap holds).
// Parameters: $childId, $personId. Columns: inCare (boolean), personExists (boolean).
OPTIONAL MATCH (c:Person {id: $childId})-[:IN_CARE]->(:CareRecord)
OPTIONAL MATCH (p:Person {id: $personId})
RETURN c IS NOT NULL AS inCare, p IS NOT NULL AS personExists
