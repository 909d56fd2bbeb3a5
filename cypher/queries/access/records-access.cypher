// Every child's allocation and restriction, for filtering lists.
// Parameters: none. Columns: childId, allocated (list), restrictedTo (list or null).
MATCH (r:RecordAccess)
RETURN r.childId AS childId, coalesce(r.allocated, []) AS allocated, r.restrictedTo AS restrictedTo
