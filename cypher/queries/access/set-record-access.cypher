// Sets who is allocated to a child and whether the record is restricted (restrictedTo null: not restricted).
// Parameters: $access ({childId, allocated: [usernames], restrictedTo: [usernames] or null}). Columns: childId.
WITH $access AS row
WHERE row IS NOT NULL
MATCH (:Person {id: row.childId})-[:IN_CARE]->(:CareRecord)
MERGE (r:RecordAccess {childId: row.childId})
SET r.allocated = row.allocated, r.restrictedTo = row.restrictedTo
RETURN r.childId AS childId
