// Who may see one child's record: whether the id is a child looked after (now or before), the workers allocated,
// and, for a restricted record, the only people allowed.
// Parameters: $id. Columns: inCare (boolean), allocated (list), restrictedTo (list or null).
OPTIONAL MATCH (c:Person {id: $id})-[:IN_CARE]->(:CareRecord)
OPTIONAL MATCH (r:RecordAccess {childId: $id})
RETURN c IS NOT NULL AS inCare, coalesce(r.allocated, []) AS allocated, r.restrictedTo AS restrictedTo
